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

/** A snippet's name and description: in the writer's language, or titles only. */
interface SnippetLabels {
  whole(title: string): { name: string; description: string };
  section(rubric: string, title: string, withChildren: boolean): string;
}

const labelsIn = (messages: Messages): SnippetLabels => ({
  whole: (title) => ({
    name: messages.t('view.snippet.whole', { title }),
    description: messages.t('view.snippet.wholeDescription', { title }),
  }),
  section: (rubric, title, withChildren) =>
    messages.t(withChildren ? 'view.snippet.sectionWithChildren' : 'view.snippet.section', { rubric, title }),
});

/**
 * The extension's snippet file is shown as it is in every display language (VS Code translates no
 * snippet file), so its names and descriptions hold titles and the product's name, no sentence.
 */
const TITLES_ONLY: SnippetLabels = {
  whole: (title) => ({ name: title, description: `Rubric Writer · ${title}` }),
  section: (rubric, title) => `Rubric Writer · ${rubric} · ${title}`,
};

export function generateSnippets(rubrics: readonly Rubric[], messages: Messages = ENGLISH): Record<string, Snippet> {
  return snippetsWith(rubrics, labelsIn(messages));
}

function snippetsWith(rubrics: readonly Rubric[], labels: SnippetLabels): Record<string, Snippet> {
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
    const whole = labels.whole(rubric.title);
    snippets[whole.name] = { prefix: `rw-template-${rubric.id}`, body: trim(template), description: whole.description };
    for (const flat of all) {
      snippets[`${rubric.title}: ${flat.section.title}`] = {
        prefix: `rw-${flat.section.id}`,
        body: withChildren(all, flat, 2, rubric.language),
        description: labels.section(rubric.title, flat.section.title, !!flat.section.sections?.length),
      };
    }
  }
  return snippets;
}

export const snippetsFileText = (rubrics: readonly Rubric[]) =>
  `${JSON.stringify(snippetsWith(rubrics, TITLES_ONLY), null, 2)}\n`;
