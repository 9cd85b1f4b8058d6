/**
 * The pipeline: text → blocks (parsed, reused while unchanged) → outline → sections matched to the
 * rubric → counts → rules → diagnostics. Pure: no editor, file system or process APIs.
 */
import {
  BlockIndex,
  DocumentModel,
  buildOutline,
  readFrontMatter,
  splitBlocks,
  type Block,
  type FrontMatter,
  type FrontMatterError,
  type FrontMatterInfo,
  type OutlineHeading,
} from '../document';
import { count, type Locale, type Messages, messagesFor } from '../messages';
import type { Rubric, RubricRegistry } from '../rubric';
import type { Range } from '../text';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { applyFileLengths, type FileFactsLookup } from './fileFacts';
import { createMatcher, type SectionMatch } from './match';
import { DIAGNOSTIC_CODES, type Finding, invalidFrontMatter, RULES, type RuleContext, unknownRubric } from './rules';
import { sectionStates, type SectionState } from './sectionState';
import { findSections, type SectionResult } from './sections';
import { applySuppressions, invalidSuppressions, suppressionComments } from './suppress';

export interface AnalyzeOptions {
  registry: RubricRegistry;
  /** Overrides the front matter (the CLI's --rubric). */
  rubricId?: string | null;
  /** Used when the front matter names no rubric (the rubricWriter.associations setting). */
  associatedRubricId?: string | null;
  identifyingTerms?: readonly string[];
  /** The writer's language for every message; English when not given. */
  locale?: Locale;
  /** What was read from the linked files; without it only the text is checked. */
  files?: FileFactsLookup;
}

export interface Analysis {
  /** The rubric the document is checked against, or null for a document that is no submission. */
  rubric: Rubric | null;
  frontMatter: FrontMatter | null;
  outline: OutlineHeading[];
  sections: SectionResult[];
  diagnostics: Diagnostic[];
  /** What suppression comments silenced: accepted by the writer, not met. */
  accepted: Diagnostic[];
  blockIndex: BlockIndex;
  blocks: Block[];
  /** Each section as every view shows it, after suppressions. */
  states: SectionState[];
  /** The writer's language (`AnalyzeOptions.locale`): every message, view and report of it is written in it. */
  messages: Messages;
}

const matchers = new WeakMap<Rubric, (heading: string) => SectionMatch | null>();

/** Front matter read once per first-block digest: edits below it reuse the digest, so it is not read again. */
const frontMatters = new WeakMap<FrontMatterInfo, FrontMatter>();
function frontMatterOf(info: FrontMatterInfo): FrontMatter {
  let frontMatter = frontMatters.get(info);
  if (!frontMatter) frontMatters.set(info, (frontMatter = readFrontMatter(info)));
  return frontMatter;
}

/** A fresh analysis of a whole text. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  return analyzeBlocks(splitBlocks(text), text.length, options);
}

function analyzeBlocks(blocks: Block[], length: number, options: AnalyzeOptions): Analysis {
  const blockIndex = new BlockIndex(blocks, length);
  const info = blocks[0].digest.frontMatter;
  const frontMatter = info ? frontMatterOf(info) : null;
  const outline = buildOutline(blocks, length);
  const base: Analysis = {
    rubric: null,
    frontMatter,
    outline,
    sections: [],
    diagnostics: [],
    accepted: [],
    blockIndex,
    blocks,
    states: [],
    messages: messagesFor(options.locale),
  };
  const resolved = resolveRubric(frontMatter, blockIndex, options, base.messages);
  if (!resolved || 'code' in resolved) return resolved ? { ...base, diagnostics: [resolved] } : base;
  const rubric = resolved;

  let match = matchers.get(rubric);
  if (!match) matchers.set(rubric, (match = createMatcher(rubric)));
  const sections = findSections(rubric, outline, blockIndex, match);
  if (options.files) applyFileLengths(sections, options.files);
  const rubricLine = frontMatter?.rubricLine;
  const context: RuleContext = {
    rubric,
    sections,
    outline,
    blockIndex,
    anchor: rubricLine && !options.rubricId ? blockIndex.range(rubricLine.start, rubricLine.end) : DOCUMENT_START,
    identifyingTerms: options.identifyingTerms ?? [],
    messages: base.messages,
    files: options.files ?? null,
  };
  const headingLines = new Map<string, number>();
  for (const section of sections)
    if (section.heading) headingLines.set(section.id, blockIndex.position(section.heading.start).line);
  const found = RULES.flatMap((rule) =>
    runRule(rule, context).map(
      ({ section, severity, ...rest }): Diagnostic => ({
        code: rule.code,
        severity: severity ?? rule.severity,
        section: section ? section.id : null,
        ...rest,
      }),
    ),
  );
  const comments = suppressionComments(blockIndex);
  found.push(...invalidSuppressions(comments, DIAGNOSTIC_CODES, blockIndex, base.messages));
  const { kept, accepted } = applySuppressions(found, comments, headingLines);
  const diagnostics = kept.sort(compareDiagnostics);
  accepted.sort(compareDiagnostics);
  return {
    ...base,
    rubric,
    sections,
    diagnostics,
    accepted,
    states: sectionStates(sections, diagnostics, blockIndex, accepted, context.messages),
  };
}

/**
 * A rule's findings; a rule that throws (data out of any range it was built for) never leaves the
 * document looking clean: it gives one error, under its own code, saying the check failed.
 */
