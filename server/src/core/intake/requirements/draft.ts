/** Requirement text in, a rubric draft out: every rule with the source line it came from. */
import { messagesFor } from '../../messages';
import type { Rubric, RubricSection } from '../../rubric';
import { type SourceLine, sourceLines } from './lines';
import {
  callsAllCountsAGuide,
  callsCountsAGuide,
  limitsSeveralParts,
  limitsWholeSubmission,
  wordLimitIn,
} from './rules';
import { passingIn } from './passing';
import { buildSection, describe, type SectionContext } from './sectionRules';
import { ANONYMITY_RULES } from './privacy';
import { artifactHeading, headingAndText, numberedHeading, partHeading, wordsAtMost } from './headings';
import { type Node, placeStrayRows, structure } from './structure';
import { listItemSections } from './listItems';
import { type Provenance, Trace, type Uncertain } from './trace';
import { endsMidPhrase, joinWrappedLines } from './wrappedLines';

export interface RubricDraft {
  rubric: Rubric;
  provenance: Provenance[];
  uncertain: Uncertain[];
}

const START = new RegExp(
  '^(?:(?:submission|evidence|portfolio|earning) (?:requirements|guidelines|instructions)|' +
    // "What to Submit", "What You Will Submit", "Requirements for Earning This Micro-credential"
    "what (?:to|you(?:'ll| will| need to)) submit|requirements for earning|" +
    'requisitos (?:de|para la) (?:presentación|entrega|envío)|requisitos para obtener|qué (?:debe )?entregar)' +
    '(?![\\wáéíóúñ])',
  'i',
);
const ISSUER = new RegExp(
  '^(?:(?:made|issued|offered|created|published|developed|provided) by|' +
    // "A micro-credential by Digital Promise", "A badge from BloomBoard", "A digital badge issued by …"
    '(?:an? )?(?:(?:digital|open) )?(?:micro-?credential|credential|badge|course)' +
    '(?: (?:issued|offered|created|published|developed|provided|awarded))? (?:by|from)|' +
    // "Microcredencial publicada por el …", "Una microcredencial de …"
    '(?:(?:una )?(?:micro-?credencial|credencial|insignia)' +
    '(?: (?:publicad|ofrecid|emitid|cread|desarrollad)a por| de)|' +
    '(?:publicad[oa]|ofrecid[oa]|emitid[oa]|cread[oa]|desarrollad[oa]) por)(?: la| el)?):?\\s+(.+)$',
  'i',
);
/** A platform that publishes micro-credentials, named on a line of its own under the title. */
const PLATFORM = /^(?:digital promise|bloomboard|national education association|nea)$/i;
/** "Issuer: Digital Promise", "Provider: …": the issuer under its label. */
const ISSUER_LABEL = /^(?:issuer|issued by|provider|provided by|publisher|offered by|emisor|proveedor)\s*:\s*(.+)$/i;
/**
 * The issuer's name in one of the things a page's line shows apart ("District Learning · Issued by: Lakeview
 * USD", "BloomBoard · Tags: SEL", "Digital Promise | 4 hours").
 */
function issuerIn(text: string, underTitle: boolean): string | null {
  const parts = text.split(/\s+[·•|]\s+/).map((part) => part.trim());
  for (const part of parts) {
    const found = ISSUER_LABEL.exec(part)?.[1] ?? ISSUER.exec(part)?.[1] ?? (PLATFORM.test(part) ? part : null);
    if (found) return found.trim();
  }
  // "Open Badge · Center for Teaching Excellence", "ISTE · Digital Badge": the kind of credential and who issues
  // it, by name; under the title only (the title's own line may end with its kind).
  const kind = parts.findIndex((part) => BADGE_KIND.test(part));
  const named = underTitle && parts.length === 2 && kind >= 0 ? parts[1 - kind] : '';
  // "Maple Valley School District · Professional Learning": a district, a department, a university beside it.
  const body =
    underTitle && parts.length > 1 ? parts.find((part) => BODY_WORD.test(part) && ORGANISATION.test(part)) : null;
  return ORGANISATION.test(named) ? named : (body ?? null);
}
/** A kind of credential a page names beside its issuer. */
const BADGE_KIND =
  /^(?:(?:open |digital )?(?:micro-?)?(?:credential|badge|certificate)|micro-?credencial|insignia(?: digital)?)$/i;
/**
 * A name in capitals ("Center for Teaching Excellence", "ISTE", "Centro de Innovación Educativa", "School of
 * Education, Westbrook University"), no tag.
 */
