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
  'identifying-metadata.trackedChanges':
    'Tracked changes in the Word document are signed "{text}", which would identify you to your reviewers; ' +
    'accept or reject them before you submit.',
  'identifying-metadata.comments':
    'A comment in the Word document is signed "{text}", which would identify you to your reviewers; ' +
    'delete the comments before you submit.',
  'identifying-metadata.fileTrackedChanges':
    'Tracked changes in {file} are signed "{text}", which would identify you to your reviewers; ' +
    'accept or reject them before you submit.',
  'identifying-metadata.fileComments':
    'A comment in {file} is signed "{text}", which would identify you to your reviewers; ' +
    'delete the comments before you submit.',
  'identifying-metadata.hiddenText':
    'Hidden text in the Word document holds "{text}", which would identify you to your reviewers (Word does not ' +
    'show it, but anyone can); delete it before you submit.',
  'identifying-metadata.deletedText':
    'Text deleted with tracked changes in the Word document holds "{text}", which would identify you to your ' +
    'reviewers (the file keeps it until the change is accepted); accept the deletions before you submit.',
  'identifying-metadata.commentText':
    'A comment in the Word document holds "{text}", which would identify you to your reviewers; ' +
    'delete the comments before you submit.',
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
  'metadata-field.credit': 'Credit',
  'metadata-field.composer': 'Composer',
  'metadata-field.creatorEmail': "creator's e-mail",
  'metadata-field.creatorPhone': "creator's phone",
  'metadata-field.creatorAddress': "creator's address",
  'metadata-field.captionWriter': 'caption writer',

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
  'rubric-file.builtInId': '"{id}" is a built-in rubric id; the built-in rubric is used. Give this rubric another id.',
  'rubric-file.idDefinedElsewhere': '"{id}" is already defined in {file}; that one is used.',

  'config.tooDeep': 'This configuration nests more than {levels} levels deep, too deep to read.',
  'config.invalidYaml': 'Invalid YAML: {detail}',
  'config.invalidYamlHere': 'Invalid YAML here: check the indentation, the colons and the quotes.',
  'config.place.root': 'The configuration',
  'config.unknownKey':
    '{where} has an unknown key "{key}" (known: associations, rubricPaths, privacy.identifyingTerms, ignores).',
  'config.idPattern': '{where} must be a rubric id (lower-case words joined by hyphens).',
  'config.mustBe': '{where} must be {type}.',
  'config.notEmpty': '{where} must not be empty.',
  'config.notValid': '{where} is not valid.',
  'config.glob.association': 'The association glob "{glob}": {reason}',
  'config.glob.ignores': 'The ignores glob "{glob}": {reason}',
  'config.glob.empty': 'An empty glob matches no file: write one, such as "drafts/*.md".',
  'config.glob.tooLong': 'This glob is longer than {limit} characters.',
  'config.glob.tooManyWildcards': 'This glob has more than {limit} wildcards (* and ?).',
  'config.glob.extended': 'Extended globs such as "{char}(…)" are not supported: use {a,b} instead.',
  'config.glob.unclosedBrace': 'This { is never closed.',
  'config.glob.backwardsRange': 'The range {from}-{to} is backwards.',
  'config.glob.tooManyAlternatives': "This glob's braces make more than {limit} alternatives.",
  'config.tooLarge': '{path}: too large for a configuration file',
  'config.otherUsers': '{path}: not used: it belongs to another user',

  // Each check described, for the SARIF file's rule metadata (cli/sarif.ts); English: the rules' own words.
  'rule.missing-section.description': 'A required section has no heading.',
  'rule.missing-section.help':
    'Reported when a required section has no heading (a missing Part is one diagnostic, not one per subsection).',
  'rule.empty-section.description': 'A section has its heading but nothing under it.',
  'rule.empty-section.help':
    'Reported when a section has its heading but no counted words (and no media where media is expected).',
  'rule.word-limit-exceeded.description': 'A section has more words than its limit.',
  'rule.word-limit-exceeded.help': 'Reported when more words than max.',
  'rule.word-count-below-minimum.description': 'A section has fewer words than its minimum.',
  'rule.word-count-below-minimum.help': 'Reported when fewer words than min (but not zero).',
  'rule.too-few-items.description': 'A list is shorter than the rubric asks.',
  'rule.too-few-items.help': 'Reported when fewer list items than the rubric asks.',
  'rule.media-limit-exceeded.description': 'More photos, or more recorded time, than the rubric allows.',
  'rule.media-limit-exceeded.help': 'Reported when more photos than allowed, total recording time over the limit.',
  'rule.media-duration.description': 'A recording is outside the length the rubric asks for.',
  'rule.media-duration.help':
    'Reported when a video or recording whose written duration ((3:45), 3 min 45 s) is outside its range; ' +
    'information when no duration is written.',
  'rule.missing-caption.description': 'A photo in a photo essay has no caption.',
  'rule.missing-caption.help': 'Reported when a photo in a photo essay with no caption.',
  'rule.duplicate-section.description': 'Two headings match the same rubric section.',
  'rule.duplicate-section.help': 'Reported when two headings match the same section.',
  'rule.section-out-of-order.description':
    'Sections are not in the rubric order (the fewest that must move are marked).',
  'rule.section-out-of-order.help': 'Reported when sections out of rubric order.',
  'rule.identifying-information.description': 'Text that would identify the writer to reviewers.',
  'rule.identifying-information.help':
    'Reported when e-mail addresses, phone numbers, and the terms in rubricWriter.privacy.identifyingTerms.',
  'rule.missing-statement.description': 'A listed item has no statement of why it matters.',
  'rule.missing-statement.help':
    'Reported when a listed item (a stakeholder) has no statement of why it matters: fewer counted words ' +
    'than the rubric asks of each item.',
  'rule.too-few-points.description': 'A plan names fewer points than the rubric asks.',
  'rule.too-few-points.help':
    'Reported when a plan names fewer points than the rubric asks (Artifact 2: three); information when ' +
    'no point can be found at all.',
  'rule.missing-media.description': 'A section that holds media has words but no media link or image.',
  'rule.missing-media.help':
    'Reported when a section that the rubric says holds media (a video or photos; recordings) has words ' +
    'but no media link or image.',
  'rule.missing-timestamps.description': 'A video the rubric wants timed has fewer timestamps than there are points.',
  'rule.missing-timestamps.help':
    'Reported when a video the rubric wants timed (Artifact 3) has fewer timestamps in the plan and the ' +
    'presentation than there are points.',
  'rule.timestamp-past-end.description': "A timestamp is later than the video's written duration.",
  'rule.timestamp-past-end.help': "Reported when a timestamp later than the video's written duration.",
  'rule.unknown-rubric.description': 'The front matter names no known rubric.',
  'rule.unknown-rubric.help': 'Reported when the front matter names no known rubric.',
  'rule.invalid-front-matter.description': 'The front matter is not valid YAML.',
  'rule.invalid-front-matter.help': 'Reported when the front matter is not valid YAML.',
  'rule.too-complex-markdown.description':
    'A paragraph too complex to read as Markdown; its words are counted as plain text.',
  'rule.too-complex-markdown.help':
    'Reported when a paragraph nested or bracketed far beyond what a writer types (pasted or generated ' +
    'text): its words are counted as plain text.',
  'rule.invalid-suppression.description':
    'A rubric-writer-disable comment names a code that does not exist, so it silences nothing.',
  'rule.invalid-suppression.help':
    'Reported when a rubric-writer-disable comment names a code that does not exist (a typo silences nothing).',
  'rule.missing-file.description': 'A linked local file is not there.',
  'rule.missing-file.help':
    'Reported when a link or image to a local file (relative to the submission) whose file does not ' +
    'exist: the reviewer will not see it.',
  'rule.duration-mismatch.description': 'A written duration differs from the length of the linked file.',
  'rule.duration-mismatch.help':
    'Reported when the duration written after a media link differs by more than 2 seconds from the length ' +
    'read from the file itself.',
  'rule.identifying-metadata.description':
    "A linked file's metadata or name, or a draft's metadata, that would identify the writer.",
  'rule.identifying-metadata.help':
    "Reported when a linked local file whose metadata or name would identify the writer: a photo's GPS " +
    "location or owner/artist fields, a document's author, an identifying term in a file name; in a Word " +
    'draft, its author fields, headers and footers.',

  // ── end of diagnostics ──

  // ── Views: hover, code lenses, checklist, symbols, completion (lsp/) ──
  'view.words': { one: '{count} word', other: '{count} words' },
  'view.status.ok': 'words ok',
  'view.status.missing': 'missing',
  'view.status.empty': 'empty',
  'view.status.under': 'words under the minimum',
  'view.status.over': 'words over the limit',
  'view.status.underAccepted': 'words under the minimum: accepted by you',
  'view.status.overAccepted': 'words over the limit: accepted by you',
  'view.verdict.optional': 'optional, not written',
  'view.verdict.notReady': 'not ready',
  'view.verdict.ready': 'ready',
  'view.verdict.readyAccepted': {
    one: 'ready, {count} problem accepted by you',
    other: 'ready, {count} problems accepted by you',
  },
  'view.summary.missing': 'missing',
  'view.summary.judgedByRecording': 'judged by its recording',
  'view.summary.words': '{words} / {limit} words',
  'view.summary.wordsOver': '{words} / {limit} words — {count} over',
  'view.summary.wordsOverAccepted': '{words} / {limit} words — {count} over: accepted',
  'view.summary.wordsShort': '{words} / {limit} words — {count} short',
  'view.summary.wordsShortAccepted': '{words} / {limit} words — {count} short: accepted',
  'view.summary.items': '{count} / {min} {noun}s',
  'view.summary.recordings': { one: '{count} recording', other: '{count} recordings' },
  'view.summary.recordingsTimed': { one: '{count} recording, {duration}', other: '{count} recordings, {duration}' },
  'view.summary.recordingsFromFile': {
    one: '{count} recording, {duration}, from the file',
    other: '{count} recordings, {duration}, from the file',
  },
  'view.summary.recordingsFromFiles': {
    one: '{count} recording, {duration}, from the files',
    other: '{count} recordings, {duration}, from the files',
  },
  'view.summary.recordingsPartlyFromFiles': {
    one: '{count} recording, {duration}, partly from the files',
    other: '{count} recordings, {duration}, partly from the files',
  },
  'view.summary.photos': { one: '{count} photo', other: '{count} photos' },
  'view.requirement.words': '{limit} ({count} now)',
  'view.requirement.items': 'at least {min} {noun}s ({count} listed)',
  'view.requirement.statements': 'a statement of why each {noun} matters, at least {min} words ({count} without)',
  'view.requirement.points': '{min} points ({count} found)',
  'view.requirement.videoOrPhotos': 'a video link or photos',
  'view.requirement.recording': 'a recording',
  'view.requirement.recordings': 'recordings: {rule}',
  'view.requirement.photos': 'photos: photos ({count} now)',
  'view.requirement.photosCaptioned': 'photos: photos, each captioned ({count} now)',
  'view.requirement.photosAtMost': 'photos: at most {max} ({count} now)',
  'view.requirement.photosAtMostCaptioned': 'photos: at most {max}, each captioned ({count} now)',
  'view.requirement.timestamps': '{min} timestamps for the video, within its length ({count} found)',
  'view.hover.now': '*Now:* {summary} · {verdict}',
  'view.hover.notReadyYet': 'not ready yet',
  'view.hover.otherProblems': {
    one: '*To fix:* {count} problem in this section, marked in the text',
    other: '*To fix:* {count} problems in this section, marked in the text',
  },
  'view.hover.rubric': '*Rubric:* {rules}',
  'view.hover.points': 'Points to cover:',
  'view.hover.passing': '*Passing:* {text}',
  'view.hover.asks': '*The rubric asks:*',
  'view.hover.acceptedNotMet': '*accepted by you, not met*',
  'view.hover.notMet': '*not met*',
  'view.hover.criteriaHeader': '| Level | Criteria |',
  'view.hover.framework': 'Reflection framework',
  'view.hover.microCredential': 'Micro-credential',
  'view.hover.toPass': '**To pass:** {text}',
  'view.hover.anonymity': '**Anonymity:** {text}',
  'view.hover.fromRequirements': 'From the requirements, line {line}:',
  'view.hover.check': '**Check:** {why}',
  'view.lens.missing': 'Missing: {title} (insert)',
  'view.symbol.untitled': '(untitled heading)',
  'view.completion.missingSection': 'missing section',
  'view.completion.from': '*From {origin}*',
  'view.fix.insertDone': 'inserted "{title}"',
  'view.fix.changeRubricDone': 'changed the rubric to "{id}"',
  'view.fix.labelPointsDone': 'labelled the points of "{title}"',
  'view.fix.timestampsDone': 'inserted timestamp lines under the video of "{title}"',
  'view.fix.acceptDone': 'accepted {code}',
  'cli.fixed': 'fixed {file}: {changes}',
  'cli.fixWriteFailed': '{file}: cannot write the fixes ({reason})',

  'view.import.noRequirements': "{source}: no Part, artifact or section found; is this a credential's requirements?",
  'view.import.signIn':
    '{source}: is a sign-in page, not the requirements; sign in, then save the requirements page again',
  'view.import.badId': '"{id}" is no rubric id: use lowercase letters, digits and single hyphens',
  'view.import.invalidRubric': 'the rubric read from {source} is not valid: {problem}',
  'view.import.notDocx': '{source} is not a Word document that can be read (.docx)',
  'view.import.timedOut': '{source} could not be read within {seconds} s; the file may be damaged',
  'view.import.notPdf': '{source} is not a PDF that can be read ({detail})',
  'view.import.pdfPassword':
    '{source} is protected by a password; open it, save or print a copy without the password, and import that copy',
  'view.import.pdfNoText':
    '{source} holds no text, only pictures of its pages (a scanned copy?); import the web page or a copy with its text',
  'view.import.noText': '{source} holds no text to read',
  'view.import.pdfDamaged':
    '{source}: is damaged: the text of its pages cannot be read; download it again, or import the web page or ' +
    'a Word copy',
  'view.import.otherDocument':
    '{source}: is a document in {format} format, which is not read here; save it as Word (.docx) or PDF and ' +
    'import that',
  'view.import.unreadableWord': '{name}: cannot read it as a Word document ({detail})',
  'word.file.notWord': '{name}: is not a Word document (.docx)',
  'word.file.oldDoc': '{name}: is an older Word document (.doc); open it in Word, save it as .docx and use that file',
  'word.file.encrypted':
    '{name}: is protected with a password; open it in Word, remove the password (File > Info > Protect Document), ' +
    'save it and use that file',
  'word.file.damaged': '{name}: cannot be opened; the file is damaged or incomplete (download or save it again)',
  'word.file.noDocument': '{name}: holds no Word document; save the draft from Word or Google Docs as .docx',
  'word.file.tooLong': '{name}: holds {size} MB of text, more than a draft (the limit is {limit} MB)',
  'view.import.candidate': '{id} ({count} sections matched)',
  'view.import.noMatch': 'no rubric matches the headings of {name} well; the closest: {closest}',
  'view.settings.refusedGlob': 'rubricWriter.associations: the glob "{glob}" (at character {position}): {reason}',

  'view.image.outside': "it is outside the submission's folder",
  'view.image.networkShare': 'it is on a network share',
  'view.image.unreadable': 'it cannot be read ({code})',
  'view.image.notRegularFile': 'it is not a regular file',
  'view.image.tooLarge': 'it is larger than {size} MB',

  // The `rw-` snippets offered in completion (core/render/snippets.ts); the snippet file keeps English.
  'view.snippet.whole': '{title}: whole submission',
  'view.snippet.wholeDescription': 'Rubric Writer: a complete {title} submission, every section in order',
  'view.snippet.section': 'Rubric Writer ({rubric}): {title}',
  'view.snippet.sectionWithChildren': 'Rubric Writer ({rubric}): {title} with its sections',

  // What the server answers when a request cannot be answered (lsp/context.ts, lsp/exportDocument.ts).
  'view.request.failed': 'Rubric Writer: {request} failed: {reason}',
  'view.request.notInitialized': 'The server has not been initialized.',
  'view.request.shutDown': 'The server has been shut down.',
  'view.export.isSubmission': 'the file to write is the submission itself',
  'view.import.note.imageType': 'an image of type {type} may not show: save it as PNG or JPEG in Word',
  'view.import.note.embeddedDocument':
    'a document embedded in the draft (inserted as a file or pasted whole) was left out: its words are not in the ' +
    'import; in Word, copy its text into the draft itself',
  'view.import.note.embeddedObject':
    'an embedded object (a spreadsheet, a chart) came in as its picture; its text is not counted, as in Word',
  'view.import.note.elementIgnored': 'a part of the document Rubric Writer cannot read was left out ({element})',
  'view.import.note.breakIgnored': 'a break of a kind Rubric Writer cannot read was left out ({type})',
  'view.import.note.hiddenText': 'hidden text ({count} words) was left out: Word neither shows nor counts it',
  'view.import.note.imageMissing': 'an image whose file is missing from the document was left out',
  'view.import.note.other': 'a part of the document could not be converted ({detail})',

  // What the rubric importer was unsure of (core/intake/requirements): `# check:` notes in the rubric file.
  'import.fileHeader':
    ' Imported from {source}. Each rule names the line of the requirements it came from;\n' +
    ' confirm what is marked "check:", then save: Rubric Writer loads this file at once.',
  'import.sourceLine': ' line {line}: {quote}',
  'import.check': ' check: {why} (line {line})',
  'import.check.strayRow': 'a rubric row ("{label}") names no section; its criteria are left out',
  'import.check.titleFromListItem': 'title made from a list item: name it as you head it',
  'import.check.noTitle': 'no title before the requirements: name the rubric',
  'import.check.noIssuer': 'the issuer is not named: write who publishes the credential',
  'import.check.limitPerAnswer': 'a limit for each answer, not for the whole section; it is not checked',
  'import.check.limitForSeveralParts':
    'a word limit ({limit}) for several Parts together: no section holds it, so it is not checked',
  'import.check.secondLimit': 'a second word limit ({limit}) differs from the first',
  'import.check.unplacedWords': 'a number of words the reader could not place as a limit',
  'import.check.characterLimit': 'a limit in characters ("{limit}") is not a word limit; it is not checked',
  'import.check.pageLimit': 'a page limit ("{limit}") is not a word limit; it is not checked',
  'import.check.unplacedLength': 'a length ("{length}") the reader could not place as a limit',
  'import.check.secondLength': 'a second recording length ("{length}"): a section holds one, so it is not checked',
  'import.check.recordingCount': '"{count}": the rubric cannot count recordings, so how many is not checked',
  'import.check.unplacedCount': 'a count the reader could not place as a number of listed items',
  'import.check.itemsAtMost':
    'the text asks for {min} to {max} ({noun}); at least {min} is checked, at most {max} is not',
  'import.check.photosAtLeast':
    'the text asks for at least {least} photos; only that the section holds photos is checked',
  'import.check.photosAtLeastAtMost':
    'the text asks for at least {least} photos; only that the section holds photos and at most {max} is checked',
  'import.check.oneOfOptions': 'one of the options is asked for, not each: none is required on its own',
  'import.check.limitForWholeSubmission':
    'a word limit ({limit}) for the whole submission: no section holds it, so it is not checked',
  'import.check.timestampsHowMany': 'timestamps are asked for, but not how many',
  // A rubric's own words, in the requirements' language, when they name no title or issuer.
  'import.defaultTitle': 'Imported rubric',
  'import.unknownIssuer': 'Unknown issuer',

  // ── end of views ──

  // ── Reports and exports: the readiness report, plain text, Word labels (render/) ──
  'report.title': 'Readiness report',
  'report.pageTitle': 'Readiness report: {file}',
  'report.sectionsReady': '{count} of {sections} sections ready',
  'report.errors': { one: '{count} error', other: '{count} errors' },
  'report.warnings': { one: '{count} warning', other: '{count} warnings' },
  'report.accepted': { one: '{count} problem accepted by you', other: '{count} problems accepted by you' },
  'report.noRubric': 'This document names no rubric, so it is not checked as a submission.',
  'report.wholeDocument': 'The whole document',
  'report.points': 'Points to cover:',
  'report.asks': 'The rubric asks:',
  'report.requirement.met': ' (met)',
  'report.requirement.notMet': ' (not met)',
  'report.requirement.acceptedNotMet': '{text} — accepted by you, not met',
  'report.line': 'line {line}',
  'report.severity.error': 'error',
  'report.severity.warning': 'warning',
  'report.severity.information': 'information',
  'report.toPass': 'To pass',
  'report.anonymity': 'Anonymity',
  'export.image.tooMany': 'the image {name} is left out: the images before it make {size}, as many as one export holds',
  'export.image.notFound': 'the image {name} was not found, so it is left out',
  'export.image.outsideAlt':
    'the image {name} is not embedded: {reason}; its description stands in its place, and Word counts it',
  'export.image.outside': 'the image {name} is not embedded: {reason}; it is left out',
  'export.image.refused': 'the image {name} is left out: {reason}',
  'export.image.notImage': 'the image {name} is not a PNG, JPEG, GIF or BMP file, so it is left out',
  'export.image.tooLarge': 'the image {name} is {width} × {height} pixels, larger than Word holds, so it is left out',
  'export.image.metadata': 'the image {name} cannot be read to remove its metadata, so it is left out',
  'export.image.remote':
    'the image {url} is not on this computer, so it becomes a link; Word counts its description ("{alt}"), ' +
    'Rubric Writer does not',
  'export.codeBlock':
    'a code block is left out: Rubric Writer does not count it as part of your answer, and Word would',

  // ── end of reports ──

  // ── The CLI's own lines (cli/) ──
  'cli.summary.line': {
    one: '{ready} of {count} section ready; {problems}',
    other: '{ready} of {count} sections ready; {problems}',
  },
  'cli.summary.notChecked': 'not checked; {problems}',
  'cli.summary.notSubmission': 'not a submission (no rubric)',
  'cli.summary.errors': { one: '{count} error', other: '{count} errors' },
  'cli.summary.warnings': { one: '{count} warning', other: '{count} warnings' },
  'cli.summary.notes': { one: '{count} note', other: '{count} notes' },
  'cli.summary.accepted': { one: '{count} problem accepted by you', other: '{count} problems accepted by you' },
  'cli.table.section': 'Section',
  'cli.table.words': 'Words',
  'cli.table.limit': 'Limit',
  'cli.table.items': 'Items',
  'cli.table.status': 'Status',
  'cli.table.ready': 'Ready',
  'cli.table.isReady': 'ready',
  'cli.table.readyAccepted': 'ready, {count} accepted',
  'cli.status.ok': 'ok',
  'cli.status.missing': 'missing',
  'cli.status.empty': 'empty',
  'cli.status.under': 'under',
  'cli.status.over': 'over',
  'cli.rubrics.line': '{id}  {title} ({kind}, {source})',
  'cli.rubrics.micro-credential': 'micro-credential',
  'cli.rubrics.framework': 'framework',
  'cli.new.wrote': 'wrote {file} ({title})',
  'cli.exists': '{file} already exists; not overwriting it ({hint})',
  'cli.exists.chooseName': 'choose another name with -o',
  'cli.exists.force': 'use --force to replace it, or -o to choose another name',
  'cli.exists.forceOrName': 'use --force, or choose another name with -o',
  'cli.isFolder': 'it is a folder',
  'cli.read.folder': '{file}: is a folder, not a file',
  'cli.read.notRegular': '{file}: is not a regular file (a device or a socket); not read',
  'cli.read.tooLarge': '{file}: too large to check ({size} MB; the limit is 10 MB)',
  'cli.read.cannotRead': '{file}: cannot read ({reason})',
  'cli.read.noSuchFile': 'no such file',
  'cli.read.permission': 'permission denied',
  'cli.read.binary': '{file}: looks like a binary file, not Markdown',
  'cli.read.notUtf8': '{file}: is not UTF-8 text',
  'cli.cannotWrite': 'cannot write {file}: {reason}',
  'cli.fixWithStdin': '--fix with - prints the fixed text: give standard input alone',
  'cli.nothingChecked': 'no file was checked: {reason}',
  'cli.nothingChecked.onlyExcludes': '!patterns only exclude; name the files or folders to check too',
  'cli.nothingChecked.allExcluded': 'the !patterns exclude every file named',
  'cli.nothingChecked.allIgnored': 'the project config (.rubric-writer.yaml) ignores every file found',
  'cli.unexpectedError': 'unexpected error: {reason}',
  'cli.unknownRubric': 'unknown rubric "{id}" (see: rubric-writer rubrics)',
  'cli.unknownRubricSuggest': 'unknown rubric "{id}"; did you mean "{suggestion}"? (see: rubric-writer rubrics)',
  'cli.export.docx': 'Word document',
  'cli.export.html': 'readiness report',
  'cli.export.text': 'plain text',
  'cli.export.stdin': 'standard input',
  'cli.export.wrote': 'wrote {file} ({what}, {title})',
  'cli.export.warning': 'warning: {file}:{line}: {message}',
  'cli.export.wordDraft': '{file}: is already a Word document (to make it a submission: rubric-writer import {file})',
  'cli.export.cannotExport': '{file}: cannot export: {reason}',
  'cli.export.noRubric':
    '{file}: is not a submission (its front matter names no rubric: add "rubric: ID"; see: rubric-writer rubrics)',
  'cli.export.stdinOutput': 'export -: name the file to write with -o (or -o - for standard output)',
  'cli.export.isSubmission': '{file} is the submission itself; choose another name with -o',
  'cli.export.wouldOverwrite':
    '{file} is the submission itself (the {what} export would be written over it); choose another name with -o',
  'cli.import.wrote': 'wrote {file} ({title}, {id})',
  'cli.import.stdout': 'standard output',
  'cli.import.sections': 'sections found: {count}',
  'cli.import.sectionsNamed': 'sections found: {count} ({titles})',
  'cli.import.changes':
    'tracked changes: {insertions}, {deletions} (read as accepted); comments: {comments} (left out); images: {images}',
  'cli.import.changesImages':
    'tracked changes: {insertions}, {deletions} (read as accepted); comments: {comments} (left out); ' +
    'images: {images} (in {folder}/)',
  'cli.import.insertions': { one: '{count} insertion', other: '{count} insertions' },
  'cli.import.deletions': { one: '{count} deletion', other: '{count} deletions' },
  'cli.import.note': 'note: {message}',
  'cli.import.metadata': 'warning identifying-metadata: {finding} (not imported)',
  'cli.import.imagesHere':
    'images written to {folder}; the links are relative to the current folder, so save the Markdown here',
  'cli.importRubric.wrote': {
    one: 'wrote {file}: {count} sections, {rules} rules ({title})',
    other: 'wrote {file}: {count} sections, {rules} rules ({title})',
  },
  'cli.importRubric.read': {
    one: 'read {count} sections, {rules} rules ({title})',
    other: 'read {count} sections, {rules} rules ({title})',
  },
  'cli.importRubric.check': 'check {count} item(s), marked "# check:" in the file:',
  'cli.importRubric.line': '  line {line}: {why}',

  // --help: commander's descriptions of the program, its commands, arguments and options.
  'cli.help.program': 'Check micro-credential submissions written in Markdown against their rubric, and export them.',
  'cli.help.version': 'output the version number',
  'cli.help.locale': 'the language of the messages (en, es); by default LC_ALL, LC_MESSAGES or LANG',
  'cli.help.help': 'display help for command',
  'cli.help.title.usage': 'Usage:',
  'cli.help.title.arguments': 'Arguments:',
  'cli.help.title.options': 'Options:',
  'cli.help.title.globalOptions': 'Global Options:',
  'cli.help.title.commands': 'Commands:',
  'cli.help.optionsPlaceholder': '[options]',
  'cli.help.commandPlaceholder': '[command]',
  'cli.help.choices': 'choices: {values}',
  'cli.help.default': 'default: {value}',
  'cli.help.exitCodes': `
Exit codes of check:
  0  no file has an error (warnings and notes do not fail; nor does anything with --exit-zero)
  1  a file has an error
  2  a usage or read error (one line on stderr each; the other files are still checked)`,
  'cli.help.rubricsOption': 'also load rubric files (*.yaml) from this folder and its subfolders (repeatable)',
  'cli.help.config': 'use this configuration file instead of the nearest .rubric-writer.yaml',
  'cli.help.noConfig': 'do not look for a .rubric-writer.yaml (nor use one)',
  'cli.help.identifyingTerms': 'comma-separated names, places or schools that would identify you',
  'cli.help.force': 'replace the output file when it exists',
  'cli.help.check': 'check submissions (Markdown files, Word drafts, or globs) and report what the rubric would fail',
  'cli.help.check.files':
    'Markdown files, Word drafts (.docx), folders (their **/*.md) or globs; !glob excludes; - reads standard input',
  'cli.help.check.format': 'output format',
  'cli.help.check.rubric': 'check against this rubric, whatever the front matter says',
  'cli.help.check.sections': "text format: print each file's sections with words, limits and status",
  'cli.help.check.exitZero': 'exit 0 even when a file has errors (report only)',
  'cli.help.check.noFiles': 'do not read the linked files (lengths, missing files, metadata): check the Markdown only',
  'cli.help.check.stdinName': 'the file name reported for standard input (check -)',
  'cli.help.check.fix':
    'insert missing sections (with their guidance) and correct a mistyped rubric id; with - print the fixed text',
  'cli.help.new': 'write a submission template for a rubric (to stdout, or a new file with -o)',
  'cli.help.new.rubric': 'rubric id (see: rubric-writer rubrics)',
  'cli.help.new.output': 'write the template to this file; an existing file is never overwritten',
  'cli.help.rubrics': "list the built-in rubrics, those in the --rubrics folders and the project config's rubricPaths",
  'cli.help.rubrics.json': 'as JSON',
  'cli.help.server': 'start the language server (--stdio, --node-ipc or --socket=PORT)',
  'cli.help.server.stdio': 'talk over stdin and stdout',
  'cli.help.export':
    'write a submission as a Word document, as plain text per section, or as a readiness report (HTML)',
  'cli.help.export.file': 'the submission (Markdown); - reads standard input',
  'cli.help.export.format': 'what to write',
  'cli.help.export.output': 'where to write it (default: beside the submission, draft.md → draft.docx); - for stdout',
  'cli.help.export.noFiles': 'do not read the linked files (lengths, missing files, metadata)',
  'cli.help.importRubric': "write a rubric file from a credential's requirements (text, Markdown, HTML, Word or PDF)",
  'cli.help.importRubric.requirements': 'the requirements as the issuer publishes them; - reads standard input',
  'cli.help.importRubric.output': 'where to write the rubric (default: <id>.rubric.yaml here); - for stdout',
  'cli.help.importRubric.id': "the rubric's id (default: made from its title)",
  'cli.help.importRubric.format': 'yaml writes the file; json prints the draft',
  'cli.help.importRubric.exitCodes':
    '\nExit codes: 0 a rubric was read (and written); 2 the input cannot be read or holds no recognisable section.',
  'cli.help.import': 'turn a Word document (.docx, also from Google Docs) into a submission in Markdown',
  'cli.help.import.draft': 'the Word document (.docx)',
  'cli.help.import.output':
    'where to write it (default: beside the draft, draft.docx → draft.md); - for stdout (images: current folder)',
  'cli.help.import.rubric': 'the rubric it is written to (default: the one its headings match best)',
  'cli.help.import.force': 'replace the Markdown file and images when they exist',

  // Commander's own errors (cli/commanderErrors.ts) and the names of arguments and option values in --help.
  'cli.commander.unknownCommand': "unknown command '{name}'",
  'cli.commander.unknownCommand.suggest': "unknown command '{name}' (Did you mean {suggestions}?)",
  'cli.commander.unknownOption': "unknown option '{name}'",
  'cli.commander.unknownOption.suggest': "unknown option '{name}' (Did you mean {suggestions}?)",
  'cli.commander.missingArgument': "missing required argument '{name}'",
  'cli.commander.optionMissingValue': "option '{option}' argument missing",
  'cli.commander.invalidChoice': "option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
  'cli.commander.excessArguments': {
    one: "too many arguments for '{command}'. Expected {count} argument but got {got}.",
    other: "too many arguments for '{command}'. Expected {count} arguments but got {got}.",
  },
  'cli.help.placeholder.file': 'file',
  'cli.help.placeholder.files': 'files',
  'cli.help.placeholder.format': 'format',
  'cli.help.placeholder.folder': 'folder',
  'cli.help.placeholder.terms': 'terms',
  'cli.help.placeholder.name': 'name',
  'cli.help.placeholder.rubric': 'rubric',
  'cli.help.placeholder.requirements': 'requirements',
  'cli.help.placeholder.draft': 'draft',
  'cli.help.placeholder.language': 'language',

  // What the CLI cannot read: inputs, --config, the --rubrics folders, Word drafts and requirement files.
  'cli.input.emptyFolder': '{argument}: no Markdown files (*.md) in this folder',
  'cli.input.noMatch': '{argument}: no files match this pattern',
  'cli.config.notFile': 'it is not a file',
  'cli.config.tooLarge': 'too large for a configuration file',
  'cli.config.cannotRead': '--config {file}: cannot read it ({reason})',
  'cli.config.ignores': '{file}: not checked: {config} ignores it ("{pattern}")',
  'cli.config.notFolder': '{config}: error: rubricPaths: {folder} is no folder',
  'cli.rubricsFolder.cannotRead': '--rubrics {folder}: cannot read this folder ({reason})',
  'cli.rubricsFolder.noSuchFolder': 'no such folder',
  'cli.rubricsFolder.notFolder': '--rubrics {folder}: is not a folder',
  'cli.word.tooLarge': '{file}: too large to read ({size} MB; the limit is 50 MB)',
  'cli.word.cannotRead': '{file}: cannot read it as a Word document ({reason})',
  'cli.word.noRubric': '{file}: no rubric matches its headings well; the closest: {closest}. Name one with --rubric ID',
  'cli.word.closestFirst': '{id} ({matched} of {sections} sections matched)',
  'cli.word.closest': '{id} ({matched})',
  'cli.requirements.binary': '{file}: looks like a binary file, not requirement text',
  'cli.requirements.tooLarge': '{file}: too large to read (the limit is 10 MB)',
  'cli.requirements.notDocx': '{file}: is not a Word document that can be read (.docx)',
  'cli.requirements.otherDocument':
    '{file}: is a document in {format} format, which is not read here; save it as Word (.docx) or PDF and import that',
  'cli.requirements.notPdf': '{file}: is not a PDF that can be read ({reason})',
  'cli.requirements.pdfPassword':
    '{file}: is protected by a password; open it, save or print a copy without the password, and import that copy',
  'cli.requirements.pdfNoText':
    '{file}: holds no text, only pictures of its pages (a scanned copy?); import the web page or a copy with its text',
  'cli.requirements.noText': '{file}: holds no text to read',
  'cli.requirements.pdfDamaged':
    '{file}: is damaged: the text of its pages cannot be read; download it again, or import the web page or ' +
    'a Word copy',
  'cli.requirements.signIn': '{file}: is a sign-in page, not the requirements',
  'cli.requirements.tooDeep': '{file}: nests its elements too deeply to be read as a web page',

  'cli.importRubric.badId': '--id {id}: use lowercase letters, digits and single hyphens (e.g. exit-tickets)',
  'cli.importRubric.builtIn': '"{id}" is a built-in rubric; choose another id with --id',
  'cli.importRubric.invalid': 'the rubric read is not valid: {problem}',
  'cli.rubricsFolder.searchStopped': '--rubrics: warning: the search for rubric files {stopped}',
  'rubric-search.stoppedFolders': 'stopped after {count} folders',
  'rubric-search.stoppedFiles': 'stopped after {count} rubric files',
  'cli.linkedFile.unreadable': '{file} could not be read ({code}); its written facts stand.',
  'cli.linkedFile.unreadableLength': '{file} could not be read ({reason}); its written length stands.',
  'cli.linkedFile.timedOut':
    '{file} could not be read within {seconds} s; the file may be damaged. Its written facts stand.',
  'cli.linkedFile.readerStopped': 'the reading stopped: {reason}',
  'reader.timedOut': 'not read within {seconds} s; the file may be damaged',
  // ── end of the CLI ──
} as const satisfies Record<string, string | { one: string; other: string }>;
