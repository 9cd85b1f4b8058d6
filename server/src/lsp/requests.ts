/** Answers to the custom requests of protocol.ts: section tables, plain text, rubrics, templates. */
import type { Position } from 'vscode-languageserver';
import {
  flattenSections,
  readiness,
  renderTemplate,
  templateStartLine,
  rubricMarkdown,
  sectionPlainText,
  statusCounts,
  messagesFor,
  type Analysis,
  type Messages,
  type Rubric,
  type RubricRegistry,
} from '../core';
import type { IgnoredBy, RubricInfo, SectionsResult } from './protocol';
import type { ServerContext } from './context';
import { keyToUri } from './uris';
import { PlainTextRequest, RubricMarkdownRequest, RubricsRequest, SectionsRequest, TemplateRequest } from './protocol';

export function sectionsResult(
  uri: string,
  version: number,
  analysis: Analysis,
  ignored: IgnoredBy | null = null,
): SectionsResult {
  const { blockIndex } = analysis;
  const states = analysis.states;
  const summary = readiness(states, analysis.diagnostics, analysis.accepted);
  return {
    uri,
    version,
    rubric: analysis.rubric ? { id: analysis.rubric.id, title: analysis.rubric.title } : null,
    errors: summary.errors,
    warnings: summary.warnings,
    ready: summary.ready,
    readiness: summary,
    status: statusCounts(states, summary),
    ignored,
    sections: analysis.sections.map((s, i) => ({
      ...states[i],
      range: s.heading ? blockIndex.range(s.heading.start, s.heading.end) : null,
      sectionRange: s.heading ? blockIndex.range(s.heading.start, s.end) : null,
    })),
  };
}

/** The innermost matched section containing `offset`. */
export function sectionAt(analysis: Analysis, offset: number): string | null {
  let best: { id: string; start: number } | null = null;
  for (const s of analysis.sections) {
    const h = s.heading;
    if (h && h.start <= offset && offset < Math.max(s.end, h.end + 1) && (!best || h.start > best.start))
      best = { id: s.id, start: h.start };
  }
  return best?.id ?? null;
}

export function plainText(
  analysis: Analysis,
  offsetOf: (p: Position) => number,
  params: { position?: Position; section?: string },
) {
  const id = params.section ?? (params.position ? sectionAt(analysis, offsetOf(params.position)) : null);
  if (!id) return null;
  const result = sectionPlainText(analysis, id);
  return result ? { section: id, ...result } : null;
}

export function rubricInfos(registry: RubricRegistry): RubricInfo[] {
  return registry.list().map(({ rubric, origin }) => ({
    id: rubric.id,
    title: rubric.title,
    kind: rubric.kind,
    source: rubric.source,
    description: rubric.description,
    origin,
    sections: flattenSections(rubric).map((f) => ({ id: f.section.id, title: f.section.title, depth: f.depth })),
  }));
}

export const templateFor = (rubric: Rubric | undefined) =>
  rubric ? { text: renderTemplate(rubric), line: templateStartLine(rubric) } : null;
export const markdownFor = (rubric: Rubric | undefined, messages?: Messages) =>
  rubric ? { markdown: rubricMarkdown(rubric, true, messages) } : null;

/** The custom requests: the section table, plain text, the rubric list, templates and the rubric as Markdown. */
export function registerRequests(context: ServerContext): void {
  const { connection, workspace } = context;
  connection.onRequest(
    SectionsRequest,
    context.onSubmission('sections', null, (found) =>
      sectionsResult(found.document.uri, found.document.version, found.analysis, ignoredBy(found.document.uri)),
    ),
  );
  const ignoredBy = (uri: string): IgnoredBy | null => {
    const found = workspace.ignoredBy(uri);
    return found ? { config: keyToUri(found.config), glob: found.glob } : null;
  };
  connection.onRequest(
    PlainTextRequest,
    context.onSubmission('plain text', null, (found, params) =>
      plainText(found.analysis, (p) => found.document.offsetAt(p), params),
    ),
  );
  connection.onRequest(
    RubricsRequest,
    context.guard('rubrics', () => rubricInfos(workspace.registry)),
  );
  connection.onRequest(
    TemplateRequest,
    context.guard('template', (params) => templateFor(workspace.registry.get(params.rubric))),
  );
  connection.onRequest(
    RubricMarkdownRequest,
    context.guard('rubric', (params) =>
      markdownFor(workspace.registry.get(params.rubric), messagesFor(workspace.locale)),
    ),
  );
}
