/** VS Code snippets made from rubrics: one per Part and subsection, and one whole template per rubric. */
import { ENGLISH, type Messages } from '../messages';
import { flattenSections, type FlatSection, type Rubric } from '../rubric';
import { guidanceComment, guidanceLines, headingLine, oneLine, sectionShape, type ShapeLine } from './markdownWriter';

export interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\$/g, '\\$').replace(/}/g, '\\}');

function sectionLines(flat: FlatSection, baseDepth: number, stop: { next: number }, language?: string): string[] {
  const lines = [escape(headingLine(baseDepth + flat.depth, flat.section.title)), ''];
  const guidance = guidanceLines(flat.section);
  if (guidance.length > 0) lines.push(...guidanceComment(guidance).split('\n').map(escape), '');
  const shape = sectionShape(flat.section, language);
  for (const line of shape) lines.push(shapeSnippet(line, stop), '');
  if (!flat.section.sections?.length && shape.length === 0) lines.push(`\${${stop.next++}}`, '');
  return lines;
}

/** A shape line with a tab stop at each blank, showing the blank's text. */
const shapeSnippet = (line: ShapeLine, stop: { next: number }) =>
  line
    .map((part) =>
      typeof part === 'string'
        ? escape(part)
        : part.blank
          ? `\${${stop.next++}:${escape(part.blank)}}`
          : `\${${stop.next++}}`,
    )
    .join('');

function withChildren(all: FlatSection[], flat: FlatSection, baseDepth: number, language?: string): string[] {
  const stop = { next: 1 };
  const lines: string[] = [];
  const visit = (node: FlatSection) => {
    lines.push(...sectionLines(node, baseDepth, stop, language));
    for (const child of all.filter((f) => f.parent === node)) visit(child);
  };
  visit(flat);
  return trim(lines);
}

const trim = (lines: string[]) => {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
};

export function generateSnippets(rubrics: readonly Rubric[], messages: Messages = ENGLISH): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  for (const rubric of rubrics) {
    const all = flattenSections(rubric);
    const stop = { next: 1 };
    const template = [
      '---',
      `rubric: ${rubric.id}`,
      '---',
      '',
      `# \${${stop.next++}:${escape(oneLine(rubric.title))}}`,
      '',
    ];
    for (const flat of all) template.push(...sectionLines(flat, 2, stop, rubric.language));
    snippets[messages.t('view.snippet.whole', { title: rubric.title })] = {
      prefix: `rw-template-${rubric.id}`,
      body: trim(template),
      description: messages.t('view.snippet.wholeDescription', { title: rubric.title }),
    };
    for (const flat of all) {
      snippets[`${rubric.title}: ${flat.section.title}`] = {
        prefix: `rw-${flat.section.id}`,
        body: withChildren(all, flat, 2, rubric.language),
        description: messages.t(
          flat.section.sections?.length ? 'view.snippet.sectionWithChildren' : 'view.snippet.section',
          {
            rubric: rubric.title,
            title: flat.section.title,
          },
        ),
      };
    }
  }
  return snippets;
}

export const snippetsFileText = (rubrics: readonly Rubric[]) =>
  `${JSON.stringify(generateSnippets(rubrics), null, 2)}\n`;
