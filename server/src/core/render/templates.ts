/** Markdown written from a rubric: whole templates and the text of one section to insert. */
import { flattenSections, type FlatSection, type Rubric } from '../rubric';
import { guidanceComment, headingLine, sectionBlock } from './markdownWriter';

/** A complete submission skeleton: front matter, every section heading in order, guidance as comments. */
export function renderTemplate(rubric: Rubric): string {
  const lines = ['---', `rubric: ${rubric.id}`, '---', '', headingLine(1, rubric.title), ''];
  if (rubric.anonymity) lines.push(guidanceComment([rubric.anonymity]), '');
  for (const flat of flattenSections(rubric)) lines.push(renderSection(flat, 2), '');
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** One section: heading at `baseDepth` (plus nesting) and its guidance as an HTML comment. */
export function renderSection(flat: FlatSection, baseDepth: number): string {
  return sectionBlock(baseDepth + flat.depth, flat.section);
}

/** Finds a rubric section by id. */
export function sectionById(rubric: Rubric, id: string): FlatSection | undefined {
  return flattenSections(rubric).find((flat) => flat.section.id === id);
}
