/**
 * English: every sentence a writer reads, by key. `es.ts` has the same keys (the type holds it).
 * Keys are grouped by where they are shown; `{name}` is a parameter.
 */
export const en = {
  // ── Diagnostics: one group per rule (core/check/rules), and the phrases they share ──
  'missing-section.message': '{title} is missing: add its heading.',
  'missing-section.withLimit': '{title} is missing: add its heading ({limit}).',
  'missing-section.fromPart': '{title} is missing from {part}: add its heading.',
  'missing-section.fromPartWithLimit': '{title} is missing from {part}: add its heading ({limit}).',

  // ── end of diagnostics ──

  // ── Views: hover, code lenses, checklist, symbols, completion (lsp/) ──
  'view.words': { one: '{count} word', other: '{count} words' },

  // ── end of views ──

  // ── Reports and exports: the readiness report, plain text, Word labels (render/) ──
  'report.title': 'Readiness report',

  // ── end of reports ──

  // ── The CLI's own lines (cli/) ──
  'cli.summary.files': { one: '{count} file checked', other: '{count} files checked' },

  // ── end of the CLI ──
} as const satisfies Record<string, string | { one: string; other: string }>;
