/** Markdown written from a rubric: whole templates and the text of one section to insert. */
import { flattenSections, type FlatSection, type Rubric } from '../rubric';
import { guidanceComment, headingLine, sectionBlock, sectionShape, shapeText } from './markdownWriter';

/** A complete submission skeleton: front matter, every section heading in order, guidance as comments. */
export function renderTemplate(rubric: Rubric): string {
  const lines = templateHead(rubric);
  for (const flat of flattenSections(rubric)) lines.push(renderSection(flat, 2, rubric.language), '');
  return `${collapse(lines).trimEnd()}\n`;
}

/**
 * The line of `renderTemplate`'s text where the writer starts: the blank line under the first section
 * written in (no subsections), after its heading and guidance; the line under the title if none.
 */
export function templateStartLine(rubric: Rubric): number {
  const lines = templateHead(rubric);
  for (const flat of flattenSections(rubric)) {
    if (!flat.section.sections?.length) {
      lines.push(sectionBlock(2 + flat.depth, flat.section));
      return collapse(lines).split('\n').length - 1;
    }
    lines.push(renderSection(flat, 2, rubric.language), '');
  }
  return 5;
}

function templateHead(rubric: Rubric): string[] {
  const lines = ['---', `rubric: ${rubric.id}`, '---', '', headingLine(1, rubric.title), ''];
  if (rubric.anonymity) lines.push(guidanceComment([rubric.anonymity]), '');
  return lines;
}

const collapse = (lines: string[]) => lines.join('\n').replace(/\n{3,}/g, '\n\n');

/**
 * One section: heading at `baseDepth` (plus nesting), its guidance as an HTML comment, and the
 * lines its rubric data asks for (`Point 1:` …, a video line with its duration and timestamps).
 */
export function renderSection(flat: FlatSection, baseDepth: number, language?: string): string {
  const shape = sectionShape(flat.section, language).map(shapeText);
  const block = sectionBlock(baseDepth + flat.depth, flat.section);
  return shape.length > 0 ? `${block}\n${shape.join('\n\n')}\n` : block;
}

/** Finds a rubric section by id. */
export function sectionById(rubric: Rubric, id: string): FlatSection | undefined {
  return flattenSections(rubric).find((flat) => flat.section.id === id);
}
