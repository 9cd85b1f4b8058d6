/** Requirement text as lines: cleaned of markup and typography, sorted into what each line is. */

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
}

const BULLET = /^(?:[•●◦○▪■□➢►‣∙·*+–-]|\d{1,2}[.)]|[a-z][.)])\s+/i;
/** Characters a copy from a browser or a word processor carries that no reader sees. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

export function cleanText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201f]/g, '"')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\s]+/g, ' ')
    .trim();
}

function cellsOf(raw: string): string[] | null {
  if (raw.includes('\t') && !isIndentedLine(raw)) {
    const cells = raw.replace(/\s+$/, '').split('\t').map(cleanText);
    return cells.filter(Boolean).length >= 1 && cells.length >= 2 ? cells : null;
  }
  const trimmed = raw.trim();
  if (!/^\|.*\|$/.test(trimmed)) return null;
  return trimmed.slice(1, -1).split('|').map(cleanText);
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
  text.split(/\r\n|\r|\n/).forEach((sourceLine, index) => {
    // Markdown headings and block quotes read as the lines they mark; the quote keeps the line as written.
    const raw = unmarked(sourceLine).trim();
    const visible = unmarked(sourceLine.replace(INVISIBLE, ''));
    const trimmed = visible.trim();
    if (!trimmed || isFurniture(cleanText(trimmed))) return;
    const isRule = TABLE_RULE.test(trimmed.replace(/\t/g, '|')) && /-{2,}/.test(trimmed);
    if (isRule) return;
    const cells = cellsOf(visible);
    const bullet = !cells && BULLET.test(trimmed);
    const text = cleanText(bullet ? trimmed.replace(BULLET, '') : trimmed);
    const title = /^\s{0,3}#\s/.test(sourceLine);
    out.push({ line: index + 1, raw, text, bullet, cells, ...(title ? { title } : {}) });
  });
  return out;
}

const FURNITURE = new RegExp(
  '^(?:except where otherwise noted|creative commons|last (?:revised|updated)|download to access|' +
    'ready to get started|how to prepare for and earn|requirements for )',
  'i',
);

/** Licence lines, revision dates, bare links and download prompts: not requirements. */
function isFurniture(text: string): boolean {
  return (
    FURNITURE.test(text) ||
    /^<?https?:\/\/\S+>?$/.test(text) ||
    /^\[[^\]]*\]\([^)]*\)$/.test(text) ||
    (text.length < 90 && /\bpage \d+(?: of \d+)?$/i.test(text))
  );
}

/** Sentences of a line (kept whole when there is one). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+(?=["(¿¡]?\p{Lu})/u).filter(Boolean);
}
