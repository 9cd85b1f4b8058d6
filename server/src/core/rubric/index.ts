/** Rubrics: the data model, the built-ins, loading and validating rubric files, requirements in words. Imports text. */
export {
  BUILTIN_RUBRICS,
  RubricRegistry,
  loadRubricText,
  type LoadedRubric,
  type RubricEntry,
  type RubricProblem,
} from './registry';
export {
  describeRecordingRequirement,
  describeRules,
  describeWordLimit,
  formatSpan,
  formatWordLimit,
} from './requirementText';
export { flattenSections, isRequired, type FlatSection, type Rubric, type RubricSection } from './types';
