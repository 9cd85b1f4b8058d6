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
  'view.fix.insert': 'Insertar "{title}" en su lugar de la rúbrica',
  'view.fix.insertDone': 'se insertó "{title}"',
  'view.fix.insertAll': {
    one: 'Insertar la sección que falta ({count})',
    other: 'Insertar las {count} secciones que faltan',
  },
  'view.fix.changeRubric': 'Cambiar a "{id}"',
  'view.fix.changeRubricDone': 'se cambió la rúbrica a "{id}"',
  'view.fix.labelPoints': 'Numerar los puntos como {labels}',
  'view.fix.labelPointsOver': {
    one: 'Numerar los puntos como {labels} (agrega {count} palabra: {after} de {max}, por encima del límite)',
    other: 'Numerar los puntos como {labels} (agrega {count} palabras: {after} de {max}, por encima del límite)',
  },
  'view.fix.labelPointsDone': 'se numeraron los puntos de "{title}"',
  'view.fix.timestamps': {
    one: 'Insertar una línea "{line}" para el único punto ({count})',
    other: 'Insertar una línea "{line}" por cada uno de los {count} puntos',
  },
  'view.fix.timestampsDone': 'se insertaron líneas con marcas de tiempo bajo el video de "{title}"',
  'view.fix.acceptError': 'Aceptar esto aquí (el revisor aún puede no aprobarlo)',
  'view.fix.acceptWarning': 'Aceptar esta advertencia aquí',
  'view.fix.acceptNote': 'Aceptar esta nota aquí',
  'view.fix.acceptDone': 'se aceptó {code}',
  'view.fix.linkInstead': 'Vincular {name} en su lugar',
  'cli.fixed': 'se corrigió {file}: {changes}',
  'cli.fixWriteFailed': '{file}: no se pueden escribir las correcciones ({reason})',

  // ── end of views ──

  // ── Reports and exports: the readiness report, plain text, Word labels (render/) ──
  'report.title': 'Informe de preparación',
  'report.pageTitle': 'Informe de preparación: {file}',
  'report.sectionsReady': '{count} de {sections} secciones listas',
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
  'export.image.tooMany':
    'se omite la imagen {name}: las imágenes anteriores ya suman {size}, todo lo que cabe en una exportación',
  'export.image.notFound': 'no se encontró la imagen {name}, así que se omite',
  'export.image.outsideAlt':
    'la imagen {name} no se incrusta: {reason}; su descripción ocupa su lugar, y Word la cuenta',
  'export.image.outside': 'la imagen {name} no se incrusta: {reason}; se omite',
  'export.image.refused': 'se omite la imagen {name}: {reason}',
  'export.image.notImage': 'la imagen {name} no es un archivo PNG, JPEG, GIF ni BMP, así que se omite',
  'export.image.tooLarge':
    'la imagen {name} mide {width} × {height} píxeles, más de lo que admite Word, así que se omite',
  'export.image.metadata': 'la imagen {name} no se puede leer para quitarle los metadatos, así que se omite',
  'export.image.remote':
    'la imagen {url} no está en este equipo, así que se convierte en un vínculo; ' +
    'Word cuenta su descripción ("{alt}"), Rubric Writer no',
  'export.codeBlock':
    'se omite un bloque de código: Rubric Writer no lo cuenta como parte de su respuesta, y Word sí lo haría',

  // ── end of reports ──

  // ── The CLI's own lines (cli/) ──
  'cli.summary.files': { one: '{count} archivo revisado', other: '{count} archivos revisados' },
  'cli.summary.line': {
    one: '{ready} de {count} sección lista; {problems}',
    other: '{ready} de {count} secciones listas; {problems}',
  },
  'cli.summary.notChecked': 'sin revisar; {problems}',
  'cli.summary.notSubmission': 'no es una entrega (no indica ninguna rúbrica)',
  'cli.summary.errors': { one: '{count} error', other: '{count} errores' },
  'cli.summary.warnings': { one: '{count} advertencia', other: '{count} advertencias' },
  'cli.summary.notes': { one: '{count} nota', other: '{count} notas' },
  'cli.summary.accepted': {
    one: '{count} problema aceptado por usted',
    other: '{count} problemas aceptados por usted',
  },
  'cli.table.section': 'Sección',
  'cli.table.words': 'Palabras',
  'cli.table.limit': 'Límite',
  'cli.table.items': 'Elementos',
  'cli.table.status': 'Estado',
  'cli.table.ready': 'Lista',
  'cli.table.isReady': 'lista',
  'cli.table.readyAccepted': { one: 'lista, {count} aceptado', other: 'lista, {count} aceptados' },
  'cli.status.ok': 'bien',
  'cli.status.missing': 'falta',
  'cli.status.empty': 'sin texto',
  'cli.status.under': 'por debajo',
  'cli.status.over': 'por encima',
  'cli.rubrics.line': '{id}  {title} ({kind}, {source})',
  'cli.rubrics.micro-credential': 'microcredencial',
  'cli.rubrics.framework': 'marco de reflexión',
  'cli.new.wrote': 'se escribió {file} ({title})',
  'cli.exists': '{file} ya existe; no se sobrescribe ({hint})',
  'cli.exists.chooseName': 'elija otro nombre con -o',
  'cli.exists.force': 'use --force para reemplazarlo, o -o para elegir otro nombre',
  'cli.exists.forceOrName': 'use --force, o elija otro nombre con -o',
  'cli.isFolder': 'es una carpeta',
  'cli.read.folder': '{file}: es una carpeta, no un archivo',
  'cli.read.notRegular': '{file}: no es un archivo normal (es un dispositivo o un socket); no se lee',
  'cli.read.tooLarge': '{file}: demasiado grande para revisarlo ({size} MB; el límite es 10 MB)',
  'cli.read.cannotRead': '{file}: no se puede leer ({reason})',
  'cli.read.noSuchFile': 'no existe el archivo',
  'cli.read.permission': 'permiso denegado',
  'cli.read.binary': '{file}: parece un archivo binario, no Markdown',
  'cli.read.notUtf8': '{file}: no es texto UTF-8',
  'cli.cannotWrite': 'no se puede escribir {file}: {reason}',
  'cli.fixWithStdin': '--fix con - imprime el texto corregido: indique solo la entrada estándar',
  'cli.nothingChecked': 'no se revisó ningún archivo: {reason}',
  'cli.nothingChecked.onlyExcludes':
    'los !patrones solo excluyen; indique también los archivos o carpetas que desea revisar',
  'cli.nothingChecked.allExcluded': 'los !patrones excluyen todos los archivos indicados',
  'cli.nothingChecked.allIgnored':
    'la configuración del proyecto (.rubric-writer.yaml) omite todos los archivos encontrados',
  'cli.unexpectedError': 'error inesperado: {reason}',
  'cli.unknownRubric': 'rúbrica desconocida "{id}" (consulte: rubric-writer rubrics)',
  'cli.unknownRubricSuggest':
    'rúbrica desconocida "{id}"; ¿quiso decir "{suggestion}"? (consulte: rubric-writer rubrics)',
  'cli.export.docx': 'documento de Word',
  'cli.export.html': 'informe de preparación',
  'cli.export.text': 'texto sin formato',
  'cli.export.stdin': 'entrada estándar',
  'cli.export.wrote': 'se escribió {file} ({what}, {title})',
  'cli.export.warning': 'advertencia: {file}:{line}: {message}',
  'cli.export.wordDraft':
    '{file}: ya es un documento de Word (para convertirlo en una entrega: rubric-writer import {file})',
  'cli.export.cannotExport': '{file}: no se puede exportar: {reason}',
  'cli.export.noRubric':
    '{file}: no es una entrega (su encabezado no indica ninguna rúbrica: agregue "rubric: ID"; ' +
    'consulte: rubric-writer rubrics)',
  'cli.export.stdinOutput': 'export -: indique con -o el archivo que desea escribir (o -o - para la salida estándar)',
  'cli.export.isSubmission': '{file} es la propia entrega; elija otro nombre con -o',
  'cli.export.wouldOverwrite':
    '{file} es la propia entrega (la exportación como {what} se escribiría encima); elija otro nombre con -o',
  'cli.import.wrote': 'se escribió {file} ({title}, {id})',
  'cli.import.stdout': 'salida estándar',
  'cli.import.sections': 'secciones encontradas: {count}',
  'cli.import.sectionsNamed': 'secciones encontradas: {count} ({titles})',
  'cli.import.changes':
    'control de cambios: {insertions}, {deletions} (leídos como aceptados); ' +
    'comentarios: {comments} (omitidos); imágenes: {images}',
  'cli.import.changesImages':
    'control de cambios: {insertions}, {deletions} (leídos como aceptados); ' +
    'comentarios: {comments} (omitidos); imágenes: {images} (en {folder}/)',
  'cli.import.insertions': { one: '{count} inserción', other: '{count} inserciones' },
  'cli.import.deletions': { one: '{count} eliminación', other: '{count} eliminaciones' },
  'cli.import.note': 'nota: {message}',
  'cli.import.metadata': 'advertencia identifying-metadata: {finding} (no se importó)',
  'cli.import.imagesHere':
    'imágenes escritas en {folder}; los vínculos son relativos a la carpeta actual, así que guarde aquí el Markdown',
  'cli.importRubric.wrote': {
    one: 'se escribió {file}: {count} sección, {rules} reglas ({title})',
    other: 'se escribió {file}: {count} secciones, {rules} reglas ({title})',
  },
  'cli.importRubric.read': {
    one: 'se leyó {count} sección, {rules} reglas ({title})',
    other: 'se leyeron {count} secciones, {rules} reglas ({title})',
  },
  'cli.importRubric.check': {
    one: 'compruebe {count} punto, marcado "# check:" en el archivo:',
    other: 'compruebe {count} puntos, marcados "# check:" en el archivo:',
  },
  'cli.importRubric.line': '  línea {line}: {why}',

  // ── end of the CLI ──
};
