/** Requirement text as lines: cleaned of markup and typography, sorted into what each line is. */
import { KNOWN_LEVELS, scoredLevel } from './levels';
import { NUMBER, numberValue } from './numbers';

export interface SourceLine {
  /** 1-based line number in the requirement text. */
  line: number;
  /** The line as written (trimmed), for provenance quotes. */
  raw: string;
  /** The line's text: no list marker, no emphasis, straight quotes, single spaces. */
  text: string;
  /** A list item (`•`, `-`, `*`, `1.`, `a)`). */
  bullet: boolean;
  /** A table row's cells (tab-separated, or a Markdown `| … |` row), else null. */
  cells: string[] | null;
  /** A top-level heading (`# Title`, a web page's `<h1>`): where a credential's title is. */
  title?: boolean;
  /** A Markdown heading's depth (`## Part 2` is 2): a deeper heading heads a section inside. */
  heading?: number;
  /** How far a list item is indented (a tab is four columns): a deeper item is a point of the one above. */
  indent?: number;
  /** A list item's kind of marker: "1" for numbers, "a" for letters, else the marker itself ("•", "-"). */
  marker?: string;
}

/**
 * A list item's marker; Word's own, copied as text, too: its Symbol-font bullets (U+F0B7 and kin, in the
 * private use area) and the "o" before a tab that marks its second level.
 */
const BULLET = /^(?:[•●◦○▪■□☐☑❑➢►‣∙·*+–\uf0a7\uf0b7\uf076\uf0d8\uf0fc-]|\d{1,2}[.)]|[a-z][.)]|o(?=\t))\s+/i;
/** A task list's box after the marker ("- [ ] Lesson plan"): no part of the item's words. */
const CHECKBOX = /^\[[ xX]?\]\s+/;
/** Characters a copy from a browser or a word processor carries that no reader sees. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** "three (3) students", as forms and contracts write a number: the word, with its digits repeated. */
const WITH_ITS_DIGITS = new RegExp(`\\b(${NUMBER})\\s*\\((\\d{1,4})\\)`, 'gi');
/** "three to five (3-5) minutes": a range in words, its digits repeated. */
const RANGE_WITH_ITS_DIGITS = new RegExp(
  `\\b(${NUMBER})(\\s*(?:-|–|to)\\s*)(${NUMBER})\\s*\\((\\d{1,4})\\s*(?:-|–|to)\\s*(\\d{1,4})\\)`,
  'gi',
);
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

export function cleanText(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/[\u2018\u2019\u201b]/g, "'")
      .replace(/[\u201c\u201d\u201f]/g, '"')
      .replace(/\*\*|__/g, '')
      .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1')
      // "_at least four_", "_Passing:_": Markdown's other emphasis; a snake_case word keeps its underscore.
      .replace(/(^|[\s(])_(?=\S)|(?<=\S)_(?=[\s).,;:!?]|$)/g, '$1')
      .replace(/\s+/g, ' ')
      .replace(RANGE_WITH_ITS_DIGITS, (all, a: string, dash: string, b: string, x: string, y: string) =>
        numberValue(a) === Number(x) && numberValue(b) === Number(y) ? `${a}${dash}${b}` : all,
      )
      .replace(WITH_ITS_DIGITS, (all, word: string, digits: string) =>
        numberValue(word) === Number(digits) ? word : all,
      )
      .trim()
  );
}

/** A rubric has a label and a handful of levels; a line of more cells than this is no rubric row. */
const MOST_CELLS = 24;

function cellsOf(raw: string): string[] | null {
  if (occurrences(raw, '\t', MOST_CELLS) >= MOST_CELLS || occurrences(raw, '|', MOST_CELLS + 1) > MOST_CELLS)
    return null;
  if (raw.includes('\t') && !isIndentedLine(raw)) {
    const cells = raw.replace(/\s+$/, '').split('\t').map(cleanText);
    return cells.filter(Boolean).length >= 1 && cells.length >= 2 ? cells : null;
  }
  const trimmed = raw.trim();
  if (!/^\|.*\|$/.test(trimmed)) return null;
  return trimmed.slice(1, -1).split('|').map(cleanText);
}

