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

  'empty-section.message': '{title} has no text yet.',
  'empty-section.withMedia': '{title} has no text or media yet.',

  'word-limit-exceeded.limit': '{title} has {count} words; the limit is {max} ({over} over).',
  'word-limit-exceeded.guide': '{title} has {count} words; the guide is {guide} ({over} over).',

  'word-count-below-minimum.minimum': '{title} has {words}; the minimum is {min} ({short} short).',
  'word-count-below-minimum.guide': '{title} has {words}; the guide is {guide} ({short} short).',

  'too-few-items.message': '{title} lists {items}; the rubric asks for at least {min} ({more} more).',

  'media-limit-exceeded.recordings': 'The recordings in {title} total {total}; the limit is {max} ({over} over).',
  'media-limit-exceeded.photos': {
    one: '{title} has {count} photo; the limit is {max} ({over} over).',
    other: '{title} has {count} photos; the limit is {max} ({over} over).',
  },

  'media-duration.noLength':
    "Write this recording's length after the link, e.g. (3:45), so it can be checked ({title}: {expected}).",
  'media-duration.tooLong': 'This recording is {length} long; {title} asks for {expected} ({gap} over).',
  'media-duration.tooShort': 'This recording is {length} long; {title} asks for {expected} ({gap} short).',

  'missing-caption.message':
    'This photo has no caption; {title} asks for a caption on each photo (alt text is not a caption).',

  'duplicate-section.message': '{title} already has a heading on line {line}; this heading matches it again.',

  'section-out-of-order.before': '{title} should come before {next}.',
  'section-out-of-order.after': '{title} should come after {previous}.',
  'section-out-of-order.message': '{title} is out of rubric order.',

  'identifying-information.email':
    'An e-mail address "{text}" would identify you to your reviewers; remove it before you submit.',
  'identifying-information.phone':
    'A phone number "{text}" would identify you to your reviewers; remove it before you submit.',
  'identifying-information.term':
    'The term "{text}" would identify you to your reviewers; remove it before you submit.',

  'missing-statement.named':
    '"{name}" has {words}; {title} asks for a statement of why each {noun} matters (at least {min} words).',
  'missing-statement.unnamed':
    'This {noun} has {words}; {title} asks for a statement of why each {noun} matters (at least {min} words).',
  'missing-statement.item': 'item',

  'too-few-points.none':
    '{title}: no points found; the rubric asks for {min}. Label your points {labels} or list them.',
  'too-few-points.label': 'Point {number}',
  'too-few-points.message': {
    one: '{title} names {count} point; the rubric asks for {min}.',
    other: '{title} names {count} points; the rubric asks for {min}.',
  },

  'missing-media.photos':
    '{title} has no video link or photo; add a link to your video with its length, e.g. (3:45), or your photos.',
  'missing-media.recordings':
    '{title} has no recording; add a link to each recording with its length after it, e.g. (3:45).',

  'missing-timestamps.message':
    '{where} give {timestamps} for this video; the rubric asks for {min}, one for each point (e.g. "Point 1 at 0:25").',
  'missing-timestamps.count': { one: '{count} timestamp', other: '{count} timestamps' },

  'timestamp-past-end.video': "{time} is past the end of the {length} video; check the time or the video's length.",
  'timestamp-past-end.longest':
    "{time} is past the end of the longest video ({length}); check the time or the video's length.",

  'unknown-rubric.unknown': 'Unknown rubric "{id}".',
  'unknown-rubric.none': 'The front matter names no rubric.',
  'unknown-rubric.known': 'Known rubrics: {known}.',
  // The second sentence of unknown-rubric and invalid-suppression.
  'diagnostic.didYouMean': 'Did you mean "{suggestion}"?',

  'invalid-front-matter.tooLong':
    'The front matter is longer than {kb} KB, too long to read; a submission needs only its `rubric:` line there.',
  'invalid-front-matter.tooDeep':
    'The front matter nests more than {levels} levels deep, too deep to read; a submission needs only its ' +
    '`rubric:` line there.',
  'invalid-front-matter.yaml': 'The front matter is not valid YAML: {detail}',
  // For a language other than English, where the YAML parser's own (English) words would not do.
  'invalid-front-matter.yamlHere':
    'The front matter is not valid YAML here: check the indentation, the colons and the quotes.',
  'invalid-front-matter.duplicateKey': 'Map keys must be unique',

  'too-complex-markdown.message':
    'This paragraph is too complex to read as Markdown; its words are counted as plain text.',

  'invalid-suppression.message': '"{code}" is not a Rubric Writer code, so this comment silences nothing.',

  'missing-file.message': '{name} is not there: your reviewers would see a broken attachment.',
  'missing-file.messageAt': '{name} is not there ({path}): your reviewers would see a broken attachment.',
  'missing-file.didYouMean': 'Did you mean {suggestions}?',
  'missing-file.checkName': 'Check its name and folder.',

  'duration-mismatch.message':
    'You wrote {written}; {file} is {length}. Reviewers go by the file: correct the length you wrote.',

  'identifying-metadata.field':
    '{file} carries its {field} in its metadata ("{value}"), which would identify you to your reviewers; ' +
    'remove it from the file (or export a copy without it) before you submit.',
  'identifying-metadata.nameEmail':
    'The file name {file} holds the e-mail address "{text}", which would identify you to your reviewers; ' +
    'rename the file before you submit.',
  'identifying-metadata.nameTerm':
    'The file name {file} holds the term "{text}", which would identify you to your reviewers; ' +
    'rename the file before you submit.',
  'identifying-metadata.header':
    'A header of the Word document holds "{text}", which would identify you to your reviewers; ' +
    'remove it before you submit.',
  'identifying-metadata.footer':
    'A footer of the Word document holds "{text}", which would identify you to your reviewers; ' +
    'remove it before you submit.',
  'identifying-metadata.wordField':
    'The Word document\'s {field} field holds "{text}", which would identify you to your reviewers; ' +
    'remove it before you submit.',
  // The metadata fields a writer is shown (core/intake/evidence, core/intake/word).
  'metadata-field.gpsPosition': 'GPS position',
  'metadata-field.artist': 'Artist',
  'metadata-field.copyright': 'Copyright',
  'metadata-field.ownerName': 'OwnerName',
  'metadata-field.cameraOwnerName': 'CameraOwnerName',
  'metadata-field.author': 'Author',
  'metadata-field.lastModifiedBy': 'Last modified by',
  'metadata-field.manager': 'Manager',
  'metadata-field.company': 'Company',

  'check-failed.message':
    'Checking failed: the {code} check could not run on this document ({reason}), so its problems are not ' +
    'shown. Check the rubric file for values out of range.',

  // Requirements in words (core/rubric's describe* helpers): diagnostics, hovers, lenses and reports share them.
  'requirement.wordCount': { one: '{count} word', other: '{count} words' },
  'requirement.wordsGuide': '{range} words as a guide',
  'requirement.wordsRange': '{range} words, at most {max}',
  'requirement.wordsAtMost': 'at most {max} words',
  'requirement.wordsAtLeast': 'at least {min} words',
  'requirement.minutes': { one: '{count} minute', other: '{count} minutes' },
  'requirement.minutesRange': '{min}–{max} minutes',
  'requirement.atMost': 'at most {span}',
  'requirement.atLeast': 'at least {span}',
  'requirement.totalAtMost': 'at most {span} in total',
  'requirement.items': 'at least {min} {nouns}',
  'requirement.recordings': 'recordings: {requirement}',
  'requirement.recordingsMayReplace': 'recordings: {requirement} (a recording may replace the text)',
  'requirement.photos': 'photos: at most {max}',
  'requirement.photosCaptioned': 'photos: at most {max}, each captioned',
  'requirement.optional': 'optional',

  // Quick fixes, shown beside the diagnostics (core/render/fixes.ts, lsp/codeActions.ts).
  'fix.insertSection': 'Insert "{title}" at its rubric place',
  'fix.insertAll': 'Insert all missing sections ({count})',
  'fix.changeRubric': 'Change to "{suggestion}"',
  'fix.labelPoints': 'Label points as {labels}',
  'fix.labelPointsOver': 'Label points as {labels} (adds {added} words: {after} of {max}, over the limit)',
  'fix.timestampLines': 'Insert a "{line}" line for each of the {count} points',
  'fix.linkInstead': 'Link {name} instead',
  'fix.acceptError': 'Accept this here (the reviewer may still fail it)',
  'fix.acceptWarning': 'Accept this warning here',
  'fix.acceptInformation': 'Accept this note here',

  // A rubric file's own problems (core/rubric/load.ts), published on the `*.rubric.yaml` file.
  'rubric-file.utf16': 'This rubric file is not UTF-8 text (it looks like UTF-16); save it as UTF-8.',
  'rubric-file.notUtf8': 'This rubric file is not UTF-8 text; save it as UTF-8.',
  'rubric-file.tooLarge': 'This rubric file is too large ({size} MB; the limit is 1 MB).',
  'rubric-file.tooDeep': 'This rubric file nests more than {levels} levels deep, too deep to read.',
  'rubric-file.unreadable': 'Cannot read this rubric file: {detail}',
  'rubric-file.unreadableWhy': 'Cannot read this rubric file ({detail}).',
  'rubric-file.noSuchFile': 'no such file',
  'rubric-file.invalidYaml': 'Invalid YAML here: check the indentation, the colons and the quotes.',
  'rubric-file.aliasCycle':
    'The alias *{name} is inside the anchor &{name} it names, so the rubric would contain itself.',
  'rubric-file.place.rubric': 'The rubric',
  'rubric-file.place.section': 'Section {number}',
  'rubric-file.place.sectionNamed': 'Section {number} "{name}"',
  'rubric-file.missingField': '{where} is missing "{field}".',
  'rubric-file.unknownField': '{where} has an unknown field "{field}".',
  'rubric-file.oneOf': '{where} must be one of: {values}.',
  'rubric-file.idPattern': '{where} must be lower-case words joined by hyphens (e.g. my-rubric).',
  'rubric-file.atMost': '{where} must be at most {limit}.',
  'rubric-file.atLeast': '{where} must be at least {limit}.',
  'rubric-file.mustBe': '{where} must be {type}.',
  'rubric-file.maxItems': '{where} may hold at most {limit} entries.',
  'rubric-file.notValid': '{where} is not valid.',
  'rubric-file.type.object': 'a set of fields (key: value lines below it, or { ... })',
  'rubric-file.type.array': 'a list (lines starting with "- ")',
  'rubric-file.type.string': 'text',
  'rubric-file.type.integer': 'a whole number',
  'rubric-file.type.number': 'a number',
  'rubric-file.type.boolean': 'true or false',
  'rubric-file.impossible': '{where}: {message}',
  'rubric-file.wordsImpossible': 'the minimum ({min} words) is above the maximum ({max}), so no text can meet it.',
  'rubric-file.recordingsImpossible':
    'the shortest recording ({min} s) is longer than {key} ({max} s), so no recording can meet it.',
  'rubric-file.idTwice': 'Section id "{id}" is used twice in this rubric.',
  'rubric-file.alsoInUnknown': 'timestamps.alsoIn names "{id}", which is no section of this rubric.',

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
