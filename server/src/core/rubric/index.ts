/**
 * Rubrics: the data model, the built-ins, loading and validating rubric files and the project
 * config, requirements in words. Imports text.
 */
export { compileGlob, GLOB_LIMITS, type CompiledGlob, type GlobMatcher } from './glob';
export { BUILTIN_RUBRICS, levenshtein, RubricRegistry, registryFrom, type RubricEntry } from './registry';
export {
  fileProblem,
  loadRubricBytes,
  loadRubricText,
  MAX_RUBRIC_BYTES,
  RUBRIC_FILE,
  rubricTooLarge,
  type LoadedRubric,
  type RubricProblem,
} from './load';
export {
  describeRecordingRequirement,
  describeRules,
  describeWordLimit,
  formatSpan,
  formatWordLimit,
} from './requirementText';
export { flattenSections, isRequired, type FlatSection, type Rubric, type RubricSection } from './types';
export {
  CONFIG_FILE_NAMES,
  ConfigFinder,
  configAt,
  MAX_CONFIG_BYTES,
  NOTHING_CONFIGURED,
  parseConfig,
  type ConfigForFile,
  type ConfigHost,
  type ConfigProblem,
  type LoadedConfig,
  type ProjectConfig,
} from './config';
