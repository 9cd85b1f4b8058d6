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
  'view.status.ok': 'palabras dentro del límite',
  'view.status.missing': 'falta',
  'view.status.empty': 'sin texto',
  'view.status.under': 'palabras por debajo del mínimo',
  'view.status.over': 'palabras por encima del límite',
  'view.status.underAccepted': 'palabras por debajo del mínimo: aceptado por usted',
  'view.status.overAccepted': 'palabras por encima del límite: aceptado por usted',
  'view.verdict.optional': 'opcional, sin escribir',
  'view.verdict.notReady': 'no está lista',
  'view.verdict.ready': 'lista',
  'view.verdict.readyAccepted': {
    one: 'lista, {count} problema aceptado por usted',
    other: 'lista, {count} problemas aceptados por usted',
  },
  'view.summary.missing': 'falta',
  'view.summary.judgedByRecording': 'se evalúa por su grabación',
  'view.summary.words': '{words} / {limit} palabras',
  'view.summary.wordsOver': '{words} / {limit} palabras — {count} de más',
  'view.summary.wordsOverAccepted': '{words} / {limit} palabras — {count} de más: aceptado',
  'view.summary.wordsShort': {
    one: '{words} / {limit} palabras — falta {count}',
    other: '{words} / {limit} palabras — faltan {count}',
  },
  'view.summary.wordsShortAccepted': {
    one: '{words} / {limit} palabras — falta {count}: aceptado',
    other: '{words} / {limit} palabras — faltan {count}: aceptado',
  },
  'view.summary.items': '{count} / {min} {noun}s',
  'view.summary.recordings': { one: '{count} grabación', other: '{count} grabaciones' },
  'view.summary.recordingsTimed': { one: '{count} grabación, {duration}', other: '{count} grabaciones, {duration}' },
  'view.summary.recordingsFromFile': {
    one: '{count} grabación, {duration}, según el archivo',
    other: '{count} grabaciones, {duration}, según el archivo',
  },
  'view.summary.recordingsFromFiles': {
    one: '{count} grabación, {duration}, según los archivos',
    other: '{count} grabaciones, {duration}, según los archivos',
  },
  'view.summary.recordingsPartlyFromFiles': {
    one: '{count} grabación, {duration}, en parte según los archivos',
    other: '{count} grabaciones, {duration}, en parte según los archivos',
  },
  'view.summary.photos': { one: '{count} foto', other: '{count} fotos' },
  'view.requirement.words': '{limit} (ahora {count})',
  'view.requirement.items': 'al menos {min} {noun}s ({count} en la lista)',
  'view.requirement.statements':
    'una explicación de por qué importa cada {noun}, de al menos {min} palabras ({count} sin ella)',
  'view.requirement.points': '{min} puntos ({count} encontrados)',
  'view.requirement.videoOrPhotos': 'un enlace a un video o fotos',
  'view.requirement.recording': 'una grabación',
  'view.requirement.recordings': 'grabaciones: {rule}',
  'view.requirement.photos': 'fotos (ahora {count})',
  'view.requirement.photosCaptioned': 'fotos, cada una con su pie de foto (ahora {count})',
  'view.requirement.photosAtMost': 'fotos: como máximo {max} (ahora {count})',
  'view.requirement.photosAtMostCaptioned': 'fotos: como máximo {max}, cada una con su pie de foto (ahora {count})',
  'view.requirement.timestamps': '{min} marcas de tiempo para el video, dentro de su duración ({count} encontradas)',
  'view.hover.now': '*Ahora:* {summary} · {verdict}',
  'view.hover.notReadyYet': 'todavía no está lista',
  'view.hover.rubric': '*Rúbrica:* {rules}',
  'view.hover.points': 'Puntos que debe tratar:',
  'view.hover.passing': '*Para aprobar:* {text}',
  'view.hover.asks': '*La rúbrica pide:*',
  'view.hover.acceptedNotMet': '*aceptado por usted, no cumplido*',
  'view.hover.notMet': '*no cumplido*',
  'view.hover.criteriaHeader': '| Nivel | Criterios |',
  'view.hover.framework': 'Marco de reflexión',
  'view.hover.microCredential': 'Microcredencial',
  'view.hover.toPass': '**Para aprobar:** {text}',
  'view.hover.anonymity': '**Anonimato:** {text}',
  'view.hover.fromRequirements': 'De los requisitos, línea {line}:',
  'view.hover.check': '**Compruebe:** {why}',
  'view.lens.missing': 'Falta: {title} (insertar)',
  'view.symbol.untitled': '(encabezado sin título)',
  'view.completion.missingSection': 'sección que falta',
  'view.completion.from': '*De {origin}*',

  // ── end of views ──

  // ── Reports and exports: the readiness report, plain text, Word labels (render/) ──
  'report.title': 'Informe de preparación',
  'report.pageTitle': 'Informe de preparación: {file}',
  'report.sectionsReady': {
    one: '{count} de {sections} secciones lista',
    other: '{count} de {sections} secciones listas',
  },
  'report.errors': { one: '{count} error', other: '{count} errores' },
  'report.warnings': { one: '{count} advertencia', other: '{count} advertencias' },
  'report.accepted': { one: '{count} problema aceptado por usted', other: '{count} problemas aceptados por usted' },
  'report.noRubric': 'Este documento no indica ninguna rúbrica, así que no se revisa como entrega.',
  'report.wholeDocument': 'Todo el documento',
  'report.points': 'Puntos que debe tratar:',
  'report.asks': 'La rúbrica pide:',
  'report.requirement.met': ' (cumplido)',
  'report.requirement.notMet': ' (no cumplido)',
  'report.requirement.acceptedNotMet': '{text} — aceptado por usted, no cumplido',
  'report.line': 'línea {line}',
  'report.severity.error': 'error',
  'report.severity.warning': 'advertencia',
  'report.severity.information': 'información',
  'report.toPass': 'Para aprobar',
  'report.anonymity': 'Anonimato',

  // ── end of reports ──

  // ── The CLI's own lines (cli/) ──
  'cli.summary.files': { one: '{count} archivo revisado', other: '{count} archivos revisados' },

  // ── end of the CLI ──
};
