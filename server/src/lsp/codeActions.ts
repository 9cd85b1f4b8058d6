/** Quick fixes that only insert (a missing section at its rubric place) or replace an unknown rubric id. */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { EditorDocument } from './documents';
import { allInsertions, insertionFor, SOURCE, type Analysis, type Insertion } from '../core';
import type { ServerContext } from './context';
import { InsertSectionRequest } from './protocol';

export const INSERT_ALL_KIND = `${CodeActionKind.Source}.insertMissingSections`;

const toEdit = (document: EditorDocument, insertion: Insertion): TextEdit => {
  const at = document.positionAt(insertion.offset);
  return { range: { start: at, end: at }, newText: insertion.text };
};

export function insertSectionEdit(
  document: EditorDocument,
  analysis: Analysis,
  sectionId: string,
): WorkspaceEdit | null {
  const insertion = insertionFor(document.getText(), analysis, sectionId);
  return insertion ? { changes: { [document.uri]: [toEdit(document, insertion)] } } : null;
}

function insertAllEdit(document: EditorDocument, analysis: Analysis): WorkspaceEdit | null {
  const insertions = allInsertions(document.getText(), analysis);
  return insertions.length > 0 ? { changes: { [document.uri]: insertions.map((i) => toEdit(document, i)) } } : null;
}

export function codeActions(
  document: EditorDocument,
  analysis: Analysis,
  diagnostics: Diagnostic[],
  only?: string[],
): CodeAction[] {
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const data = (diagnostic.data ?? {}) as { section?: string; suggestion?: string };
      if (diagnostic.code === 'missing-section' && data.section) {
        const edit = insertSectionEdit(document, analysis, data.section);
        const title = analysis.sections.find((s) => s.id === data.section)?.title ?? data.section;
        if (edit)
          actions.push({
            title: `Insert "${title}" at its rubric place`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit,
            isPreferred: true,
          });
      }
      if (diagnostic.code === 'unknown-rubric' && data.suggestion) {
        actions.push({
          title: `Change to "${data.suggestion}"`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: data.suggestion }] } },
        });
      }
    }
  }
  const missing = analysis.sections.filter((s) => !s.heading).length;
  if (
    missing > 0 &&
    (wants(INSERT_ALL_KIND) || (only === undefined && diagnostics.some((d) => d.code === 'missing-section')))
  ) {
    const edit = insertAllEdit(document, analysis);
    if (edit) actions.push({ title: `Insert all missing sections (${missing})`, kind: INSERT_ALL_KIND, edit });
  }
  return actions;
}

export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(
    context.onSubmission('code actions', [], (found, params) =>
      codeActions(found.document, found.analysis, params.context.diagnostics, params.context.only),
    ),
  );
  context.connection.onRequest(
    InsertSectionRequest,
    context.onSubmission('insert section', null, (found, params) =>
      insertSectionEdit(found.document, found.analysis, params.section),
    ),
  );
}