const ORGANISATION =
  /^(?:\p{Lu}{2,8}|\p{Lu}[\p{L}.&'’-]*(?:,? \p{Lu}[\p{L}.&'’-]*| (?:of|for|the|and|de|del|la|las|los|y|en|&))+)$/u;
const HEADER_LABELS = /^(?:competency|key method|competencia|método clave)$/i;
/** A word that names an organisation: a department, a district, a university, a centre. */
const BODY_WORD = new RegExp(
  '\\b(?:department|district|schools?|university|college|association|cent(?:er|re)|institute|office|board|academy|' +
    'agency|council|ministry|departamento|secretaría|distrito|universidad|centro|instituto|ministerio|escuela)\\b',
  'i',
);

/** "Tennessee Department of Education" over "Micro-credential: <title>": the organisation heading the page. */
function mastheadOf(header: readonly SourceLine[]): string | null {
  const labelled = header.findIndex((line) => TITLE_LABEL.test(line.text));
  const above = labelled > 0 ? header[labelled - 1].text : '';
  return ORGANISATION.test(above) && BODY_WORD.test(above) ? above : null;
}

/** Reads a credential's published requirements; null when it holds no recognisable section. */
export function readRequirements(text: string): RubricDraft | null {
  const lines = sourceLines(text);
  const start = startOf(lines);
  const header = lines.slice(0, Math.max(start, 0));
  const body = joinWrappedLines(requirementLines(lines, start).filter((line) => !START.test(line.text)));
  const shape = structure(body);
  const trace = new Trace();
  listItemSections(shape);
  placeStrayRows(shape);
  if (shape.sections.length === 0) return null;
  for (const row of shape.strayRows)
    trace.check(['sections'], row.label, 'import.check.strayRow', { label: row.label.text });

  notePreambleLimits(shape.preamble, trace);
  const all = shape.sections.flatMap((node) => [node, ...node.children]);
  const ids = assignIds(all);
  const ctx: SectionContext = {
    trace,
    // A sentence before the first Part that calls the word counts a guide speaks of all of them.
    allGuide:
      body.some((line) => callsAllCountsAGuide(line.text)) || shape.preamble.some((l) => callsCountsAGuide(l.text)),
    guide: false,
    ids,
    all,
  };
  const sections = shape.sections.map((node, i) => {
    const path = ['sections', i];
    trace.note(path, node.titleLine ?? body[0]);
    if (node.fromBullet === 'guessed' && node.titleLine)
      trace.check([...path, 'title'], node.titleLine, 'import.check.titleFromListItem');
    const section = buildSection(node, path, ctx);
    const partGuide = [...node.body, ...(node.titleLine ? [node.titleLine] : [])].some((l) =>
      callsCountsAGuide(l.text),
    );
    const children = node.children.map((child, j) => {
      const childPath = [...path, 'sections', j];
      trace.note(childPath, child.titleLine ?? node.titleLine ?? body[0]);
      if (child.fromBullet === 'guessed' && child.titleLine)
        trace.check([...childPath, 'title'], child.titleLine, 'import.check.titleFromListItem');
      return buildSection(child, childPath, { ...ctx, guide: partGuide });
    });
    return children.length ? { ...section, sections: children } : section;
  });
  const rubric = rubricOf(lines, header, body, shape.preamble, sections, trace, ctx.overallPassing);
  return { rubric, provenance: trace.provenance, uncertain: trace.uncertain };
}

/**
 * What a web page shows after the requirements: other credentials it recommends, with their own Parts
 * and limits, and its feedback prompts. The requirements end at the first such heading.
 */
const PAGE_END = new RegExp(
  '^(?:(?:related|similar|recommended|popular|other|more) (?:micro-?credentials?|credentials?|badges?|courses?|' +
    'stacks?)|you (?:may|might) also (?:like|enjoy|be interested in)|was this (?:page|article|information) ' +
    '(?:helpful|useful)|(?:micro)?credenciales (?:relacionadas|similares|recomendadas)|también (?:te|le) ' +
    'puede(?:n)? interesar)\\b|' +
    // A page's questions and answers after the requirements ("FAQ", "Frequently Asked Questions").
    '^(?:faqs?|frequently asked questions|common questions|preguntas frecuentes)\\s*:?$',
  'i',
);

/** A page's footer and sharing links ("© 2025 …", "Privacy Policy | Terms of Use", "Share this page"): no text. */
const FOOTER = new RegExp(
  '^(?:©|\\(c\\) \\d{4}|copyright\\b|all rights reserved\\b|privacy policy\\b|terms of (?:use|service)\\b|' +
    '(?:share|print|bookmark) this (?:page|article|credential)$|back to top$|política de privacidad\\b|' +
    'compart(?:ir|a) esta página$)',
  'i',
);

