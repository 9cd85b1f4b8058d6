/**
 * Text: words, reader text, line positions, media links, durations and timestamps, point labels,
 * identifying text. Imports nothing of the core.
 */
export { computeLineStarts, lineOf, type Position, type Range } from './lineIndex';
export {
  findTimestamps,
  formatDuration,
  isDocumentUrl,
  isMediaUrl,
  readClock,
  readDuration,
  readTrailingDuration,
  startsWithWrittenLength,
  type Timestamp,
} from './media';
export { fileNameOf, localFilePath } from './linkedFile';
export { mayStartWithPointLabel, startsWithPointLabel } from './points';
export { findIdentifying, heldByLabel, termMatcher, type IdentifyingKind, type IdentifyingMatch } from './privacy';
export { type MatchRun, matchRunSpan, ReaderText } from './readerText';
export { NUMBERED_LABELS, numberedLabelOf } from './labels';
export { ENGLISH_NUMBER_WORDS, SPANISH_NUMBER_WORDS, SPANISH_ORDINALS } from './numberWords';
export { lowerBound, upperBound } from './search';
export { toMatchText } from './matchText';
export { isAscii } from './ascii';
export { onFirstUse } from './onFirstUse';
export { decodeHtml } from './htmlEncoding';
export { contentFormat, requirementFileFormat, type RequirementFileFormat } from './fileFormat';
export {
  decodePercent,
  hasUriScheme,
  isAbsolutePath,
  isNetworkPath,
  isWindowsDrivePath,
  localPathOf,
  webAddressOf,
} from './uri';
export { countWords, forEachWord, isPlaceholderText } from './words';
export { MAX_YAML_NESTING, yamlTooDeepAt } from './yamlNesting';
