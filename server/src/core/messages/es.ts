/**
 * Español: the same keys as `en.ts`, every one (the type holds it); `{name}` is a parameter. Made when
 * first asked for: a start-up in English neither builds it nor has it in its code cache.
 */
import type { Catalogue } from './types';

export const es = (): Catalogue => ({
  // ── Diagnostics: one group per rule (core/check/rules), and the phrases they share ──
  'missing-section.message': 'Falta {title}: añada su encabezado.',
  'missing-section.withLimit': 'Falta {title}: añada su encabezado ({limit}).',
  'missing-section.fromPart': 'Falta {title} en {part}: añada su encabezado.',
  'missing-section.fromPartWithLimit': 'Falta {title} en {part}: añada su encabezado ({limit}).',

  'empty-section.message': '{title} aún no tiene texto.',
  'empty-section.withMedia': '{title} aún no tiene texto ni archivos multimedia.',

  'word-limit-exceeded.limit': '{title} tiene {count} palabras; el límite es {max} ({over} de más).',
  'word-limit-exceeded.guide': '{title} tiene {count} palabras; la guía es {guide} ({over} de más).',

  'word-count-below-minimum.minimum': {
    one: '{title} tiene {words}; el mínimo es {min} (falta {short}).',
    other: '{title} tiene {words}; el mínimo es {min} (faltan {short}).',
  },
  'word-count-below-minimum.guide': {
    one: '{title} tiene {words}; la guía es {guide} (falta {short}).',
    other: '{title} tiene {words}; la guía es {guide} (faltan {short}).',
  },

  'too-few-items.message': {
    one: '{title} enumera {items}; la rúbrica pide al menos {min} (falta {more}).',
    other: '{title} enumera {items}; la rúbrica pide al menos {min} (faltan {more}).',
  },

  'media-limit-exceeded.recordings': 'Las grabaciones de {title} suman {total}; el límite es {max} ({over} de más).',
  'media-limit-exceeded.photos': {
    one: '{title} tiene {count} foto; el límite es {max} ({over} de más).',
    other: '{title} tiene {count} fotos; el límite es {max} ({over} de más).',
  },

  'media-duration.noLength':
    'Escriba la duración de esta grabación después del enlace, p. ej. (3:45), para poder revisarla ' +
    '({title}: {expected}).',
  'media-duration.tooLong': 'Esta grabación dura {length}; {title} pide {expected} ({gap} de más).',
  'media-duration.tooShort': 'Esta grabación dura {length}; {title} pide {expected} (faltan {gap}).',

  'missing-caption.message':
    'Esta foto no tiene pie de foto; {title} pide un pie en cada foto (el texto alternativo no es un pie de foto).',

  'duplicate-section.message':
    '{title} ya tiene un encabezado en la línea {line}; este encabezado vuelve a corresponder a esa sección.',

  'section-out-of-order.before': '{title} debería ir antes de {next}.',
  'section-out-of-order.after': '{title} debería ir después de {previous}.',
  'section-out-of-order.message': '{title} no sigue el orden de la rúbrica.',

  'identifying-information.email':
    'La dirección de correo electrónico "{text}" revelaría su identidad a sus revisores; elimínela antes de ' +
    'entregar.',
  'identifying-information.phone':
    'El número de teléfono "{text}" revelaría su identidad a sus revisores; elimínelo antes de entregar.',
  'identifying-information.term':
    'El término "{text}" revelaría su identidad a sus revisores; elimínelo antes de entregar.',

  'missing-statement.named':
    '"{name}" tiene {words}; {title} pide explicar por qué importa cada {noun} (al menos {min} palabras).',
  'missing-statement.unnamed':
    'Este elemento ({noun}) tiene {words}; {title} pide explicar por qué importa cada {noun} ' +
    '(al menos {min} palabras).',
  'missing-statement.item': 'elemento',

  'too-few-points.none':
    '{title}: no se encontró ningún punto; la rúbrica pide {min}. Rotule sus puntos como {labels} o ' +
    'preséntelos en una lista.',
  'too-few-points.label': 'Punto {number}',
  'too-few-points.message': {
    one: '{title} presenta {count} punto; la rúbrica pide {min}.',
    other: '{title} presenta {count} puntos; la rúbrica pide {min}.',
  },

  'missing-media.photos':
    '{title} no tiene ningún enlace a un video ni fotos; añada un enlace a su video con su duración, p. ej. ' +
    '(3:45), o sus fotos.',
  'missing-media.recordings':
    '{title} no tiene ninguna grabación; añada un enlace a cada grabación con su duración después, p. ej. (3:45).',

  'missing-timestamps.message':
    'En {where} hay {timestamps} para este video; la rúbrica pide {min}, una por cada punto ' +
    '(p. ej. "Punto 1 en 0:25").',
  'missing-timestamps.count': { one: '{count} marca de tiempo', other: '{count} marcas de tiempo' },

  'timestamp-past-end.video':
    '{time} queda después del final del video de {length}; revise el tiempo o la duración del video.',
  'timestamp-past-end.longest':
    '{time} queda después del final del video más largo ({length}); revise el tiempo o la duración del video.',

  'unknown-rubric.unknown': 'Rúbrica desconocida: "{id}".',
  'unknown-rubric.none': 'El encabezado (front matter) no indica ninguna rúbrica.',
  'unknown-rubric.known': 'Rúbricas conocidas: {known}.',
  'diagnostic.didYouMean': '¿Quiso decir "{suggestion}"?',

  'invalid-front-matter.tooLong':
    'El encabezado (front matter) ocupa más de {kb} KB, demasiado para leerlo; una entrega solo necesita allí ' +
    'su línea `rubric:`.',
  'invalid-front-matter.tooDeep':
    'El encabezado (front matter) anida más de {levels} niveles, demasiados para leerlo; una entrega solo ' +
    'necesita allí su línea `rubric:`.',
  'invalid-front-matter.yaml': 'El encabezado (front matter) no es YAML válido: {detail}',
  'invalid-front-matter.yamlHere':
    'El encabezado (front matter) no es YAML válido aquí: revise la sangría, los dos puntos y las comillas.',
  'invalid-front-matter.duplicateKey': 'las claves de un mapa no pueden repetirse',

  'too-complex-markdown.message':
    'Este párrafo es demasiado complejo para leerlo como Markdown; sus palabras se cuentan como texto sin formato.',

  'invalid-suppression.message': '"{code}" no es un código de Rubric Writer, así que este comentario no silencia nada.',

  'missing-file.message': 'No se encuentra {name}: sus revisores verían un adjunto roto.',
  'missing-file.messageAt': 'No se encuentra {name} ({path}): sus revisores verían un adjunto roto.',
  'missing-file.didYouMean': '¿Quiso decir {suggestions}?',
  'missing-file.checkName': 'Revise su nombre y su carpeta.',

  'duration-mismatch.message':
    'Usted escribió {written}; {file} dura {length}. Los revisores se guían por el archivo: corrija la duración ' +
    'que escribió.',

  'identifying-metadata.field':
    'Los metadatos de {file} guardan su {field} ("{value}"), que revelaría su identidad a sus revisores; ' +
    'quítelo del archivo (o exporte una copia sin ese dato) antes de entregar.',
  'identifying-metadata.nameEmail':
    'El nombre del archivo {file} contiene la dirección de correo electrónico "{text}", que revelaría su ' +
    'identidad a sus revisores; cambie el nombre del archivo antes de entregar.',
  'identifying-metadata.nameTerm':
    'El nombre del archivo {file} contiene el término "{text}", que revelaría su identidad a sus revisores; ' +
    'cambie el nombre del archivo antes de entregar.',
  'identifying-metadata.header':
    'Un encabezado de página del documento de Word contiene "{text}", que revelaría su identidad a sus ' +
    'revisores; elimínelo antes de entregar.',
  'identifying-metadata.footer':
    'Un pie de página del documento de Word contiene "{text}", que revelaría su identidad a sus revisores; ' +
    'elimínelo antes de entregar.',
  'identifying-metadata.trackedChanges':
    'Los cambios controlados del documento de Word llevan la firma "{text}", que revelaría su identidad a sus ' +
    'revisores; acéptelos o rechácelos antes de entregar.',
  'identifying-metadata.comments':
    'Un comentario del documento de Word lleva la firma "{text}", que revelaría su identidad a sus revisores; ' +
    'elimine los comentarios antes de entregar.',
  'identifying-metadata.fileTrackedChanges':
    'Los cambios controlados de {file} llevan la firma "{text}", que revelaría su identidad a sus revisores; ' +
    'acéptelos o rechácelos antes de entregar.',
  'identifying-metadata.fileComments':
    'Un comentario de {file} lleva la firma "{text}", que revelaría su identidad a sus revisores; ' +
    'elimine los comentarios antes de entregar.',
  'identifying-metadata.hiddenText':
    'Un texto oculto del documento de Word contiene "{text}", que revelaría su identidad a sus revisores (Word no ' +
    'lo muestra, pero cualquiera puede verlo); elimínelo antes de entregar.',
  'identifying-metadata.deletedText':
    'Un texto eliminado con control de cambios en el documento de Word contiene "{text}", que revelaría su ' +
    'identidad a sus revisores (el archivo lo guarda hasta aceptar el cambio); acepte las eliminaciones antes ' +
    'de entregar.',
  'identifying-metadata.commentText':
    'Un comentario del documento de Word contiene "{text}", que revelaría su identidad a sus revisores; ' +
    'elimine los comentarios antes de entregar.',
  'identifying-metadata.wordField':
    'El campo {field} del documento de Word contiene "{text}", que revelaría su identidad a sus revisores; ' +
    'elimínelo antes de entregar.',
  'metadata-field.gpsPosition': 'posición GPS',
  'metadata-field.artist': 'autor o intérprete (Artist)',
  'metadata-field.composer': 'compositor (Composer)',
  'metadata-field.copyright': 'titular de derechos (Copyright)',
  'metadata-field.ownerName': 'propietario (OwnerName)',
  'metadata-field.cameraOwnerName': 'propietario de la cámara (CameraOwnerName)',
  'metadata-field.author': 'autor',
  'metadata-field.lastModifiedBy': 'última modificación por',
  'metadata-field.manager': 'responsable',
  'metadata-field.company': 'organización',
  'metadata-field.credit': 'crédito (Credit)',
  'metadata-field.creatorEmail': 'correo electrónico del autor',
  'metadata-field.creatorPhone': 'teléfono del autor',
  'metadata-field.creatorAddress': 'dirección del autor',
  'metadata-field.captionWriter': 'redactor del pie de foto',

  'check-failed.message':
    'La revisión falló: la comprobación {code} no pudo ejecutarse en este documento ({reason}), así que sus ' +
    'problemas no se muestran. Revise si el archivo de rúbrica tiene valores fuera de rango.',

  'requirement.wordCount': { one: '{count} palabra', other: '{count} palabras' },
  'requirement.wordsGuide': '{range} palabras como guía',
  'requirement.wordsRange': '{range} palabras, como máximo {max}',
  'requirement.wordsAtMost': 'como máximo {max} palabras',
  'requirement.wordsAtLeast': 'al menos {min} palabras',
  'requirement.minutes': { one: '{count} minuto', other: '{count} minutos' },
  'requirement.minutesRange': '{min}–{max} minutos',
  'requirement.atMost': 'como máximo {span}',
  'requirement.atLeast': 'al menos {span}',
  'requirement.totalAtMost': 'como máximo {span} en total',
  'requirement.items': 'al menos {min} {nouns}',
  'requirement.recordings': 'grabaciones: {requirement}',
  'requirement.recordingsMayReplace': 'grabaciones: {requirement} (una grabación puede reemplazar el texto)',
  'requirement.photos': 'fotos: como máximo {max}',
  'requirement.photosCaptioned': 'fotos: como máximo {max}, cada una con su pie de foto',
  'requirement.optional': 'opcional',

  'fix.insertSection': 'Insertar "{title}" en su lugar de la rúbrica',
  'fix.insertAll': 'Insertar todas las secciones que faltan ({count})',
  'fix.changeRubric': 'Cambiar a "{suggestion}"',
  'fix.labelPoints': 'Rotular los puntos como {labels}',
  'fix.labelPointsOver':
    'Rotular los puntos como {labels} (añade {added} palabras: {after} de {max}, por encima del límite)',
  'fix.timestampLines': 'Insertar una línea "{line}" por cada uno de los {count} puntos',
  'fix.linkInstead': 'Enlazar {name} en su lugar',
  'fix.acceptError': 'Aceptar esto aquí (el revisor aún puede no aprobarlo)',
  'fix.acceptWarning': 'Aceptar esta advertencia aquí',
  'fix.acceptInformation': 'Aceptar esta nota aquí',

  'rubric-file.utf16': 'Este archivo de rúbrica no es texto UTF-8 (parece UTF-16); guárdelo como UTF-8.',
  'rubric-file.notUtf8': 'Este archivo de rúbrica no es texto UTF-8; guárdelo como UTF-8.',
  'rubric-file.tooLarge': 'Este archivo de rúbrica es demasiado grande ({size} MB; el límite es 1 MB).',
  'rubric-file.tooDeep': 'Este archivo de rúbrica anida más de {levels} niveles, demasiados para leerlo.',
  'rubric-file.unreadable': 'No se puede leer este archivo de rúbrica: {detail}',
  'rubric-file.unreadableWhy': 'No se puede leer este archivo de rúbrica ({detail}).',
  'rubric-file.noSuchFile': 'el archivo no existe',
  'rubric-file.invalidYaml': 'YAML no válido aquí: revise la sangría, los dos puntos y las comillas.',
  'rubric-file.aliasCycle':
    'El alias *{name} está dentro del ancla &{name} que nombra, así que la rúbrica se contendría a sí misma.',
  'rubric-file.place.rubric': 'La rúbrica',
  'rubric-file.place.section': 'La sección {number}',
  'rubric-file.place.sectionNamed': 'La sección {number} "{name}"',
  'rubric-file.missingField': '{where}: falta "{field}".',
  'rubric-file.unknownField': '{where} tiene un campo desconocido: "{field}".',
  'rubric-file.oneOf': '{where} debe ser uno de estos valores: {values}.',
  'rubric-file.idPattern': '{where} debe ser palabras en minúsculas unidas por guiones (p. ej. mi-rubrica).',
  'rubric-file.atMost': '{where} debe ser como máximo {limit}.',
  'rubric-file.atLeast': '{where} debe ser al menos {limit}.',
  'rubric-file.mustBe': '{where} debe ser {type}.',
  'rubric-file.maxItems': '{where} admite como máximo {limit} elementos.',
  'rubric-file.notValid': '{where} no es válido.',
  'rubric-file.type.object': 'un conjunto de campos (líneas clave: valor debajo, o { ... })',
  'rubric-file.type.array': 'una lista (líneas que empiezan por "- ")',
  'rubric-file.type.string': 'texto',
  'rubric-file.type.integer': 'un número entero',
  'rubric-file.type.number': 'un número',
  'rubric-file.type.boolean': 'true o false',
  'rubric-file.impossible': '{where}: {message}',
  'rubric-file.wordsImpossible':
    'el mínimo ({min} palabras) es mayor que el máximo ({max}), así que ningún texto puede cumplirlo.',
  'rubric-file.recordingsImpossible':
    'la grabación más corta ({min} s) dura más que {key} ({max} s), así que ninguna grabación puede cumplirlo.',
  'rubric-file.idTwice': 'El id de sección "{id}" se usa dos veces en esta rúbrica.',
  'rubric-file.alsoInUnknown': 'timestamps.alsoIn nombra "{id}", que no es ninguna sección de esta rúbrica.',
  'rubric-file.builtInId': '"{id}" es el id de una rúbrica incluida; se usa la incluida. Dé otro id a esta rúbrica.',
  'rubric-file.idDefinedElsewhere': '"{id}" ya está definido en {file}; se usa ese.',

  'config.tooDeep': 'Esta configuración anida más de {levels} niveles, demasiados para leerla.',
  'config.invalidYaml': 'YAML no válido: {detail}',
  'config.invalidYamlHere': 'YAML no válido aquí: revise la sangría, los dos puntos y las comillas.',
  'config.place.root': 'La configuración',
  'config.unknownKey':
    '{where} tiene una clave desconocida: "{key}" (se admiten associations, rubricPaths, ' +
    'privacy.identifyingTerms e ignores).',
  'config.idPattern': '{where} debe ser el id de una rúbrica (palabras en minúsculas unidas por guiones).',
  'config.mustBe': '{where} debe ser {type}.',
  'config.notEmpty': '{where} no puede estar vacío.',
  'config.notValid': '{where} no es válido.',
  'config.glob.association': 'El patrón de associations "{glob}": {reason}',
  'config.glob.ignores': 'El patrón de ignores "{glob}": {reason}',
  'config.glob.empty': 'Un patrón vacío no coincide con ningún archivo: escriba uno, como "borradores/*.md".',
  'config.glob.tooLong': 'Este patrón tiene más de {limit} caracteres.',
  'config.glob.tooManyWildcards': 'Este patrón tiene más de {limit} comodines (* y ?).',
  'config.glob.extended': 'Los patrones extendidos como "{char}(…)" no se admiten: use {a,b} en su lugar.',
  'config.glob.unclosedBrace': 'Esta { nunca se cierra.',
  'config.glob.backwardsRange': 'El intervalo {from}-{to} está al revés.',
  'config.glob.tooManyAlternatives': 'Las llaves de este patrón dan más de {limit} alternativas.',
  'config.tooLarge': '{path}: demasiado grande para un archivo de configuración',
  'config.otherUsers': '{path}: no se usa: pertenece a otro usuario',

  // Each check described, for the SARIF file's rule metadata (cli/sarif.ts); English: the rules' own words.
  'rule.missing-section.description': 'Una sección obligatoria no tiene encabezado.',
  'rule.missing-section.help':
    'Se indica cuando una sección obligatoria no tiene encabezado (una Parte que falta es un solo ' +
    'diagnóstico, no uno por subsección).',
  'rule.empty-section.description': 'Una sección tiene su encabezado pero nada debajo.',
  'rule.empty-section.help':
    'Se indica cuando una sección tiene su encabezado pero ninguna palabra contada (ni multimedia donde se espera).',
  'rule.word-limit-exceeded.description': 'Una sección tiene más palabras que su límite.',
  'rule.word-limit-exceeded.help': 'Se indica cuando hay más palabras que max.',
  'rule.word-count-below-minimum.description': 'Una sección tiene menos palabras que su mínimo.',
  'rule.word-count-below-minimum.help': 'Se indica cuando hay menos palabras que min (pero no cero).',
  'rule.too-few-items.description': 'Una lista es más corta de lo que pide la rúbrica.',
  'rule.too-few-items.help': 'Se indica cuando hay menos elementos de lista de los que pide la rúbrica.',
  'rule.media-limit-exceeded.description': 'Más fotos, o más tiempo grabado, de lo que permite la rúbrica.',
  'rule.media-limit-exceeded.help':
    'Se indica cuando hay más fotos de las permitidas o el tiempo total de grabación supera el límite.',
  'rule.media-duration.description': 'Una grabación no tiene la duración que pide la rúbrica.',
  'rule.media-duration.help':
    'Se indica cuando un video o una grabación tiene una duración escrita ((3:45), 3 min 45 s) fuera de ' +
    'su intervalo; como información cuando no se escribe ninguna duración.',
  'rule.missing-caption.description': 'Una foto de un ensayo fotográfico no tiene pie de foto.',
  'rule.missing-caption.help': 'Se indica cuando una foto de un ensayo fotográfico no tiene pie de foto.',
  'rule.duplicate-section.description': 'Dos encabezados corresponden a la misma sección de la rúbrica.',
  'rule.duplicate-section.help': 'Se indica cuando dos encabezados corresponden a la misma sección.',
  'rule.section-out-of-order.description':
    'Las secciones no siguen el orden de la rúbrica (se marcan las mínimas que deben moverse).',
  'rule.section-out-of-order.help': 'Se indica cuando las secciones no siguen el orden de la rúbrica.',
  'rule.identifying-information.description': 'Texto que identificaría a quien escribe ante sus revisores.',
  'rule.identifying-information.help':
    'Se indica ante direcciones de correo electrónico, números de teléfono y los términos de ' +
    'rubricWriter.privacy.identifyingTerms.',
  'rule.missing-statement.description': 'Un elemento de la lista no explica por qué es importante.',
  'rule.missing-statement.help':
    'Se indica cuando un elemento de la lista (una parte interesada) no explica por qué es importante: ' +
    'tiene menos palabras contadas de las que la rúbrica pide para cada elemento.',
  'rule.too-few-points.description': 'Un plan nombra menos puntos de los que pide la rúbrica.',
  'rule.too-few-points.help':
    'Se indica cuando un plan nombra menos puntos de los que pide la rúbrica (Artefacto 2: tres); como ' +
    'información cuando no se encuentra ningún punto.',
  'rule.missing-media.description': 'Una sección con multimedia tiene texto pero ningún enlace multimedia ni imagen.',
  'rule.missing-media.help':
    'Se indica cuando una sección que según la rúbrica contiene multimedia (un video o fotos; ' +
    'grabaciones) tiene texto pero ningún enlace multimedia ni imagen.',
  'rule.missing-timestamps.description':
    'Un video que la rúbrica quiere con marcas de tiempo tiene menos marcas que puntos.',
  'rule.missing-timestamps.help':
    'Se indica cuando un video que la rúbrica quiere con marcas de tiempo (Artefacto 3) tiene, en el plan ' +
    'y en la presentación, menos marcas de tiempo que puntos.',
  'rule.timestamp-past-end.description': 'Una marca de tiempo es posterior a la duración escrita del video.',
  'rule.timestamp-past-end.help': 'Se indica cuando una marca de tiempo es posterior a la duración escrita del video.',
  'rule.unknown-rubric.description': 'El encabezado (front matter) no nombra ninguna rúbrica conocida.',
  'rule.unknown-rubric.help': 'Se indica cuando el encabezado (front matter) no nombra ninguna rúbrica conocida.',
  'rule.invalid-front-matter.description': 'El encabezado (front matter) no es YAML válido.',
  'rule.invalid-front-matter.help': 'Se indica cuando el encabezado (front matter) no es YAML válido.',
  'rule.too-complex-markdown.description':
    'Un párrafo demasiado complejo para leerlo como Markdown; sus palabras se cuentan como texto sin formato.',
  'rule.too-complex-markdown.help':
    'Se indica ante un párrafo anidado o entre corchetes mucho más allá de lo que se escribe a mano ' +
    '(texto pegado o generado): sus palabras se cuentan como texto sin formato.',
  'rule.invalid-suppression.description':
    'Un comentario rubric-writer-disable nombra un código que no existe, así que no silencia nada.',
  'rule.invalid-suppression.help':
    'Se indica cuando un comentario rubric-writer-disable nombra un código que no existe (una errata no ' +
    'silencia nada).',
  'rule.missing-file.description': 'Un archivo local enlazado no está.',
  'rule.missing-file.help':
    'Se indica ante un enlace o una imagen a un archivo local (relativo a la entrega) que no existe: ' +
    'quien revisa no lo verá.',
  'rule.duration-mismatch.description': 'Una duración escrita difiere de la duración del archivo enlazado.',
  'rule.duration-mismatch.help':
    'Se indica cuando la duración escrita tras un enlace multimedia difiere en más de 2 segundos de la ' +
    'que se lee en el propio archivo.',
  'rule.identifying-metadata.description':
    'Los metadatos o el nombre de un archivo enlazado, o los metadatos de un borrador, identificarían a quien escribe.',
  'rule.identifying-metadata.help':
    'Se indica ante un archivo local enlazado cuyos metadatos o nombre identificarían a quien escribe: la ' +
    'ubicación GPS de una foto o sus campos de propietario o artista, el autor de un documento, un ' +
    'término identificativo en el nombre de un archivo; en un borrador de Word, sus campos de autor, ' +
    'encabezados y pies de página.',

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
  'view.hover.otherProblems': {
    one: '*Por corregir:* {count} problema en esta sección, marcado en el texto',
    other: '*Por corregir:* {count} problemas en esta sección, marcados en el texto',
  },
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
  'view.fix.insertDone': 'se insertó "{title}"',
  'view.fix.changeRubricDone': 'se cambió la rúbrica a "{id}"',
  'view.fix.labelPointsDone': 'se numeraron los puntos de "{title}"',
  'view.fix.timestampsDone': 'se insertaron líneas con marcas de tiempo bajo el video de "{title}"',
  'view.fix.acceptDone': 'se aceptó {code}',
  'cli.fixed': 'se corrigió {file}: {changes}',
  'cli.fixWriteFailed': '{file}: no se pueden escribir las correcciones ({reason})',

  'view.import.noRequirements':
    '{source}: no se encontró ninguna Parte, evidencia ni sección; ¿son los requisitos de una credencial?',
  'view.import.signIn':
    '{source}: es una página de inicio de sesión, no los requisitos; inicie sesión y vuelva a guardar ' +
    'la página de los requisitos',
  'view.import.badId': '"{id}" no es un id de rúbrica: use minúsculas, dígitos y guiones sueltos',
  'view.import.invalidRubric': 'la rúbrica leída de {source} no es válida: {problem}',
  'view.import.notDocx': '{source} no es un documento de Word que se pueda leer (.docx)',
  'view.import.timedOut': 'no se pudo leer {source} en {seconds} s; puede que el archivo esté dañado',
  'view.import.notPdf': '{source} no es un PDF que se pueda leer ({detail})',
  'view.import.pdfPassword':
    '{source} está protegido con contraseña; ábralo, guarde o imprima una copia sin contraseña e importe esa copia',
  'view.import.pdfNoText':
    '{source} no contiene texto, solo imágenes de sus páginas (¿una copia escaneada?); importe la página web o una ' +
    'copia con su texto',
  'view.import.noText': '{source} no contiene texto que leer',
  'view.import.pdfDamaged':
    '{source}: está dañado: el texto de sus páginas no se puede leer; descárguelo de nuevo, o importe la página web ' +
    'o una copia en Word',
  'view.import.otherDocument':
    '{source}: es un documento en formato {format}, que no se lee aquí; guárdelo como Word (.docx) o PDF e importe eso',
  'view.import.unreadableWord': '{name}: no se puede leer como documento de Word ({detail})',
  'word.file.notWord': '{name}: no es un documento de Word (.docx)',
  'word.file.oldDoc':
    '{name}: es un documento de Word antiguo (.doc); ábralo en Word, guárdelo como .docx y use ese archivo',
  'word.file.encrypted':
    '{name}: está protegido con contraseña; ábralo en Word, quite la contraseña ' +
    '(Archivo > Información > Proteger documento), guárdelo y use ese archivo',
  'word.file.damaged':
    '{name}: no se puede abrir; el archivo está dañado o incompleto (descárguelo o guárdelo de nuevo)',
  'word.file.noDocument':
    '{name}: no contiene ningún documento de Word; guarde el borrador desde Word o Google Docs como .docx',
  'word.file.tooLong': '{name}: contiene {size} MB de texto, más que un borrador (el límite es {limit} MB)',
  'view.import.candidate': {
    one: '{id} ({count} sección coincide)',
    other: '{id} ({count} secciones coinciden)',
  },
  'view.import.noMatch': 'ninguna rúbrica coincide bien con los encabezados de {name}; las más cercanas: {closest}',
  'view.settings.refusedGlob': 'rubricWriter.associations: el patrón "{glob}" (en el carácter {position}): {reason}',

  'view.image.outside': 'está fuera de la carpeta de la entrega',
  'view.image.networkShare': 'está en una carpeta compartida de red',
  'view.image.unreadable': 'no se puede leer ({code})',
  'view.image.notRegularFile': 'no es un archivo normal',
  'view.image.tooLarge': 'ocupa más de {size} MB',

  // The `rw-` snippets offered in completion (core/render/snippets.ts); the snippet file keeps English.
  'view.snippet.whole': '{title}: entrega completa',
  'view.snippet.wholeDescription': 'Rubric Writer: una entrega completa de {title}, con todas las secciones en orden',
  'view.snippet.section': 'Rubric Writer ({rubric}): {title}',
  'view.snippet.sectionWithChildren': 'Rubric Writer ({rubric}): {title} con sus secciones',

  // What the server answers when a request cannot be answered (lsp/context.ts, lsp/exportDocument.ts).
  'view.request.failed': 'Rubric Writer: no se pudo completar «{request}»: {reason}',
  'view.request.notInitialized': 'El servidor aún no se ha iniciado.',
  'view.request.shutDown': 'El servidor se ha detenido.',
  'view.export.isSubmission': 'el archivo que se escribiría es la propia entrega',
  'view.import.note.imageType': 'puede que una imagen de tipo {type} no se vea: guárdela como PNG o JPEG en Word',
  'view.import.note.embeddedDocument':
    'se omitió un documento incrustado en el borrador (insertado como archivo o pegado entero): sus palabras no ' +
    'están en la importación; en Word, copie su texto en el propio borrador',
  'view.import.note.embeddedObject':
    'un objeto incrustado (una hoja de cálculo, un gráfico) se importó como imagen; su texto no se cuenta, ' +
    'como en Word',
  'view.import.note.elementIgnored': 'se omitió una parte del documento que Rubric Writer no puede leer ({element})',
  'view.import.note.breakIgnored': 'se omitió un salto de un tipo que Rubric Writer no puede leer ({type})',
  'view.import.note.hiddenText': 'se omitió el texto oculto ({count} palabras): Word no lo muestra ni lo cuenta',
  'view.import.note.imageMissing': 'se omitió una imagen cuyo archivo falta en el documento',
  'view.import.note.other': 'no se pudo convertir una parte del documento ({detail})',

  // What the rubric importer was unsure of (core/intake/requirements): `# check:` notes in the rubric file.
  'import.fileHeader':
    ' Importada de {source}. Cada regla indica la línea de los requisitos de la que procede;\n' +
    ' confirme lo marcado con "check:" y guarde: Rubric Writer carga este archivo al momento.',
  'import.sourceLine': ' línea {line}: {quote}',
  'import.check': ' check: {why} (línea {line})',
  'import.check.strayRow': 'una fila de la rúbrica ("{label}") no nombra ninguna sección; se omiten sus criterios',
  'import.check.titleFromListItem': 'título tomado de un elemento de lista: póngale el nombre de su encabezado',
  'import.check.noTitle': 'no hay ningún título antes de los requisitos: dé un nombre a la rúbrica',
  'import.check.noIssuer': 'no se nombra al emisor: escriba quién publica la credencial',
  'import.check.limitPerAnswer': 'un límite para cada respuesta, no para toda la sección; no se comprueba',
  'import.check.limitForSeveralParts':
    'un límite de palabras ({limit}) para varias partes juntas: ninguna sección lo contiene, así que no se comprueba',
  'import.check.secondLimit': 'un segundo límite de palabras ({limit}) difiere del primero',
  'import.check.unplacedWords': 'un número de palabras que no se pudo interpretar como límite',
  'import.check.characterLimit': 'un límite de caracteres ("{limit}") no es un límite de palabras; no se comprueba',
  'import.check.pageLimit': 'un límite de páginas ("{limit}") no es un límite de palabras; no se comprueba',
  'import.check.unplacedLength': 'una duración ("{length}") que no se pudo interpretar como límite',
  'import.check.secondLength': 'una segunda duración ("{length}"): la sección admite una sola; no se comprueba',
  'import.check.recordingCount': '«{count}»: la rúbrica no puede contar grabaciones, así que no se comprueba cuántas',
  'import.check.unplacedCount': 'una cantidad que no se pudo interpretar como número de elementos de una lista',
  'import.check.itemsAtMost':
    'el texto pide de {min} a {max} ({noun}); se comprueba que haya al menos {min}, no que haya {max} como máximo',
  'import.check.photosAtLeast': 'el texto pide al menos {least} fotos; solo se comprueba que la sección contenga fotos',
  'import.check.photosAtLeastAtMost':
    'el texto pide al menos {least} fotos; solo se comprueba que la sección contenga fotos, {max} como máximo',
  'import.check.oneOfOptions': 'se pide una de las opciones, no cada una: ninguna es obligatoria por sí sola',
  'import.check.limitForWholeSubmission':
    'un límite de palabras ({limit}) para toda la entrega: ninguna sección lo tiene, así que no se comprueba',
  'import.check.timestampsHowMany': 'se piden marcas de tiempo, pero no cuántas',
  // A rubric's own words, in the requirements' language, when they name no title or issuer.
  'import.defaultTitle': 'Rúbrica importada',
  'import.unknownIssuer': 'Emisor desconocido',

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

  // --help: commander's descriptions of the program, its commands, arguments and options.
  'cli.help.program':
    'Comprueba entregas de microcredenciales escritas en Markdown frente a su rúbrica, y las exporta.',
  'cli.help.version': 'muestra el número de versión',
  'cli.help.locale': 'el idioma de los mensajes (en, es); por defecto, LC_ALL, LC_MESSAGES o LANG',
  'cli.help.help': 'muestra la ayuda de la orden',
  'cli.help.title.usage': 'Uso:',
  'cli.help.title.arguments': 'Argumentos:',
  'cli.help.title.options': 'Opciones:',
  'cli.help.title.globalOptions': 'Opciones globales:',
  'cli.help.title.commands': 'Órdenes:',
  'cli.help.optionsPlaceholder': '[opciones]',
  'cli.help.commandPlaceholder': '[orden]',
  'cli.help.choices': 'valores: {values}',
  'cli.help.default': 'por defecto: {value}',
  'cli.help.exitCodes': `
Códigos de salida de «check»:
  0  ningún archivo tiene errores (las advertencias y las notas no hacen fallar; con --exit-zero, nada)
  1  un archivo tiene un error
  2  un error de uso o de lectura (una línea en stderr por cada uno; los demás archivos se comprueban igualmente)`,
  'cli.help.rubricsOption':
    'carga también las rúbricas (*.yaml) de esta carpeta y de sus subcarpetas (puede repetirse)',
  'cli.help.config': 'usa este archivo de configuración en lugar del .rubric-writer.yaml más cercano',
  'cli.help.noConfig': 'no busca un .rubric-writer.yaml (ni lo usa)',
  'cli.help.identifyingTerms': 'nombres, lugares o centros, separados por comas, que lo identificarían',
  'cli.help.force': 'reemplaza el archivo de salida si ya existe',
  'cli.help.check':
    'comprueba entregas (archivos Markdown, borradores de Word o patrones) e indica lo que la rúbrica no aceptaría',
  'cli.help.check.files':
    'archivos Markdown, borradores de Word (.docx), carpetas (sus **/*.md) o patrones; !patrón excluye; ' +
    '- lee la entrada estándar',
  'cli.help.check.format': 'formato de salida',
  'cli.help.check.rubric': 'comprueba con esta rúbrica, diga lo que diga el encabezado YAML',
  'cli.help.check.sections': 'formato de texto: muestra las secciones de cada archivo con palabras, límites y estado',
  'cli.help.check.exitZero': 'sale con 0 aunque un archivo tenga errores (solo informa)',
  'cli.help.check.noFiles':
    'no lee los archivos enlazados (duraciones, archivos que faltan, metadatos): comprueba solo el Markdown',
  'cli.help.check.stdinName': 'el nombre de archivo con que se informa de la entrada estándar («check -»)',
  'cli.help.check.fix':
    'inserta las secciones que faltan (con su orientación) y corrige un id de rúbrica mal escrito; ' +
    'con - muestra el texto corregido',
  'cli.help.new': 'escribe una plantilla de entrega para una rúbrica (en stdout, o en un archivo nuevo con -o)',
  'cli.help.new.rubric': 'id de la rúbrica (véase: «rubric-writer rubrics»)',
  'cli.help.new.output': 'escribe la plantilla en este archivo; nunca se sobrescribe un archivo existente',
  'cli.help.rubrics':
    'enumera las rúbricas incluidas, las de las carpetas de --rubrics y las de rubricPaths en la configuración',
  'cli.help.rubrics.json': 'en JSON',
  'cli.help.server': 'inicia el servidor de lenguaje (--stdio, --node-ipc o --socket=PUERTO)',
  'cli.help.server.stdio': 'se comunica por stdin y stdout',
  'cli.help.export':
    'escribe una entrega como documento de Word, como texto sin formato por sección, ' +
    'o como informe de preparación (HTML)',
  'cli.help.export.file': 'la entrega (Markdown); - lee la entrada estándar',
  'cli.help.export.format': 'qué se escribe',
  'cli.help.export.output':
    'dónde se escribe (por defecto: junto a la entrega, borrador.md → borrador.docx); - para stdout',
  'cli.help.export.noFiles': 'no lee los archivos enlazados (duraciones, archivos que faltan, metadatos)',
  'cli.help.importRubric':
    'escribe un archivo de rúbrica a partir de los requisitos de una credencial (texto, Markdown, HTML, Word o PDF)',
  'cli.help.importRubric.requirements': 'los requisitos tal como los publica el emisor; - lee la entrada estándar',
  'cli.help.importRubric.output': 'dónde se escribe la rúbrica (por defecto: <id>.rubric.yaml aquí); - para stdout',
  'cli.help.importRubric.id': 'el id de la rúbrica (por defecto: a partir de su título)',
  'cli.help.importRubric.format': 'yaml escribe el archivo; json muestra el borrador',
  'cli.help.importRubric.exitCodes':
    '\nCódigos de salida: 0 se leyó (y escribió) una rúbrica; 2 la entrada no puede leerse ' +
    'o no contiene ninguna sección reconocible.',
  'cli.help.import': 'convierte un documento de Word (.docx, también de Google Docs) en una entrega en Markdown',
  'cli.help.import.draft': 'el documento de Word (.docx)',
  'cli.help.import.output':
    'dónde se escribe (por defecto: junto al borrador, borrador.docx → borrador.md); ' +
    '- para stdout (imágenes: carpeta actual)',
  'cli.help.import.rubric': 'la rúbrica para la que está escrito (por defecto: aquella cuyos títulos mejor coinciden)',
  'cli.help.import.force': 'reemplaza el archivo Markdown y las imágenes si ya existen',

  // Commander's own errors (cli/commanderErrors.ts) and the names of arguments and option values in --help.
  'cli.commander.unknownCommand': "orden desconocida '{name}'",
  'cli.commander.unknownCommand.suggest': "orden desconocida '{name}' (¿quiso decir {suggestions}?)",
  'cli.commander.unknownOption': "opción desconocida '{name}'",
  'cli.commander.unknownOption.suggest': "opción desconocida '{name}' (¿quiso decir {suggestions}?)",
  'cli.commander.missingArgument': "falta el argumento obligatorio '{name}'",
  'cli.commander.optionMissingValue': "falta el valor de la opción '{option}'",
  'cli.commander.invalidChoice': "'{value}' no es un valor válido de '{option}'; valores posibles: {choices}.",
  'cli.commander.excessArguments': {
    one: "demasiados argumentos para '{command}': admite {count} y recibió {got}.",
    other: "demasiados argumentos para '{command}': admite {count} y recibió {got}.",
  },
  'cli.help.placeholder.file': 'archivo',
  'cli.help.placeholder.files': 'archivos',
  'cli.help.placeholder.format': 'formato',
  'cli.help.placeholder.folder': 'carpeta',
  'cli.help.placeholder.terms': 'términos',
  'cli.help.placeholder.name': 'nombre',
  'cli.help.placeholder.rubric': 'rúbrica',
  'cli.help.placeholder.requirements': 'requisitos',
  'cli.help.placeholder.draft': 'borrador',
  'cli.help.placeholder.language': 'idioma',

  // What the CLI cannot read: inputs, --config, the --rubrics folders, Word drafts and requirement files.
  'cli.input.emptyFolder': '{argument}: no hay archivos Markdown (*.md) en esta carpeta',
  'cli.input.noMatch': '{argument}: ningún archivo coincide con este patrón',
  'cli.config.notFile': 'no es un archivo',
  'cli.config.tooLarge': 'demasiado grande para un archivo de configuración',
  'cli.config.cannotRead': '--config {file}: no se puede leer ({reason})',
  'cli.config.ignores': '{file}: no se comprueba: {config} lo excluye ("{pattern}")',
  'cli.config.notFolder': '{config}: error: rubricPaths: {folder} no es una carpeta',
  'cli.rubricsFolder.cannotRead': '--rubrics {folder}: no se puede leer esta carpeta ({reason})',
  'cli.rubricsFolder.noSuchFolder': 'la carpeta no existe',
  'cli.rubricsFolder.notFolder': '--rubrics {folder}: no es una carpeta',
  'cli.word.tooLarge': '{file}: demasiado grande para leerlo ({size} MB; el límite es 50 MB)',
  'cli.word.cannotRead': '{file}: no se puede leer como documento de Word ({reason})',
  'cli.word.noRubric':
    '{file}: ninguna rúbrica coincide bien con sus títulos; las más cercanas: {closest}. Indique una con --rubric ID',
  'cli.word.closestFirst': {
    one: '{id} ({matched} de {sections} secciones coincide)',
    other: '{id} ({matched} de {sections} secciones coinciden)',
  },
  'cli.word.closest': '{id} ({matched})',
  'cli.requirements.binary': '{file}: parece un archivo binario, no un texto de requisitos',
  'cli.requirements.tooLarge': '{file}: demasiado grande para leerlo (el límite es 10 MB)',
  'cli.requirements.notDocx': '{file}: no es un documento de Word que pueda leerse (.docx)',
  'cli.requirements.otherDocument':
    '{file}: es un documento en formato {format}, que no se lee aquí; guárdelo como Word (.docx) o PDF e importe eso',
  'cli.requirements.notPdf': '{file}: no es un PDF que pueda leerse ({reason})',
  'cli.requirements.pdfPassword':
    '{file}: está protegido con contraseña; ábralo, guarde o imprima una copia sin contraseña e importe esa copia',
  'cli.requirements.pdfNoText':
    '{file}: no contiene texto, solo imágenes de sus páginas (¿una copia escaneada?); importe la página web o una ' +
    'copia con su texto',
  'cli.requirements.noText': '{file}: no contiene texto que leer',
  'cli.requirements.pdfDamaged':
    '{file}: está dañado: el texto de sus páginas no se puede leer; descárguelo de nuevo, o importe la página web ' +
    'o una copia en Word',
  'cli.requirements.signIn': '{file}: es una página de inicio de sesión, no los requisitos',
  'cli.requirements.tooDeep': '{file}: anida sus elementos a demasiada profundidad para leerse como página web',

  'cli.importRubric.badId': '--id {id}: use minúsculas, dígitos y guiones sueltos (p. ej. tickets-de-salida)',
  'cli.importRubric.builtIn': '"{id}" es una rúbrica incluida; elija otro id con --id',
  'cli.importRubric.invalid': 'la rúbrica leída no es válida: {problem}',
  'cli.rubricsFolder.searchStopped': '--rubrics: advertencia: la búsqueda de archivos de rúbrica {stopped}',
  'rubric-search.stoppedFolders': 'se detuvo tras {count} carpetas',
  'rubric-search.stoppedFiles': 'se detuvo tras {count} archivos de rúbrica',
  'cli.linkedFile.unreadable': 'no se pudo leer {file} ({code}); se mantienen los datos escritos.',
  'cli.linkedFile.unreadableLength': 'no se pudo leer {file} ({reason}); se mantiene la duración escrita.',
  'cli.linkedFile.timedOut':
    'no se pudo leer {file} en {seconds} s; puede que el archivo esté dañado. Se mantienen los datos escritos.',
  'cli.linkedFile.readerStopped': 'la lectura se detuvo: {reason}',
  'reader.timedOut': 'no se leyó en {seconds} s; puede que el archivo esté dañado',
  // ── end of the CLI ──
});
