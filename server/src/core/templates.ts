/** Markdown written from a rubric: whole templates and the text of one section to insert. */
import { describeRecordingRule, describeWordLimit } from './limits';
import { flattenSections, type FlatSection, type Rubric, type RubricSection } from './rubric';

/** A complete submission skeleton: front matter, every section heading in order, guidance as comments. */
export function renderTemplate(rubric: Rubric): string {
  const lines = ['---', `rubric: ${rubric.id}`, '---', '', `# ${rubric.title}`, ''];
  if (rubric.anonymity) lines.push(guidanceComment([rubric.anonymity]), '');
  for (const flat of flattenSections(rubric)) lines.push(renderSection(flat, 2), '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** One section: heading at `baseDepth` (plus nesting) and its guidance as an HTML comment. */
export function renderSection(flat: FlatSection, baseDepth: number): string {
  const heading = `${'#'.repeat(Math.min(6, baseDepth + flat.depth))} ${flat.section.title}`;
  const guidance = guidanceLines(flat.section);
  return guidance.length > 0 ? `${heading}\n\n${guidanceComment(guidance)}\n` : `${heading}\n`;
}

export function guidanceLines(section: RubricSection): string[] {
  const lines: string[] = [];
  const limits = [describeWordLimit(section.words), section.items ? `at least ${section.items.min} ${section.items.noun}s` : ''];
  if (section.media?.recordings) limits.push(`recordings: ${describeRecordingRule(section.media.recordings)}`);
  if (section.media?.photos?.max !== undefined) limits.push(`photos: at most ${section.media.photos.max}${section.media.photos.captions ? ', each captioned' : ''}`);
  const limitText = limits.filter(Boolean).join('; ');
  if (limitText) lines.push(`Rubric: ${limitText}.`);
  if (section.prompt) lines.push(section.prompt);
  for (const question of section.questions ?? []) lines.push(`- ${question}`);
  for (const point of section.points ?? []) lines.push(`- ${point}`);
  return lines;
}

/**
 * Guidance as one HTML comment: the only writer of guidance comments (templates, insertions,
 * snippets). Dashes that could close the comment early (`-->`, `--`) become an en dash, and a
 * line break inside a line becomes a space, so nothing of the rubric's text becomes visible Markdown.
 */
export function guidanceComment(lines: readonly string[]): string {
  const safe = lines.map((line) => line.replace(/\s*[\r\n]+\s*/g, ' ').replace(/--+>?/g, '–'));
  return safe.length === 1 ? `<!-- ${safe[0]} -->` : `<!--\n${safe.join('\n')}\n-->`;
}

/** Finds a rubric section by id. */
export function sectionById(rubric: Rubric, id: string): FlatSection | undefined {
  return flattenSections(rubric).find((flat) => flat.section.id === id);
}
