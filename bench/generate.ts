/**
 * Deterministic, realistic submissions for the rubric `working-together-for-student-success`.
 *
 * `generateSubmission({ words, seed })` always returns the same text for the same arguments: every
 * choice comes from a seeded PRNG (mulberry32), nothing from the clock or Math.random. The document
 * has the rubric's Parts and Artifacts in order; past about 1,000 words it grows by further `### `
 * subsections inside the Parts ("### Notes on week 12", "### Meeting log: family night 3"), each with
 * paragraphs of varied prose, bullet lists with nested bullets, GFM tables, links, images with
 * captions, video links with durations, guiding-question HTML comments and footnotes.
 *
 * `words` is the generator's own count of the counted text (paragraphs, list items, table cells,
 * footnote text, link text; not headings, comments, URLs or alt text), close to what Rubric Writer
 * counts; the benchmark reports Rubric Writer's own count beside it.
 */

export interface GenerateOptions {
  /** Target number of counted words (1,000 or more gives every section its normal length). */
  words: number;
  /** Seed: the same seed and size give the same document. */
  seed?: number;
}

export interface GeneratedSubmission {
  text: string;
  /** The generator's count of counted words. */
  words: number;
  /** 0-based numbers of the lines that are one whole prose paragraph (safe places for word edits). */
  paragraphLines: number[];
}

import {
  blank,
  type Builder,
  bulletList,
  comment,
  countWords,
  createRng,
  flushFootnotes,
  heading,
  image,
  paragraph,
  push,
  Random,
  sentence,
  table,
  video,
} from './submissionText';
import { EDIT_WORDS, GUIDING, STAKEHOLDERS } from './vocabulary';

export { countWords, createRng, EDIT_WORDS };

export const RUBRIC_ID = 'working-together-for-student-success';

// ---------------------------------------------------------------------------------------------
// The document

const EXTRA_HEADINGS: ((n: number) => string)[] = [
  (n) => `Notes on week ${n}`,
  (n) => `Meeting log: family night ${n}`,
  (n) => `Conversation with families, week ${n}`,
  (n) => `Follow-up from session ${n}`,
  (n) => `Data review ${n}`,
  (n) => `Journal entry ${n}`,
];

/** One further `### ` subsection of about `budget` words with a mix of block kinds. */
function extraSection(b: Builder, budget: number, n: number): void {
  const rng = b.rng;
  const title = rng.pick(EXTRA_HEADINGS)(n);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  heading(b, 3, title);
  if (rng.chance(0.3)) comment(b, `Guiding question: ${rng.pick(GUIDING)}`);
  const end = b.words + budget;
  while (b.words < end) {
    const left = end - b.words;
    const r = rng.float();
    if (r < 0.6 || left < 60) paragraph(b, Math.min(left, rng.int(40, 150)));
    else if (r < 0.75) bulletList(b, rng.int(3, 6));
    else if (r < 0.85) table(b, rng.int(3, 6));
    else if (r < 0.95) image(b, slug);
    else video(b, slug);
  }
}

/** A deterministic submission of about `words` counted words. */
export function generateSubmission(options: GenerateOptions): GeneratedSubmission {
  const seed = options.seed ?? 1;
  const b: Builder = {
    rng: new Random(seed ^ Math.imul(options.words, 0x9e3779b1)),
    lines: [],
    paragraphLines: [],
    words: 0,
    footnote: 0,
    figure: 0,
    pendingFootnotes: [],
  };
  // Core sections (about 1,050 words: each inside its rubric limits, so a 1k document passes);
  // extra subsections take the rest, split 30/45/25 over Parts 1-3.
  const core = 1000;
  const extra = Math.max(0, options.words - core);
  const extras = extraSections(b);

  push(b, '---', false);
  push(b, `rubric: ${RUBRIC_ID}`, false);
  push(b, '---', false);
  part1(b);
  extras(Math.round(extra * 0.3));
  flushFootnotes(b);
  part2(b);
  extras(Math.round(extra * 0.45));
  flushFootnotes(b);
  part3(b);
  extras(Math.max(0, options.words - b.words));
  flushFootnotes(b);

  return { text: `${b.lines.join('\n')}\n`, words: b.words, paragraphLines: b.paragraphLines };
}

/** Adds extra subsections of 250 to 700 words until about `budget` more words are written. */
function extraSections(b: Builder): (budget: number) => void {
  let extraN = 0;
  return (budget) => {
    const end = b.words + budget;
    while (end - b.words > 80) {
      extraN += 1;
      extraSection(b, Math.min(end - b.words, b.rng.int(250, 700)), extraN * 2 + b.rng.int(0, 1));
    }
  };
}

