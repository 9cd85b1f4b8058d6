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

export const RUBRIC_ID = 'working-together-for-student-success';

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

class Random {
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
// Vocabulary

const SUBJECTS = [
  'The family engagement council',
  'Our principal',
  'Several parents',
  'The English learner coordinator',
  'Two eighth graders',
  'The site council',
  'Our math team',
  'A grandmother who rarely speaks at meetings',
  'The librarian',
  'Most teachers on my grade-level team',
  'The special education department chair',
  'Our school board member',
  'A father who works evening shifts',
  'The counselor',
  'Our instructional coach',
  'The parent volunteers',
  'Three seventh-grade advisory groups',
  'The bilingual office assistant',
  'Our attendance clerk',
  'The district Title I coordinator',
  'A new teacher on our team',
  'Student leaders',
  'The community health worker',
  'Our after-school program staff',
  'The PTA president',
  'Several families',
];

const VERBS = [
  'asked about',
  'reviewed',
  'questioned',
  'planned',
  'shared',
  'described',
  'compared',
  'discussed',
  'supported',
  'raised concerns about',
  'helped us rethink',
  'offered to lead',
  'suggested changes to',
  'wanted more detail on',
  'volunteered for',
  'argued for',
  'pushed back on',
  'translated',
  'summarized',
  'mapped out',
  'brought examples of',
  'kept notes on',
  'followed up on',
  'celebrated',
];

const OBJECTS = [
  'the Title I family engagement budget',
  'our school improvement plan',
  'the attendance data',
  'the reading workshops',
  'the lending library of math games',
  'the interpreter schedule',
  'the accountability report',
  'the survey results',
  'the spring family night',
  'the homework policy',
  'the new reading curriculum',
  'the goals for students with disabilities',
  'the English proficiency results',
  'the draft agenda',
  'the chart of chronic absence by grade',
  'the after-school tutoring sign-ups',
  'the newsletter in three languages',
  'the targeted support plan',
  'our plan for closing the loop',
  'the parent compact',
  'the transportation schedule',
  'the list of community partners',
  'the math night stations',
];

const TAILS = [
  'during the evening meeting',
  'before spring break',
  'in three home languages',
  'with the help of an interpreter',
  'after the soccer tournament',
  'at the folding table by the gym',
  'over several lunchtime sessions',
  'in a short video for families',
  'on the school messaging app',
  'in the library after school',
  'at the start of the quarter',
  'while we waited for the data',
  'in small groups',
  'with very little notice',
  'for the first time this year',
  'in plain language',
  'without any prompting from me',
  'by the end of the week',
  'at the district office',
  'on a rainy Thursday evening',
  'in front of the whole staff',
  'in writing',
];

const REASONS = [
  'because families had asked for it twice',
  'since the numbers had changed since fall',
  'so that nobody would feel left out',
  'because the last survey disappeared without a word',
  'since many parents work late',
  'because the chart was too dense',
  'so that students could speak for themselves',
  'because trust takes longer than a single meeting',
  'since the interpreters are shared with two other schools',
  'so the decision would belong to the council',
  'because our identification sounded like a punishment',
];

const CONNECTORS = [
  'At first',
  'Later',
  'By the second meeting',
  'To my surprise',
  'In the end',
  'Looking back',
  'Meanwhile',
  'On reflection',
  'After that',
  'Even so',
  'As a result',
  'Next time',
  'For now',
  'Honestly',
  'In practice',
];

const QUOTES = [
  'I did not know we could decide how that money is spent',
  'Can the games go home with younger siblings too',
  'Please send the agenda earlier so I can arrange a ride',
  'My son explained the chart better than the handout did',
  'We want to help but the meetings are always at dinner time',
  'This is the first time anyone asked us what we think',
  'Will there be someone who speaks Vietnamese',
  'I liked that we voted instead of just listening',
];

const FILLER = [
  'families',
  'students',
  'teachers',
  'meeting',
  'plan',
  'data',
  'goal',
  'support',
  'trust',
  'question',
  'budget',
  'schedule',
  'language',
  'interpreter',
  'community',
  'library',
  'reading',
  'math',
  'attendance',
  'council',
  'decision',
  'evening',
  'survey',
  'progress',
  'voice',
  'school',
  'workshop',
  'newsletter',
  'parents',
  'partner',
  'district',
  'policy',
  'feedback',
  'agenda',
  'handout',
  'chart',
  'results',
  'time',
  'week',
  'quarter',
  'spring',
  'clear',
  'short',
  'careful',
  'real',
  'shared',
  'small',
  'new',
  'quiet',
  'honest',
  'useful',
  'steady',
  'open',
  'listened',
  'asked',
  'explained',
  'planned',
  'noticed',
  'changed',
  'learned',
  'invited',
  'welcomed',
  'decided',
  'together',
  'often',
  'again',
  'already',
  'slowly',
  'finally',
  'rarely',
  'mostly',
  'gladly',
  'early',
  'later',
  'with',
  'about',
  'for',
  'from',
  'into',
  'after',
  'before',
  'around',
  'between',
  'through',
  'during',
  'without',
];

/** Plain lowercase words for the benchmark's edits (inserted or swapped into a paragraph). */
export const EDIT_WORDS = [
  'clearly',
  'quickly',
  'families',
  'carefully',
  'together',
  'council',
  'progress',
  'honestly',
  'planning',
  'steady',
  'shared',
  'small',
  'open',
  'careful',
  'useful',
  'evening',
  'reading',
  'support',
  'trust',
  'voice',
];

const LINK_TEXTS: [string, string][] = [
  ['the ESSA stakeholder guide', 'https://example.org/essa/stakeholder-guide'],
  ['our school improvement plan', 'https://example.org/school/plan'],
  ['the state report card', 'https://example.org/state/report-card'],
  ['the district family engagement policy', 'https://example.org/district/family-engagement'],
  ['a short article on two-way communication', 'https://example.org/articles/two-way-communication'],
  ['the meeting notes', 'notes/meeting-notes.md'],
];

const STAKEHOLDERS: [string, string][] = [
  [
    'The family engagement council',
    'Parents and guardians who advise the school on its family engagement policy and must be consulted on how Title ' +
      'I family engagement funds are used.',
  ],
  [
    'The principal',
    'Leads the school improvement plan required after our identification for targeted support and decides how staff ' +
      'time is assigned to it.',
  ],
  [
    'The English learner coordinator',
    'Knows how our multilingual students are progressing toward English proficiency, which ESSA now counts in ' +
      'school accountability.',
  ],
  [
    'The special education department chair',
    'Students with disabilities are the student group whose results triggered our identification, so her team knows ' +
      'what the plan must address.',
  ],
  [
    'The site council',
    'Approves the school plan and the budget that funds it; its parent and staff members carry decisions back to ' +
      'the rest of the community.',
  ],
  [
    'A school board member',
    'Votes on district policies and budgets that determine how much flexibility our school has to act on its plan.',
  ],
  [
    'The neighborhood library branch',
    'Hosts homework help and family literacy nights in both major home languages and reaches families who rarely ' +
      'come to school events.',
  ],
  [
    'Seventh- and eighth-grade student leaders',
    'Students can explain in their own words what support they need, which keeps adult conversations grounded in ' +
      'real classrooms.',
  ],
  [
    'The after-school program director',
    'Sees many families every afternoon at pickup and can share information when parents actually have a minute to ' +
      'talk.',
  ],
];

const GUIDING = [
  'What did you learn from this conversation?',
  'How will you follow up with families who could not attend?',
  'Which students are not yet represented here?',
  'What evidence shows that this step worked?',
  'What would you change next time?',
  'How does this connect to your written plan?',
];

// ---------------------------------------------------------------------------------------------
// Text pieces

interface Builder {
  rng: Random;
  lines: string[];
  paragraphLines: number[];
  words: number;
  footnote: number;
  figure: number;
  /** Footnote definitions waiting for the end of the current section. */
  pendingFootnotes: string[];
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function sentence(rng: Random): string {
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
function richSentence(b: Builder): string {
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

function push(b: Builder, line: string, counted = true): void {
  b.lines.push(line);
  if (counted) b.words += countWords(stripUncounted(line));
}

/** The text of a line without what Rubric Writer does not count (URLs, alt text, markers, markup). */
function stripUncounted(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images: alt text and URL
    .replace(/\]\([^)]*\)/g, '] ') // link URLs
    .replace(/\[\^\d+\]:?/g, ' ') // footnote markers and labels
    .replace(/`([^`]*)`/g, ' $1 ')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '') // list markers
    .replace(/\|\s*-+\s*(?=\|)/g, '|'); // table delimiter row
}

function blank(b: Builder): void {
  if (b.lines.length > 0 && b.lines[b.lines.length - 1] !== '') b.lines.push('');
}

function paragraph(b: Builder, targetWords: number, lead?: string): void {
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

function comment(b: Builder, text: string): void {
  // Consecutive guiding questions sit on consecutive lines, as in the rubric templates.
  if (!b.lines[b.lines.length - 1]?.startsWith('<!--')) blank(b);
  push(b, `<!-- ${text} -->`, false);
}

function heading(b: Builder, level: number, text: string): void {
  flushFootnotes(b);
  blank(b);
  push(b, `${'#'.repeat(level)} ${text}`, false);
}

function flushFootnotes(b: Builder): void {
  if (b.pendingFootnotes.length === 0) return;
  blank(b);
  for (const def of b.pendingFootnotes) {
    push(b, def);
    b.lines.push('');
  }
  b.lines.pop();
  b.pendingFootnotes = [];
}

function bulletList(b: Builder, items: number): void {
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

function table(b: Builder, rows: number): void {
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

function image(b: Builder, slug: string): void {
  const rng = b.rng;
  b.figure += 1;
  blank(b);
  push(b, `![${rng.pick(SUBJECTS)} at ${lower(rng.pick(OBJECTS))}](media/${slug}-photo-${b.figure}.jpg)`, false);
  blank(b);
  push(b, `*Photo ${b.figure}.* ${sentence(rng)}`);
}

function video(b: Builder, slug: string): void {
  const rng = b.rng;
  const m = rng.int(1, 4);
  const s = rng.int(0, 59).toString().padStart(2, '0');
  blank(b);
  b.paragraphLines.push(b.lines.length);
  push(b, `[Recording of the ${slug.replace(/-/g, ' ')} conversation](media/${slug}.mp4) (${m}:${s}) ${sentence(rng)}`);
}

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
  const rng = b.rng;

  // Core sections (about 1,050 words: each inside its rubric limits, so a 1k document passes);
  // extra subsections take the rest, split 30/45/25 over Parts 1-3.
  const core = 1000;
  const extra = Math.max(0, options.words - core);
  let extraN = 0;
  const extras = (budget: number) => {
    const end = b.words + budget;
    while (end - b.words > 80) {
      extraN += 1;
      extraSection(b, Math.min(end - b.words, rng.int(250, 700)), extraN * 2 + rng.int(0, 1));
    }
  };

  push(b, '---', false);
  push(b, `rubric: ${RUBRIC_ID}`, false);
  push(b, '---', false);

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
  extras(Math.round(extra * 0.3));
  flushFootnotes(b);

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
    const j = rng.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const chosen = shuffled.slice(0, 6);
  for (const [who, why] of chosen) {
    push(b, `- **${who}.** ${why}`);
    if (rng.chance(0.3)) push(b, `  - ${sentence(rng)}`);
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
      `(3:${rng.int(0, 59).toString().padStart(2, '0')})`,
  );
  paragraph(
    b,
    30,
    `Point 1 begins at 0:${rng.int(15, 40)}, point 2 at 1:${rng.int(10, 50)} and point 3 at 2:${rng.int(10, 50)}.`,
  );
  extras(Math.round(extra * 0.45));
  flushFootnotes(b);

  heading(b, 2, 'Part 3 Reflection');
  comment(b, 'What went well? Is there anything that you would do differently?');
  comment(b, 'Is this plan something you could replicate with other stakeholders?');
  paragraph(b, 70);
  paragraph(b, 70);
  paragraph(b, 70);
  paragraph(b, 65);
  extras(Math.max(0, options.words - b.words));
  flushFootnotes(b);

  return { text: `${b.lines.join('\n')}\n`, words: b.words, paragraphLines: b.paragraphLines };
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
