/**
 * Quick fixes that only insert (a missing section at its rubric place, point labels, timestamp lines
 * under a video) or replace an unknown rubric id.
 */
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind, DiagnosticSeverity } from './languageServer';
import type { EditorDocument } from './documents';
import {
  acceptHereFix,
  canBeAccepted,
  count,
  insertAllFixes,
  insertSectionFix,
  labelPointsFixes,
  rubricIdFix,
  SOURCE,
  timestampLinesFix,
  type Analysis,
  type Severity,
  type TextFix,
} from '../core';
import type { ServerContext } from './context';
import { InsertSectionRequest } from './protocol';

export const INSERT_ALL_KIND = `${CodeActionKind.Source}.insertMissingSections`;

const toEdit = (document: EditorDocument, fix: TextFix): TextEdit => ({
  range: { start: document.positionAt(fix.start), end: document.positionAt(fix.end) },
  newText: fix.newText,
});

const workspaceEdit = (document: EditorDocument, fixes: TextFix[]): WorkspaceEdit => ({
  changes: { [document.uri]: fixes.map((fix) => toEdit(document, fix)) },
});

export function insertSectionEdit(
  document: EditorDocument,
  analysis: Analysis,
  sectionId: string,
): WorkspaceEdit | null {
  const fix = insertSectionFix(document.getText(), analysis, sectionId);
  return fix ? workspaceEdit(document, [fix]) : null;
}

/** The edits of one diagnostic's quick fix, computed from the analysis: the diagnostic only says which is wanted. */
function fixesFor(text: string, analysis: Analysis, diagnostic: Diagnostic): TextFix[] {
  const section = (diagnostic.data as { section?: unknown } | undefined)?.section;
  const one = (fix: TextFix | null) => (fix ? [fix] : []);
  if (diagnostic.code === 'unknown-rubric') return one(rubricIdFix(analysis, diagnostic.data));
  if (typeof section !== 'string') return [];
  if (diagnostic.code === 'missing-section') return one(insertSectionFix(text, analysis, section));
  if (diagnostic.code === 'too-few-points') return labelPointsFixes(text, analysis, section);
  if (diagnostic.code === 'missing-timestamps') return one(timestampLinesFix(text, analysis, section));
  return [];
}

const SEVERITIES: Partial<Record<number, Severity>> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
};

/**
 * A problem the writer has weighed can be accepted where it is: the comment that silences it, written
 * for them. An error too (the spec's "Accepted, not met"): its title says the reviewer may still fail it.
 */
function acceptAction(document: EditorDocument, analysis: Analysis, diagnostic: Diagnostic): CodeAction | null {
  const code = diagnostic.code;
  if (typeof code !== 'string' || !canBeAccepted(code)) return null;
  const section = (diagnostic.data as { section?: unknown } | undefined)?.section;
  const fix = acceptHereFix(document.getText(), analysis, {
    code,
    severity: SEVERITIES[diagnostic.severity ?? DiagnosticSeverity.Warning] ?? 'warning',
    section: typeof section === 'string' ? section : null,
    range: diagnostic.range,
  });
  return fix
    ? {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(document, [fix]),
      }
    : null;
}

/** A missing file's quick fixes: link one of the closest names in its folder instead (only the destination changes). */
function closestFileActions(document: EditorDocument, analysis: Analysis, diagnostic: Diagnostic): CodeAction[] {
  if (diagnostic.code !== 'missing-file') return [];
  const same = (a: Range, b: Range) =>
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character;
  const found = analysis.diagnostics.find((d) => d.code === 'missing-file' && same(d.range, diagnostic.range));
  const data = found?.data as { suggestions?: string[]; destination?: Range; written?: string } | undefined;
  if (!data?.suggestions || !data.destination || data.written === undefined) return [];
  const folder = data.written.slice(0, data.written.lastIndexOf('/') + 1);
  return data.suggestions.map((name, i) => ({
    title: analysis.messages.t('fix.linkInstead', { name }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0 && data.suggestions!.length === 1,
    edit: { changes: { [document.uri]: [{ range: data.destination!, newText: folder + encodeDestination(name) }] } },
  }));
}

/** A file name as a Markdown destination: spaces, brackets and percent signs encoded. */
const encodeDestination = (name: string) => name.replace(/[ %()<>]/g, (c) => encodeURIComponent(c));

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
      const fixes = fixesFor(document.getText(), analysis, diagnostic);
      if (fixes.length > 0)
        actions.push({
          title: fixes[0].title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(document, fixes),
          isPreferred: diagnostic.code === 'missing-section' || diagnostic.code === 'unknown-rubric',
        });
      actions.push(...closestFileActions(document, analysis, diagnostic));
      const accept = acceptAction(document, analysis, diagnostic);
      if (accept) actions.push(accept);
    }
  }
  const missing = analysis.sections.filter((s) => !s.heading).length;
  if (
    missing > 0 &&
    (wants(INSERT_ALL_KIND) || (only === undefined && diagnostics.some((d) => d.code === 'missing-section')))
  ) {
    const fixes = insertAllFixes(document.getText(), analysis);
    if (fixes.length > 0)
      actions.push({
        title: analysis.messages.t('fix.insertAll', { count: count(analysis.messages, missing) }),
        kind: INSERT_ALL_KIND,
        edit: workspaceEdit(document, fixes),
      });
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
