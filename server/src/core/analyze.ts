/**
 * The pipeline: text → blocks (parsed, cached) → outline → sections matched to the rubric → counts
 * → rules → diagnostics. Pure: no editor, file system or process APIs.
 */
import { BlockCache, splitBlocks, type Block } from './blocks';
import { BlockIndex } from './count';
import { compareDiagnostics, type Diagnostic } from './diagnostics';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import type { Range } from './lineIndex';
import { createMatcher, type SectionMatch } from './match';
import { buildOutline, type OutlineHeading } from './outline';
import type { Rubric } from './rubric';
import { RubricRegistry } from './rubrics';
import { findSections, type SectionResult } from './sections';
import { applySuppressions } from './suppress';
import type { Rule, RuleContext } from './rules/context';
import { duplicateSections, missingSections, sectionOrder } from './rules/structure';
import { emptySections, wordLimits } from './rules/wordLimits';
import { tooFewItems } from './rules/items';
import { mediaRules } from './rules/media';
import { identifyingInformation } from './rules/identifying';

const RULES: Rule[] = [missingSections, emptySections, wordLimits, tooFewItems, mediaRules, duplicateSections, sectionOrder, identifyingInformation];

export interface AnalyzeOptions {
  registry: RubricRegistry;
  /** Overrides the front matter (the CLI's --rubric). */
  rubricId?: string | null;
  /** Used when the front matter names no rubric (the rubricWriter.associations setting). */
  associatedRubricId?: string | null;
  identifyingTerms?: readonly string[];
  /** Reuse block parses between analyses of the same document. */
  cache?: BlockCache;
}

export interface Analysis {
  /** The rubric the document is checked against, or null for a document that is no submission. */
  rubric: Rubric | null;
  frontMatter: FrontMatter | null;
  outline: OutlineHeading[];
  sections: SectionResult[];
  diagnostics: Diagnostic[];
  index: BlockIndex;
  blocks: Block[];
}

const matchers = new WeakMap<Rubric, (heading: string) => SectionMatch | null>();

export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const blocks = splitBlocks(text, options.cache);
  const index = new BlockIndex(blocks, text.length);
  const info = blocks[0].summary.frontMatter;
  const frontMatter = info ? readFrontMatter(info) : null;
  const outline = buildOutline(blocks, text.length);
  const base: Analysis = { rubric: null, frontMatter, outline, sections: [], diagnostics: [], index, blocks };
  const documentStart: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

  let rubricId = options.rubricId ?? null;
  if (!rubricId) {
    if (frontMatter?.error && (frontMatter.mentionsRubric || options.associatedRubricId)) {
      const { start, end, message } = frontMatter.error;
      base.diagnostics.push({ code: 'invalid-front-matter', severity: 'error', section: null, message: `The front matter is not valid YAML: ${message}`, range: index.range(start, end) });
      return base;
    }
    rubricId = frontMatter?.rubric || options.associatedRubricId || null;
    if (!rubricId && frontMatter?.rubric === '') rubricId = '';
  }
  if (rubricId === null) return base;
  const rubric = options.registry.get(rubricId);
  if (!rubric) {
    const fromFrontMatter = !options.rubricId && frontMatter?.rubricValue;
    const range = fromFrontMatter ? index.range(frontMatter.rubricValue!.start, frontMatter.rubricValue!.end) : documentStart;
    const suggestion = options.registry.suggest(rubricId);
    const known = options.registry.list().map((entry) => entry.rubric.id);
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : ` Known rubrics: ${known.join(', ')}.`;
    const what = rubricId ? `Unknown rubric "${rubricId}".` : 'The front matter names no rubric.';
    base.diagnostics.push({ code: 'unknown-rubric', severity: 'error', section: null, message: `${what}${hint}`, range, data: suggestion ? { suggestion } : undefined });
    return base;
  }

  let match = matchers.get(rubric);
  if (!match) matchers.set(rubric, (match = createMatcher(rubric)));
  const sections = findSections(rubric, outline, index, match);
  const rubricLine = frontMatter?.rubricLine;
  const context: RuleContext = {
    rubric,
    sections,
    outline,
    index,
    anchor: rubricLine && !options.rubricId ? index.range(rubricLine.start, rubricLine.end) : documentStart,
    identifyingTerms: options.identifyingTerms ?? [],
  };
  const headingLines = new Map<string, number>();
  for (const section of sections) if (section.heading) headingLines.set(section.id, index.position(section.heading.start).line);
  const diagnostics = applySuppressions(RULES.flatMap((rule) => rule(context)), index, headingLines).sort(compareDiagnostics);
  return { ...base, rubric, sections, diagnostics };
}

/** Keeps one document's block cache between analyses: what the language server holds per document. */
export class DocumentAnalyzer {
  private readonly cache = new BlockCache();

  analyze(text: string, options: Omit<AnalyzeOptions, 'cache'>): Analysis {
    return analyze(text, { ...options, cache: this.cache });
  }
}