function runRule(rule: (typeof RULES)[number], context: RuleContext): Finding[] {
  try {
    return rule.check?.(context) ?? [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        section: null,
        severity: 'error',
        message: context.messages.t('check-failed.message', { code: rule.code, reason: reason.slice(0, 200) }),
        range: context.anchor,
      },
    ];
  }
}

const DOCUMENT_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The rubric a document is checked against (the option, its front matter, or an association), or
 * the one diagnostic that says why there is none; null for a document that names no rubric at all.
 */
function resolveRubric(
  frontMatter: Analysis['frontMatter'],
  blockIndex: BlockIndex,
  options: AnalyzeOptions,
  messages: Messages,
): Rubric | Diagnostic | null {
  let rubricId = options.rubricId ?? null;
  if (!rubricId) {
    if (frontMatter?.error && (frontMatter.mentionsRubric || options.associatedRubricId)) {
      const { start, end } = frontMatter.error;
      return {
        code: invalidFrontMatter.code,
        severity: invalidFrontMatter.severity,
        section: null,
        message: frontMatterMessage(frontMatter.error, messages),
        range: blockIndex.range(start, end),
      };
    }
    rubricId = frontMatter?.rubric || options.associatedRubricId || null;
    if (!rubricId && frontMatter?.rubric === '') rubricId = '';
  }
  if (rubricId === null) return null;
  const rubric = options.registry.get(rubricId);
  if (rubric) return rubric;
  const fromFrontMatter = !options.rubricId && frontMatter?.rubricValue;
  const range = fromFrontMatter
    ? blockIndex.range(frontMatter.rubricValue!.start, frontMatter.rubricValue!.end)
    : DOCUMENT_START;
  const closest = options.registry.closest(rubricId);
  const suggestion = closest[0] ?? null;
  const known = options.registry.list().map((entry) => entry.rubric.id);
  // Two sentences: what is wrong, then the likely id or the known ones.
  const message = [
    rubricId ? messages.t('unknown-rubric.unknown', { id: rubricId }) : messages.t('unknown-rubric.none'),
    suggestion
      ? messages.t('diagnostic.didYouMean', { suggestion })
      : messages.t('unknown-rubric.known', { known: known.join(', ') }),
  ].join(' ');
  return {
    code: unknownRubric.code,
    severity: unknownRubric.severity,
    section: null,
    message,
    range,
    // Only the one close id is safe to put in unasked (check --fix).
    data: suggestion ? { suggestion, unambiguous: closest.length === 1 } : undefined,
  };
}

/** Why the front matter cannot be read, in the writer's language. */
function frontMatterMessage(error: FrontMatterError, messages: Messages): string {
  switch (error.reason) {
    case 'too-long':
      return messages.t('invalid-front-matter.tooLong', { kb: count(messages, error.limit) });
    case 'too-deep':
      return messages.t('invalid-front-matter.tooDeep', { levels: count(messages, error.limit) });
    case 'duplicate-key':
      return messages.t('invalid-front-matter.yaml', { detail: messages.t('invalid-front-matter.duplicateKey') });
    default:
      // The parser's detail is in English: other languages say what to look at in their own words.
      return messages.locale === 'en'
        ? messages.t('invalid-front-matter.yaml', { detail: error.detail })
        : messages.t('invalid-front-matter.yamlHere');
  }
}

/**
 * One document kept between analyses, what the language server holds per open document: edits
 * re-split and re-parse only the blocks they touch, and the result always equals a fresh analysis.
 * Its text, offsets and positions are the document model's own (the one owner); it adds the analysis.
 */
export class DocumentAnalyzer extends DocumentModel {
  /** Analyses the current text, or `text` when given (unchanged blocks are reused). */
  analyze(text: string | null, options: AnalyzeOptions): Analysis {
    if (text !== null && text !== this.text) this.setText(text);
    return analyzeBlocks(this.blocks, this.length, options);
  }
}
