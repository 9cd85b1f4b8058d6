/** Español: the same keys as `en.ts`, every one (the type holds it); `{name}` is a parameter. */
import type { Catalogue } from './types';

export const es: Catalogue = {
  // ── Diagnostics: one group per rule (core/check/rules), and the phrases they share ──
  'missing-section.message': 'Falta {title}: añada su encabezado.',
  'missing-section.withLimit': 'Falta {title}: añada su encabezado ({limit}).',
  'missing-section.fromPart': 'Falta {title} en {part}: añada su encabezado.',
  'missing-section.fromPartWithLimit': 'Falta {title} en {part}: añada su encabezado ({limit}).',

  // ── end of diagnostics ──

  // ── Views: hover, code lenses, checklist, symbols, completion (lsp/) ──
  'view.words': { one: '{count} palabra', other: '{count} palabras' },

  // ── end of views ──

  // ── Reports and exports: the readiness report, plain text, Word labels (render/) ──
  'report.title': 'Informe de preparación',

  // ── end of reports ──

  // ── The CLI's own lines (cli/) ──
  'cli.summary.files': { one: '{count} archivo revisado', other: '{count} archivos revisados' },

  // ── end of the CLI ──
};