/**
 * A table's row without a Markdown table's outer pipes ("Evidence | Proficient | Developing"), or with its
 * columns lined up with runs of spaces (a plain-text e-mail, a PDF copied with its layout): three cells or
 * more; an indented line starts with an empty cell (a header's, above the labels). Only a table's: a
 * header naming two rubric levels or more, or a row under one ("Part 1.   Overview" stays a heading).
 */
function separatedRow(visible: string, above?: SourceLine): string[] | null {
  const text = visible.replace(/\s+$/, '');
  const piped = text.trim().split(/\s\|\s/);
  const cells = (piped.length >= 3 ? piped : text.trim().split(/ {3,}/)).map(cleanText);
  if (cells.length < 3 || cells.length > MOST_CELLS) return null;
  const row = /^ {3,}\S/.test(text) ? ['', ...cells] : cells;
  const levels = row.slice(1).filter((cell) => KNOWN_LEVELS.includes(scoredLevel(cell).name.toLowerCase()));
  return above?.cells || levels.length >= 2 ? row : null;
}

/** How many times `char` occurs in `text`, counted up to `most` (a long line is not scanned to its end). */
function occurrences(text: string, char: string, most: number): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0 && count < most; i = text.indexOf(char, i + 1)) count++;
  return count;
}

const unmarked = (line: string) => line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)/, '').replace(/\s+#+\s*$/, '');

/**
 * Tabs that indent a line ("\t◦ What…") or follow its list marker ("●\tWhat…", as a browser or Google
 * Docs copies a list) make no table row; a row has a tab between two cells.
 */
function isIndentedLine(raw: string): boolean {
  const text = raw.replace(/^\s+/, '');
  return !text.includes('\t') || (BULLET.test(text) && !text.replace(BULLET, '').includes('\t'));
}

/** Every line of the text, numbered; blank lines and page furniture left out. */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((whole, index) => {
    for (const sourceLine of pieces(whole)) {
      const line = sourceLineOf(sourceLine, index + 1, out.at(-1)?.line === index ? out.at(-1) : undefined);
      if (line) out.push(line);
    }
  });
  return out;
}

/**
 * A line that tabs push to the right, under a table row, goes on with that row's cells in those columns
 * (a PDF's wrapped cell text in the last columns only); elsewhere tabs before a line only indent it.
 */
function continuedRow(raw: string, above: SourceLine | undefined): string[] | null {
  const lead = /^\t+/.exec(raw)?.[0].length ?? 0;
  if (!above?.cells || lead === 0 || lead >= above.cells.length || BULLET.test(raw.trim())) return null;
  if (occurrences(raw, '\t', MOST_CELLS) >= MOST_CELLS) return null;
  return raw.replace(/\s+$/, '').split('\t').map(cleanText);
}

/** The words that label a requirement's Part or section, a Part's first. */
const LABELS =
  '(part|parte)|section|secci[oó]n|artifact|artefacto|evidence|evidencia|exhibit|component|componente|' +
  'step|paso|task|tarea';
/**
 * "Part 1:<tab>Overview Questions", "Artifact 2<tab>Lesson Plan", as a word processor sets a numbered
 * heading: the tab after the label is no table column. The name after it is a heading's, ending no
 * sentence as a rubric cell's criterion does; under a table row, only a Part's label heads a line.
 */
const TABBED_LABEL = new RegExp(
  `^\\s*(?:${LABELS})[ \\u00a0]+` +
    '(?:#\\s*|no\\.\\s*)?[\\p{L}\\d]{1,6}(?: (?:of|de) \\d+)?[:.)]?' +
    '\\t+[^\\t]*[^\\t.;]$',
  'iu',
);
function isTabbedHeading(raw: string, above: SourceLine | undefined): boolean {
  const label = TABBED_LABEL.exec(raw);
  return Boolean(label && (label[1] || !above?.cells));
}

/** No requirement is this long: a longer line is read in pieces (its text whole, but no regex on megabytes). */
const LONGEST_LINE = 10_000;

function pieces(line: string): string[] {
  if (line.length <= LONGEST_LINE) return [line];
  const out: string[] = [];
  for (let start = 0; start < line.length; ) {
    const space = line.lastIndexOf(' ', start + LONGEST_LINE);
    const end = start + LONGEST_LINE >= line.length ? line.length : space > start ? space + 1 : start + LONGEST_LINE;
    out.push(line.slice(start, end));
    start = end;
  }
  return out;
}

