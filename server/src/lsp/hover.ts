/**
 * Hover on a heading: the section's rubric and counts. Hover on the `rubric:` value: the rubric.
 * Hover on a rule of an imported rubric file: the line of the requirements it came from.
 */
import type { Hover, HoverParams, Position } from 'vscode-languageserver';
import { MarkupKind } from './languageServer';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { messagesFor, rubricMarkdown, ruleSourceAt, sectionMarkdown, type Analysis, type Messages } from '../core';
import type { ServerContext } from './context';
import { SubmissionDocument } from './documents';
import { isRubricFile } from './workspace';

export function hover(analysis: Analysis, position: Position): Hover | null {
  const { blockIndex, frontMatter, rubric } = analysis;
  const messages = analysis.messages;
  const value = frontMatter?.rubricLine;
  if (rubric && value && blockIndex.position(value.start).line === position.line) {
    return { contents: { kind: MarkupKind.Markdown, value: rubricMarkdown(rubric, false, messages) } };
  }
  if (!rubric) return null;
  const result = analysis.sections.find(
    (s) =>
      s.heading &&
      blockIndex.position(s.heading.start).line <= position.line &&
      position.line <= blockIndex.position(s.heading.end).line,
  );
  const duplicateOf = analysis.sections.find((s) =>
    s.duplicates.some((h) => blockIndex.position(h.start).line === position.line),
  );
  const section = result ?? duplicateOf;
  if (!section) return null;
  const heading = result
    ? section.heading!
    : section.duplicates.find((h) => blockIndex.position(h.start).line === position.line)!;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: sectionMarkdown(section.flat.section, result ? analysis.states[section.flat.index] : undefined, messages),
    },
    range: blockIndex.range(heading.start, heading.end),
  };
}

/** The source line (and any doubt) the import wrote above the rule under the cursor. */
export function ruleSourceHover(document: TextDocument, position: Position, messages: Messages): Hover | null {
  const source = ruleSourceAt(document.getText(), document.offsetAt(position));
  if (!source) return null;
  const quote = (text: string) => `> ${text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>])/g, '\\$1')}`;
  const parts = [
    ...source.lines.map(
      ({ line, quote: text }) =>
        `${messages.t('view.hover.fromRequirements', { line: String(line) })}\n\n${quote(text)}`,
    ),
    ...source.checks.map((why) => messages.t('view.hover.check', { why })),
  ];
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') },
    range: { start: document.positionAt(source.range[0]), end: document.positionAt(source.range[1]) },
  };
}

export function registerHover(context: ServerContext): void {
  context.connection.onHover(
    context.guard('hover', (params: HoverParams) => {
      const { uri } = params.textDocument;
      const document = context.documents.get(uri);
      if (isRubricFile(uri))
        return document && !(document instanceof SubmissionDocument)
          ? ruleSourceHover(document, params.position, messagesFor(context.workspace.locale))
          : null;
      const found = context.submission(uri);
      return found ? hover(found.analysis, params.position) : null;
    }),
  );
}
