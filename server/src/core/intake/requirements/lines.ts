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
}

const BULLET = /^(?:[•●◦▪■‣∙·*+-]|\d{1,2}[.)]|[a-z][.)])\s+/i;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

export function cleanText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201f]/g, '"')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

function cellsOf(raw: string): string[] | null {
  if (raw.includes('\t')) {
    const cells = raw.replace(/\s+$/, '').split('\t').map(cleanText);
    return cells.filter(Boolean).length >= 1 && cells.length >= 2 ? cells : null;
  }
  const trimmed = raw.trim();
  if (!/^\|.*\|$/.test(trimmed)) return null;
  return trimmed.slice(1, -1).split('|').map(cleanText);
}

/** Every line of the text, numbered; blank lines and page furniture left out. */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((sourceLine, index) => {
    // Markdown headings and block quotes read as the lines they mark.
    const rawLine = sourceLine.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)/, '').replace(/\s+#+\s*$/, '');
    const raw = rawLine.trim();
    if (!raw || isFurniture(cleanText(raw))) return;
    const isRule = TABLE_RULE.test(raw.replace(/\t/g, '|')) && /-{2,}/.test(raw);
    if (isRule) return;
    const cells = cellsOf(rawLine);
    const bullet = !cells && BULLET.test(raw);
    out.push({ line: index + 1, raw, text: cleanText(bullet ? raw.replace(BULLET, '') : raw), bullet, cells });
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