function sourceLineOf(sourceLine: string, line: number, above?: SourceLine): SourceLine | null {
  // Markdown headings and block quotes read as the lines they mark; the quote keeps the line as written.
  const raw = unmarked(sourceLine).trim();
  const visible = unmarked(sourceLine.replace(INVISIBLE, ''));
  const trimmed = visible.trim();
  if (!trimmed || isFurniture(cleanText(trimmed))) return null;
  if (/^[|:-]/.test(trimmed) && TABLE_RULE.test(trimmed.replace(/\t/g, '|')) && /-{2,}/.test(trimmed)) return null;
  const cells = isTabbedHeading(visible, above)
    ? null
    : (cellsOf(visible) ?? continuedRow(visible, above) ?? separatedRow(visible, above));
  // "### 1. Overview Questions" is a Markdown heading numbered, not a list item.
  const depth = /^\s{0,3}(#{1,6})\s/.exec(sourceLine)?.[1].length;
  const bullet = !cells && !depth && BULLET.test(trimmed);
  const text = ocrDigitOne(cleanText(bullet ? trimmed.replace(BULLET, '').replace(CHECKBOX, '') : trimmed));
  const title = depth === 1;
  const indent = bullet ? (/^[ \t]*/.exec(visible)?.[0].replace(/\t/g, '    ').length ?? 0) : 0;
  const marker = bullet ? markerOf(trimmed) : undefined;
  const marks = { ...(title ? { title } : {}), ...(depth ? { heading: depth } : {}), ...(indent ? { indent } : {}) };
  return { line, raw, text, bullet, cells, ...marks, marker };
}

/**
 * "Part l." or "Artifact l:" with a lowercase L where the number belongs, as text recognition reads a
 * scanned "1": no Part is lettered "l" (nor numbered in lowercase roman as far as fifty). The line is quoted
 * as written beside each rule it gives, so the writer sees the reading.
 */
const OCR_ONE = new RegExp(`^((?:${LABELS})\\s+)l(?=[.:)]?(?:\\s|$))`, 'i');
/** Only a lowercase L: "Part L" may be the twelfth of lettered Parts. */
const ocrDigitOne = (text: string) =>
  text.replace(OCR_ONE, (whole, label: string) => (whole.endsWith('l') ? `${label}1` : whole));

const markerOf = (text: string) => {
  const mark = BULLET.exec(text)?.[0].trim() ?? '';
  return /^\d/.test(mark) ? '1' : /^[a-z][.)]$/i.test(mark) ? 'a' : mark;
};

const FURNITURE = new RegExp(
  '^(?:except where otherwise noted|creative commons|last (?:revised|updated|modified|edited)|download to access|' +
    'ready to get started|how to prepare for and earn|requirements for (?!earning\\b)|' +
    // A wiki's or a site's page record: "Created by Dana Lee, last modified on Mar 04, 2025".
    '(?:created|posted) by [^,]{1,60}, last (?:modified|edited|updated)\\b)',
  'i',
);

/**
 * A table of contents' entry: a heading's words, a leader of dots ("....", ". . .", "……") and its page
 * ("Part 1. Overview Questions ........ 3"). Its heading is found where it stands, not in the contents.
 */
const CONTENTS_ENTRY = /(?:\.{3,}|(?:\. ?){4,}|…{2,}|(?:· ?){3,}|_{4,})\s*(?:\d{1,4}|[ivxlc]{1,6})$/i;

/** Licence lines, revision dates, bare links, download prompts and contents entries: not requirements. */
function isFurniture(text: string): boolean {
  return (
    FURNITURE.test(text) ||
    // A leader and its page end the line: its end alone is tried (every start of a long run is costly).
    CONTENTS_ENTRY.test(text.slice(-120)) ||
    /^<?https?:\/\/\S+>?$/.test(text) ||
    /^\[[^\]]*\]\([^)]*\)$/.test(text) ||
    (text.length < 90 && /\bpage \d+(?: of \d+)?$/i.test(text))
  );
}

/** Sentences of a line (kept whole when there is one). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+(?=["(¿¡]?\p{Lu})/u).filter(Boolean);
}
