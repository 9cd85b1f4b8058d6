/**
 * Completion of rubric ids after `rubric:` in front matter, of missing section headings at a line
 * start, of diagnostic codes inside a `rubric-writer-disable` comment, and of the `rw-` snippets when a
 * line starts with `rw-` (typing `-` asks for it, so they are offered although editors leave quick
 * suggestions off in Markdown).
 */
import type { CompletionItem, CompletionParams, Position } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from './languageServer';
import {
  describeRules,
  generateSnippets,
  guidanceLines,
  type Messages,
  messagesFor,
  RULES,
  type Analysis,
  type RubricRegistry,
} from '../core';
import type { ServerContext } from './context';
import { SubmissionDocument } from './documents';

export function completions(
  analysis: Analysis,
  registry: RubricRegistry,
  lineText: string,
  position: Position,
): CompletionItem[] {
  const before = lineText.slice(0, position.character);
  const messages = analysis.messages;
  const inComment = SUPPRESSION_CODE.exec(before);
  if (inComment) return codeCompletions(before.slice(0, -inComment[1].length || undefined), position, inComment[1]);
  const front = analysis.frontMatter;
  const inFrontMatter = front
    ? position.line < analysis.blockIndex.position(front.span.end).line && position.line > 0
    : false;
  const rubricValue = /^(\s*rubric\s*:\s*)(\S*)$/.exec(before);
  if (rubricValue && (inFrontMatter || position.line > 0)) {
    const start = rubricValue[1].length;
    return registry.list().map(({ rubric, origin }, i) => ({
      label: rubric.id,
      kind: CompletionItemKind.Value,
      detail: rubric.title,
      documentation: {
        kind: MarkupKind.Markdown,
        value: `${rubric.description}${origin ? `\n\n${messages.t('view.completion.from', { origin })}` : ''}`,
      },
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: { start: { line: position.line, character: start }, end: position }, newText: rubric.id },
    }));
  }
  const snippetPrefix = /^(\s*)rw-[\w-]*$/.exec(before);
  if (snippetPrefix && !inFrontMatter) return snippetItems(registry, position, snippetPrefix[1].length, messages);
  if (!analysis.rubric || inFrontMatter || !/^#{0,6}\s*$/.test(before)) return [];
  const partDepth = analysis.sections.find((s) => s.flat.depth === 0 && s.heading)?.heading?.depth ?? 2;
  return analysis.sections
    .filter((s) => !s.heading)
    .map((s, i) => {
      const parent = s.flat.parent ? analysis.sections[s.flat.parent.index] : null;
      const depth = Math.min(6, parent?.heading ? parent.heading.depth + 1 : partDepth + s.flat.depth);
      const guidance = guidanceLines(s.flat.section);
      return {
        label: s.title,
        kind: CompletionItemKind.Module,
        detail: describeRules(s.flat.section) || messages.t('view.completion.missingSection'),
        documentation: guidance.length > 0 ? { kind: MarkupKind.Markdown, value: guidance.join('\n\n') } : undefined,
        filterText: `${'#'.repeat(depth)} ${s.title}`,
        sortText: String(i).padStart(3, '0'),
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: {
          range: { start: { line: position.line, character: 0 }, end: position },
          newText: `${'#'.repeat(depth)} ${s.title}`,
        },
      };
    });
}

/** The built-in rubrics' snippets (the same as the editor extension's snippet file), replacing the typed prefix. */
function snippetItems(
  registry: RubricRegistry,
  position: Position,
  start: number,
  messages: Messages,
): CompletionItem[] {
  const builtIn = registry
    .list()
    .filter((entry) => !entry.origin)
    .map((entry) => entry.rubric);
  return Object.values(generateSnippets(builtIn, messages)).map((snippet, i) => ({
    label: snippet.prefix,
    kind: CompletionItemKind.Snippet,
    detail: snippet.description,
    sortText: String(i).padStart(3, '0'),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: {
      range: { start: { line: position.line, character: start }, end: position },
      newText: snippet.body.join('\n'),
    },
  }));
}

/** The code being typed after `<!-- rubric-writer-disable` or `-disable-next-line` (and any codes before it). */
const SUPPRESSION_CODE = /<!--\s*rubric-writer-disable(?:-next-line)?(?:[\s,]+[a-z-]+)*?[\s,]+([a-z-]*)$/;

function codeCompletions(before: string, position: Position, typed: string): CompletionItem[] {
  const named = new Set(before.split(/[\s,]+/));
  return RULES.filter((rule) => !named.has(rule.code)).map((rule, i) => ({
    label: rule.code,
    kind: CompletionItemKind.EnumMember,
    detail: rule.severityText ?? rule.severity,
    documentation: rule.description,
    sortText: String(i).padStart(3, '0'),
    textEdit: {
      range: { start: { line: position.line, character: position.character - typed.length }, end: position },
      newText: rule.code,
    },
  }));
}

/** Only the `rw-` snippets: what a Markdown file that is no submission yet is offered (it may become one). */
function snippetCompletions(
  registry: RubricRegistry,
  lineText: string,
  position: Position,
  messages: Messages,
): CompletionItem[] {
  const prefix = /^(\s*)rw-[\w-]*$/.exec(lineText.slice(0, position.character));
  return prefix ? snippetItems(registry, position, prefix[1].length, messages) : [];
}

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion(
    context.guard('completion', (params: CompletionParams) => {
      const document = context.documents.get(params.textDocument.uri);
      if (!(document instanceof SubmissionDocument)) return [];
      const line = document.getText({
        start: { line: params.position.line, character: 0 },
        end: params.position,
      });
      const found = context.submission(params.textDocument.uri);
      const registry = context.workspace.registry;
      return found
        ? completions(found.analysis, registry, line, params.position)
        : snippetCompletions(registry, line, params.position, messagesFor(context.workspace.locale));
    }),
  );
}