function requirementLines(lines: readonly SourceLine[], start: number): SourceLine[] {
  const body = lines.slice(start).filter((line) => !FOOTER.test(line.cells?.[0] ?? line.text));
  const end = body.findIndex((line, i) => i > 0 && PAGE_END.test(line.cells?.[0] ?? line.text));
  return end > 0 ? body.slice(0, end) : body;
}

/** A word limit before the first Part holds for no one section: it is marked to check, never dropped unsaid. */
function notePreambleLimits(preamble: readonly SourceLine[], trace: Trace): void {
  for (const line of preamble) {
    const limit = wordLimitIn(line.text);
    if (limit && limitsSeveralParts(line.text))
      trace.check(['sections'], line, 'import.check.limitForSeveralParts', { limit: describe(limit) });
    else if (limit && limitsWholeSubmission(line.text, true))
      trace.check(['sections'], line, 'import.check.limitForWholeSubmission', { limit: describe(limit) });
    else if (limit) trace.check(['sections'], line, 'import.check.unplacedWords');
  }
}

/** Where the Submission Requirements begin: their heading, else the first Part or artifact. */
function startOf(lines: readonly SourceLine[]): number {
  const marked = lines.findIndex((line) => START.test(line.text));
  if (marked >= 0) return marked;
  const first = lines.findIndex(
    (line) => partHeading(line.text) || numberedHeading(line) || artifactHeading(headingAndText(line)[0].text),
  );
  return Math.max(first, 0);
}

function rubricOf(
  lines: readonly SourceLine[],
  header: readonly SourceLine[],
  body: readonly SourceLine[],
  preamble: readonly SourceLine[],
  sections: RubricSection[],
  trace: Trace,
  overall: SectionContext['overallPassing'],
): Rubric {
  const issuerAt = header.findIndex((line, i) => issuerIn(line.text, i > 0) !== null);
  const issuer = issuerAt >= 0 ? issuerIn(header[issuerAt].text, true) : mastheadOf(header);
  const titleLine = titleOf(header, issuerAt, issuer) ?? lines[0];
  // A first line of only markup ("**") leaves no words for a title.
  const untitled = !header.length || titleLine.text.trim() === '';
  const spanish = isSpanish(lines);
  // A rubric's own words are in its language, whatever the writer's.
  const own = messagesFor(spanish ? 'es' : 'en');
  const rubric: Omit<Rubric, 'sections'> = {
    id: '',
    title: untitled ? own.t('import.defaultTitle') : titleLine.text,
    kind: 'micro-credential',
    source: issuer ?? own.t('import.unknownIssuer'),
    description: describeCredential(header),
  };
  if (untitled) trace.check(['title'], titleLine, 'import.check.noTitle');
  if (!issuer) trace.check(['source'], titleLine, 'import.check.noIssuer');
  const passing = [...preamble, ...(overall ? [overall.line] : [])].find((line) => passingIn(line.text));
  if (passing) trace.note(['passing'], passing);
  // The first of each kind of privacy rule the text states, in its order: together they are the anonymity rule.
  const rules = ANONYMITY_RULES.flatMap((kind) => {
    const line = body.find((l) => kind.test(l.text));
    return line ? [{ line, rule: kind.exec(line.text)?.[0] ?? '' }] : [];
  }).sort((a, b) => a.line.line - b.line.line);
  for (const { line } of rules) trace.note(['anonymity'], line);
  // "(no student faces)" is said without its brackets.
  const said = (rule: string) => rule.trim().replace(/^\((.*)\)$/, '$1');
  const anonymity = rules.map(({ rule }) => said(rule).replace(/^\w/, (c) => c.toUpperCase())).join(' ');
  return {
    ...rubric,
    ...(passing ? { passing: passingIn(passing.text) ?? '' } : {}),
    ...(anonymity ? { anonymity } : {}),
    ...(spanish ? { language: 'es' } : {}),
    sections,
  };
}

/**
 * The credential's title: its top-level heading where the text marks one, else the first line before
 * its issuer ("Made by …") that is no page furniture a copy from a browser brings along (a skip link, a
 * menu's tab-separated items, a breadcrumb trail).
 */
