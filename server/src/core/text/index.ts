/** Text: words, reader text, line positions, media links and durations, identifying text. Imports nothing of the core. */
export { computeLineStarts, lineOf, type Position, type Range } from './lineIndex';
export { formatDuration, isMediaUrl, readDuration, readTrailingDuration } from './media';
export { findIdentifying, termMatcher, type IdentifyingKind, type IdentifyingMatch } from './privacy';
export { ReaderText } from './readerText';
export { countWords, forEachWord } from './words';
