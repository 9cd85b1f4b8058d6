/**
 * The one writer of Markdown made from rubric text (templates, snippets, quick fixes, "insert
 * section"): headings and guidance comments, escaped so nothing of the rubric's text can add a
 * line, close a comment early or become visible Markdown.
 */
import { describeRules, type RubricSection } from '../rubric';

/** Rubric text on one line: any line break becomes a space. */
export const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * Rubric text shown as text in rendered Markdown (hover, Show Rubric): HTML and the characters that
 * make links, emphasis or code are escaped, and so is anything that would start a block at a line's
 * start, so a rubric file can add no markup, and no HTML reaches a preview.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** The same on one line (titles, table cells). */
export const markdownLine = (text: string) => markdownText(oneLine(text));

/** An ATX heading, depth clamped to 1–6, its title on one line. */
export function headingLine(depth: number, title: string): string {
  return `${'#'.repeat(Math.max(1, Math.min(6, depth)))} ${oneLine(title)}`;
}

/** What a section's guidance comment says: its requirements, prompt, questions and points. */
export function guidanceLines(section: RubricSection): string[] {
  const lines: string[] = [];
  const requirements = describeRules(section, { forGuidance: true });
  if (requirements) lines.push(`Rubric: ${requirements}.`);
  if (section.prompt) lines.push(section.prompt);
  for (const question of section.questions ?? []) lines.push(`- ${question}`);
  for (const point of section.points ?? []) lines.push(`- ${point}`);
  return lines;
}

/**
 * Guidance as one HTML comment. Dashes that could close the comment early (`-->`, `--`) become an
 * en dash, and a line break inside a line becomes a space.
 */
export function guidanceComment(lines: readonly string[]): string {
  const safe = lines.map((line) => oneLine(line).replace(/--+>?/g, '–'));
  return safe.length === 1 ? `<!-- ${safe[0]} -->` : `<!--\n${safe.join('\n')}\n-->`;
}

/** A section as inserted: its heading, then its guidance comment when it has any. */
export function sectionBlock(depth: number, section: RubricSection): string {
  const guidance = guidanceLines(section);
  const heading = headingLine(depth, section.title);
  return guidance.length > 0 ? `${heading}\n\n${guidanceComment(guidance)}\n` : `${heading}\n`;
}

/**
 * What goes before a block inserted after `before` so that it starts a paragraph of its own: nothing
 * at the start or after a blank line, one line break after a line break, else two.
 */
export function blockLead(before: string): string {
  if (before === '' || /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)$/.test(before)) return '';
  return /(?:\r?\n|\r)$/.test(before) ? '\n' : '\n\n';
}

/** A place in a template's line that the writer fills in; `blank` is what the template shows there. */
export interface Blank {
  blank: string;
}
export type ShapeLine = (string | Blank)[];

/** What a template shows for a time the writer fills in: no timestamp, so the check asks for it until they do. */
export const TIME_PLACEHOLDER = 'm:ss';

/** The words a template writes itself, in the rubric's language. */
const TEMPLATE_WORDS = {
  en: { point: 'Point', at: 'at', video: 'My presentation video' },
  es: { point: 'Punto', at: 'en', video: 'Mi video de presentación' },
};
export const templateWords = (language: string | undefined) => TEMPLATE_WORDS[language === 'es' ? 'es' : 'en'];

/** `Point 1 at m:ss` …: when the video addresses each point, one line (paragraph) per point. */
export function timestampLines(count: number, language?: string): ShapeLine[] {
  const { point, at } = templateWords(language);
  return Array.from({ length: count }, (_v, i) => [`${point} ${i + 1} ${at} `, { blank: TIME_PLACEHOLDER }]);
}

/**
 * The lines a section's rubric data asks for, each its own paragraph: a `Point N:` line per point
 * (`minPoints`), and for a video the rubric wants timed (`timestamps`) a link line with its
 * duration and a timestamp line per point.
 */
export function sectionShape(section: RubricSection, language?: string): ShapeLine[] {
  const words = templateWords(language);
  const lines: ShapeLine[] = [];
  for (let i = 1; i <= (section.minPoints ?? 0); i++) lines.push([`${words.point} ${i}: `, { blank: '' }]);
  if (section.timestamps) {
    const video = ['[', { blank: words.video }, '](', { blank: 'https://' }, ') (', { blank: TIME_PLACEHOLDER }, ')'];
    lines.push(video, ...timestampLines(section.timestamps.min, language));
  }
  return lines;
}

/** A shape line as a template shows it. */
export const shapeText = (line: ShapeLine) =>
  line
    .map((part) => (typeof part === 'string' ? part : part.blank))
    .join('')
    .trimEnd();