function titleOf(header: readonly SourceLine[], issuerAt: number, issuer: string | null): SourceLine | undefined {
  const marked = header.find((line) => line.title);
  if (marked) return unlabelled(marked);
  const before = header.slice(0, issuerAt >= 0 ? issuerAt : header.length);
  // The issuer's name above the title (a site's masthead, a department's letterhead) is no title.
  const own = (line: SourceLine) => !isNavigation(line) && line.text.toLowerCase() !== issuer?.toLowerCase();
  const title = pastMenu(before.filter(own)) ?? header[0];
  // A title a page wrapped ("Argument Writing: Claims and" / "Evidence") is one title.
  const next = title && before[before.indexOf(title) + 1];
  return unlabelled(
    next && endsMidPhrase(title.text) && !next.cells ? { ...title, text: `${title.text} ${next.text}` } : title,
  );
}

/** "Micro-credential: Checking for Understanding": the title after the kind of credential that labels it. */
const TITLE_LABEL =
  /^(?:micro-?credential|badge|credential|course|micro-?credencial|insignia|curso)(?: title| name)?:\s+(.+)$/i;
const unlabelled = (line: SourceLine | undefined) => {
  const title = line && TITLE_LABEL.exec(line.text)?.[1];
  return line && title ? { ...line, text: title } : line;
};

/**
 * The first line past a site's menu copied one item a line ("Home", "Browse Credentials", "Log In": three
 * short lines or more, no sentence); the menu's last line when nothing follows it (the title in the run).
 */
function pastMenu(lines: readonly SourceLine[]): SourceLine | undefined {
  const menuItem = (line: SourceLine | undefined) => line && wordsAtMost(line.text, 3) && !/[.:;?!,]/.test(line.text);
  let run = 0;
  while (run < lines.length && menuItem(lines[run]) && (run === 0 || lines[run].line === lines[run - 1].line + 1))
    run++;
  if (run < 3) return lines[0];
  return lines[run] ?? lines[run - 1];
}

/** A site's menus, breadcrumb trail, skip link and cookie banner: page furniture, never the title. */
const isNavigation = (line: SourceLine) =>
  Boolean(line.cells) ||
  /\s[›»>|/]\s.*\s[›»>|/]\s/.test(line.text) ||
  /^skip to\b/i.test(line.text) ||
  /\bcookies?\b/i.test(line.text);

const SPANISH_WORDS = new Set('de del la las el los que y en por para con una su sus palabras parte'.split(' '));
const ENGLISH_WORDS = new Set('the of and to in a your with for words part is are'.split(' '));

/** A text written in Spanish: more of its common words are Spanish than English. */
function isSpanish(lines: readonly SourceLine[]): boolean {
  let balance = 0;
  for (const line of lines)
    for (const word of line.text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (SPANISH_WORDS.has(word)) balance++;
      else if (ENGLISH_WORDS.has(word)) balance--;
    }
  return balance > 0;
}

/** The paragraphs under "Competency" and "Key Method". */
function describeCredential(header: readonly SourceLine[]): string {
  const out: string[] = [];
  header.forEach((line, i) => {
    const next = header[i + 1];
    if (!HEADER_LABELS.test(line.text) || !next || HEADER_LABELS.test(next.text)) return;
    // A paragraph a printed page wrapped goes on in lowercase until its sentence ends.
    let text = next.text;
    for (let j = i + 2; j < header.length && !/[.!?]$/.test(text) && /^\p{Ll}/u.test(header[j].text); j++)
      text = `${text} ${header[j].text}`;
    out.push(text);
  });
  return out.join(' ');
}

export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    if (out && out.length + word.length + 1 > 60) break;
    out = out ? `${out}-${word}` : word;
  }
  return out || 'section';
}

/** Ids from titles: "Part 2" is part-2, "Artifact 1" artifact-1; "A - B" after a sibling "A" is b. */
function assignIds(nodes: readonly Node[]): Map<Node, string> {
  const ids = new Map<Node, string>();
  const used = new Set<string>();
  const titles = new Set<string>();
  for (const node of nodes) {
    const segments = node.title.split(/\s[-–—]\s/);
    const extends_ = segments.length > 1 && titles.has(segments[0].toLowerCase());
    // An outline's number ("2.1 Circle Plan") is no part of the section's name, nor of its id.
    const name = node.title.replace(/^\d{1,2}(?:\.\d{1,2})+\.?\s+/, '');
    let id = node.fixedId ?? slug(extends_ ? (segments.at(-1) ?? name) : name);
    if (extends_) node.aliases.push(segments.at(-1) ?? '');
    for (let n = 2; used.has(id); n++) id = `${node.fixedId ?? slug(node.title)}-${n}`;
    used.add(id);
    titles.add(node.title.toLowerCase());
    ids.set(node, id);
  }
  return ids;
}
