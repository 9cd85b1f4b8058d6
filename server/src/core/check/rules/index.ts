/** The rule registry: every diagnostic code, once, in the order the spec lists them. */
import { duplicateSection } from './duplicateSection';
import { durationMismatch } from './durationMismatch';
import { emptySection } from './emptySection';
import { invalidFrontMatter, unknownRubric } from './frontMatterRules';
import { identifyingInformation } from './identifyingInformation';
import { invalidSuppression } from './invalidSuppression';
import { identifyingMetadata } from './identifyingMetadata';
import { mediaDuration } from './mediaDuration';
import { mediaLimitExceeded } from './mediaLimitExceeded';
import { missingCaption } from './missingCaption';
import { missingFile } from './missingFile';
import { missingMedia } from './missingMedia';
import { missingSection } from './missingSection';
import { missingStatement } from './missingStatement';
import { missingTimestamps } from './missingTimestamps';
import { sectionOutOfOrder } from './sectionOutOfOrder';
import { timestampPastEnd } from './timestampPastEnd';
import { tooComplexMarkdown } from './tooComplexMarkdown';
import { tooFewItems } from './tooFewItems';
import { tooFewPoints } from './tooFewPoints';
import { wordCountBelowMinimum } from './wordCountBelowMinimum';
import { wordLimitExceeded } from './wordLimitExceeded';

export const RULES = [
  missingSection,
  emptySection,
  wordLimitExceeded,
  wordCountBelowMinimum,
  tooFewItems,
  mediaLimitExceeded,
  mediaDuration,
  missingCaption,
  duplicateSection,
  sectionOutOfOrder,
  identifyingInformation,
  missingStatement,
  tooFewPoints,
  missingMedia,
  missingTimestamps,
  timestampPastEnd,
  unknownRubric,
  invalidFrontMatter,
  tooComplexMarkdown,
  invalidSuppression,
  missingFile,
  durationMismatch,
  identifyingMetadata,
] as const;

export type DiagnosticCode = (typeof RULES)[number]['code'];
export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = RULES.map((rule) => rule.code);

export { invalidFrontMatter, unknownRubric } from './frontMatterRules';
export { metadataFieldName } from './identifyingMetadata';
export { longestInOrder } from './sectionOutOfOrder';
export type { Finding, RuleContext, RuleDefinition, Severity } from './rule';
