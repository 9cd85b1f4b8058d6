/** A word-count lens on every matched heading, and a lens naming what is missing. */
import type { CodeLens } from 'vscode-languageserver';
import type { Analysis } from '../core';
import type { ServerContext } from './context';

export function codeLenses(uri: string, analysis: Analysis): CodeLens[] {
  if (!analysis.rubric) return [];
  const lenses: CodeLens[] = [];
  const { blockIndex, frontMatter } = analysis;
  for (const result of analysis.sections) {
    if (result.heading) {
      const at = blockIndex.position(result.heading.start);
      lenses.push({
        range: { start: at, end: at },
        command: { title: analysis.states[result.flat.index].summary, command: '' },
      });
      continue;
    }
    if (result.flat.section.required === false) continue;
    const parent = result.flat.parent ? analysis.sections[result.flat.parent.index] : null;
    if (parent && !parent.heading) continue;
    const anchor = parent?.heading ? parent.heading.start : (frontMatter?.rubricLine?.start ?? 0);
    const at = blockIndex.position(anchor);
    lenses.push({
      range: { start: at, end: at },
      command: {
        title: analysis.messages.t('view.lens.missing', { title: result.title }),
        command: 'rubricWriter.insertSection',
        arguments: [uri, result.id],
      },
    });
  }
  return lenses;
}

export function registerCodeLens(context: ServerContext): void {
  context.connection.onCodeLens(
    context.onSubmission('code lens', [], (found, params) =>
      context.workspace.settings.codeLens.enable ? codeLenses(params.textDocument.uri, found.analysis) : [],
    ),
  );
}