function part1(b: Builder): void {
  heading(b, 2, 'Part 1. Overview Questions (Provides Context)');
  comment(b, '1. Name at least two ideas on how to engage stakeholders in your area of focus.');
  comment(
    b,
    '2. Name at least two areas in ESSA that you feel are hard to understand for stakeholders in your area of focus.',
  );
  comment(
    b,
    '3. Discuss at least two possible "roadblocks" you may encounter as you engage stakeholders in your area of focus.',
  );
  paragraph(b, 85);
  paragraph(b, 90, '**Ideas for engaging stakeholders.**');
  paragraph(b, 80, '**Parts of ESSA that are hard to understand.**');
  paragraph(b, 80, '**Possible roadblocks.**');
}

function part2(b: Builder): void {
  heading(b, 2, 'Part 2. Work Examples/Artifacts/Evidence');
  heading(b, 3, 'Artifact 1: List of Stakeholders');
  comment(
    b,
    'A list of at least five specific key stakeholders in your local school community with a statement to support ' +
      'why this stakeholder is important to the ESSA implementation in your community.',
  );
  blank(b);
  const shuffled = [...STAKEHOLDERS];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = b.rng.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const chosen = shuffled.slice(0, 6);
  for (const [who, why] of chosen) {
    push(b, `- **${who}.** ${why}`);
    if (b.rng.chance(0.3)) push(b, `  - ${sentence(b.rng)}`);
  }

  heading(b, 3, 'Artifact 2: Written Plan');
  comment(
    b,
    'Choose one specific stakeholder from your list and create a written plan of no more than 200 – 300 words to ' +
      'talk with this stakeholder.',
  );
  paragraph(b, 25, '**Stakeholder:** the family engagement council, at its regular monthly meeting in the library.');
  paragraph(b, 45, '**Point 1: What "targeted support" means for our school.**');
  paragraph(b, 45, '**Point 2: Families have a say in how money is spent.**');
  paragraph(b, 45, '**Point 3: A decision the council can make tonight.**');
  paragraph(b, 20, '**Follow-up:**');

  heading(b, 3, 'Artifact 3: Visual Presentation');
  comment(
    b,
    'Upload a 2-4 min video showing your presentation, and indicate the time in the video when each of your three ' +
      'points is addressed; or a photo essay of no more than 20 captioned photos.',
  );
  blank(b);
  push(
    b,
    `[Presentation to the family engagement council](media/presentation.mp4) ` +
      `(3:${b.rng.int(0, 59).toString().padStart(2, '0')})`,
  );
  paragraph(
    b,
    30,
    `Point 1 begins at 0:${b.rng.int(15, 40)}, point 2 at 1:${b.rng.int(10, 50)} ` +
      `and point 3 at 2:${b.rng.int(10, 50)}.`,
  );
}

function part3(b: Builder): void {
  heading(b, 2, 'Part 3 Reflection');
  comment(b, 'What went well? Is there anything that you would do differently?');
  comment(b, 'Is this plan something you could replicate with other stakeholders?');
  paragraph(b, 70);
  paragraph(b, 70);
  paragraph(b, 70);
  paragraph(b, 65);
}

/** The prose paragraph line nearest the middle of the document. */
export function middleParagraphLine(submission: GeneratedSubmission): number {
  const middle = submission.text.split('\n').length / 2;
  let best = submission.paragraphLines[0] ?? 0;
  for (const line of submission.paragraphLines) if (Math.abs(line - middle) < Math.abs(best - middle)) best = line;
  return best;
}

export interface WordEdit {
  /** 0-based character offsets in the line before this edit. */
  start: number;
  end: number;
  text: string;
  kind: 'insert' | 'replace';
}

/**
 * `count` single-word edits of one paragraph line, each computed on the line as the previous ones
 * left it: insert a word before a plain word, or replace a plain word (letters only, between
 * spaces) with another. Returns the edits and the line after each.
 */
export function planWordEdits(line: string, count: number, seed: number): { edits: WordEdit[]; lines: string[] } {
  const rng = new Random(seed);
  const edits: WordEdit[] = [];
  const lines: string[] = [];
  let current = line;
  for (let i = 0; i < count; i++) {
    const plain = [...current.matchAll(/(?<= )[a-z]+(?= )/g)].map((m) => ({ start: m.index ?? 0, word: m[0] }));
    if (plain.length === 0) throw new Error('planWordEdits: the line has no plain words to edit');
    const target = rng.pick(plain);
    const word = rng.pick(EDIT_WORDS);
    const edit: WordEdit = rng.chance(0.5)
      ? { start: target.start, end: target.start, text: `${word} `, kind: 'insert' }
      : { start: target.start, end: target.start + target.word.length, text: word, kind: 'replace' };
    current = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
    edits.push(edit);
    lines.push(current);
  }
  return { edits, lines };
}
