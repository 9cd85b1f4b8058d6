/** The pieces the benchmark's submissions are built of: a seeded PRNG, sentences, paragraphs, lists, tables, media. */
import { LINK_TEXTS, SUBJECTS, VERBS, OBJECTS, TAILS, REASONS, CONNECTORS, QUOTES, FILLER } from './vocabulary';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = createRng(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Words as Rubric Writer counts them, closely enough: runs of letters/digits, with inner apostrophes. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Text pieces

export interface Builder {
  rng: Random;
  lines: string[];
  paragraphLines: number[];
  words: number;
  footnote: number;
  figure: number;
  /** Footnote definitions waiting for the end of the current section. */
  pendingFootnotes: string[];
}

export function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function sentence(rng: Random): string {
  const kind = rng.float();
  if (kind < 0.45) {
    let s = `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
    if (rng.chance(0.6)) s += ` ${rng.pick(TAILS)}`;
    if (rng.chance(0.3)) s += `, ${rng.pick(REASONS)}`;
    return `${s}.`;
  }
  if (kind < 0.7) {
    let s = `${rng.pick(CONNECTORS)}, ${lower(rng.pick(SUBJECTS))} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
    if (rng.chance(0.4)) s += ` ${rng.pick(TAILS)}`;
    return `${s}.`;
  }
  if (kind < 0.8) {
    return `One parent said, "${rng.pick(QUOTES)}${rng.chance(0.5) ? '?' : '.'}"`;
  }
  // Freer prose from the word list, so the vocabulary is not only the templates'.
  const n = rng.int(8, 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rng.pick(FILLER));
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  if (n > 10 && rng.chance(0.5)) words.splice(rng.int(4, n - 4), 0, 'and');
  return `${words.join(' ')}.`;
}

/** A sentence with occasional inline markup: emphasis, a link, inline code or a footnote reference. */
export function richSentence(b: Builder): string {
  const rng = b.rng;
  let s = sentence(rng);
  const r = rng.float();
  if (r < 0.08) {
    const [text, url] = rng.pick(LINK_TEXTS);
    s = s.replace(/\.$/, `, as described in [${text}](${url}).`);
  } else if (r < 0.14) {
    const ws = s.split(' ');
    if (ws.length > 4) {
      const i = rng.int(1, ws.length - 3);
      ws[i] = `**${ws[i]}`;
      ws[i + 1] = `${ws[i + 1]}**`;
      s = ws.join(' ');
    }
  } else if (r < 0.18) {
    const ws = s.split(' ');
    if (ws.length > 3) {
      const i = rng.int(1, ws.length - 2);
      ws[i] = `*${ws[i]}*`;
      s = ws.join(' ');
    }
  } else if (r < 0.2) {
    s = s.replace(/\.$/, ` (see \`budget-${rng.int(2019, 2024)}.xlsx\`).`);
  } else if (r < 0.25) {
    b.footnote += 1;
    const label = b.footnote;
    s = s.replace(/([.?!]"?)$/, `[^${label}]$1`);
    b.pendingFootnotes.push(`[^${label}]: ${sentence(rng)} ${rng.chance(0.5) ? sentence(rng) : ''}`.trimEnd());
  }
  return s;
}

export function push(b: Builder, line: string, counted = true): void {
  b.lines.push(line);
  if (counted) b.words += countWords(stripUncounted(line));
}

/** The text of a line without what Rubric Writer does not count (URLs, alt text, markers, markup). */
export function stripUncounted(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images: alt text and URL
    .replace(/\]\([^)]*\)/g, '] ') // link URLs
    .replace(/\[\^\d+\]:?/g, ' ') // footnote markers and labels
    .replace(/`([^`]*)`/g, ' $1 ')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '') // list markers
    .replace(/\|\s*-+\s*(?=\|)/g, '|'); // table delimiter row
}

export function blank(b: Builder): void {
  if (b.lines.length > 0 && b.lines[b.lines.length - 1] !== '') b.lines.push('');
}

export function paragraph(b: Builder, targetWords: number, lead?: string): void {
  const parts: string[] = lead ? [lead] : [];
  let n = lead ? countWords(lead) : 0;
  while (n < targetWords) {
    const s = richSentence(b);
    parts.push(s);
    n += countWords(stripUncounted(s));
  }
  blank(b);
  b.paragraphLines.push(b.lines.length);
  push(b, parts.join(' '));
}

export function comment(b: Builder, text: string): void {
  // Consecutive guiding questions sit on consecutive lines, as in the rubric templates.
  if (!b.lines[b.lines.length - 1]?.startsWith('<!--')) blank(b);
  push(b, `<!-- ${text} -->`, false);
}

export function heading(b: Builder, level: number, text: string): void {
  flushFootnotes(b);
  blank(b);
  push(b, `${'#'.repeat(level)} ${text}`, false);
}

export function flushFootnotes(b: Builder): void {
  if (b.pendingFootnotes.length === 0) return;
  blank(b);
  for (const def of b.pendingFootnotes) {
    push(b, def);
    b.lines.push('');
  }
  b.lines.pop();
  b.pendingFootnotes = [];
}

export function bulletList(b: Builder, items: number): void {
  const rng = b.rng;
  blank(b);
  const ordered = rng.chance(0.25);
  for (let i = 0; i < items; i++) {
    const marker = ordered ? `${i + 1}.` : '-';
    const indent = ' '.repeat(marker.length + 1);
    const lead = rng.chance(0.5)
      ? `**${rng
          .pick(OBJECTS)
          .replace(/^the /, '')
          .replace(/^./, (c) => c.toUpperCase())}.** `
      : '';
    push(b, `${marker} ${lead}${sentence(rng)}${rng.chance(0.4) ? ` ${sentence(rng)}` : ''}`);
    if (rng.chance(0.35)) {
      const nested = rng.int(1, 3);
      for (let j = 0; j < nested; j++) push(b, `${indent}- ${sentence(rng)}`);
    }
  }
}

export function table(b: Builder, rows: number): void {
  const rng = b.rng;
  blank(b);
  push(b, '| Date | Stakeholder | What we discussed | Next step |');
  push(b, '| --- | --- | --- | --- |');
  for (let i = 0; i < rows; i++) {
    const date = `Week ${rng.int(1, 36)}`;
    const who = rng.pick(SUBJECTS).replace(/^The /, '').replace(/^Our /, '');
    const what = rng.pick(OBJECTS);
    const next = `${rng.pick(VERBS).split(' ')[0]} ${rng.pick(TAILS)}`;
    push(b, `| ${date} | ${who} | ${what} | ${next} |`);
  }
}

export function image(b: Builder, slug: string): void {
  const rng = b.rng;
  b.figure += 1;
  blank(b);
  push(b, `![${rng.pick(SUBJECTS)} at ${lower(rng.pick(OBJECTS))}](media/${slug}-photo-${b.figure}.jpg)`, false);
  blank(b);
  push(b, `*Photo ${b.figure}.* ${sentence(rng)}`);
}

export function video(b: Builder, slug: string): void {
  const rng = b.rng;
  const m = rng.int(1, 4);
  const s = rng.int(0, 59).toString().padStart(2, '0');
  blank(b);
  b.paragraphLines.push(b.lines.length);
  push(b, `[Recording of the ${slug.replace(/-/g, ' ')} conversation](media/${slug}.mp4) (${m}:${s}) ${sentence(rng)}`);
}
