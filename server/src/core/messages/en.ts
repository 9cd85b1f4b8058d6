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

  // ── end of reports ──

  // ── The CLI's own lines (cli/) ──
  'cli.summary.files': { one: '{count} file checked', other: '{count} files checked' },

  // ── end of the CLI ──
} as const satisfies Record<string, string | { one: string; other: string }>;
