/**
 * Words that Word's list numbering writes before a paragraph ("Part 1.", "Artifact 2:", "PART ONE"),
 * which live in numbering.xml, not in the text: a converter drops them with the numbering. They are
 * written into the paragraph's text, as Word shows it, for the levels whose number text holds words;
 * plain numbers and bullets stay lists.
 */
import { decodeXml } from './xmlText';

interface Level {
  start: number;
  format: string;
  text: string;
  /** The paragraph style the level belongs to (an outline's "Heading 2"), if any. */
  style: string | null;
}

interface Numbering {
  /** Each w:num's levels, by numId then ilvl. */
  levels: Map<string, Map<number, Level>>;
  /**
   * Whose counters each w:num takes: its abstract list's (numbers run on across the nums that share it, as
   * LibreOffice writes a list: its first item's num restarts it, the next items' num goes on).
   */
  counterOf: Map<string, string>;
  /** The levels each w:num restarts (a start override) at its first paragraph. */
  restarts: Map<string, Set<number>>;
}

const attribute = (xml: string, tag: string) =>
  new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1] ?? null;

function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const [, id, body] of xml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  ))
    abstracts.set(id, readLevels(body));
  const levels = new Map<string, Map<number, Level>>();
  const counterOf = new Map<string, string>();
  const restarts = new Map<string, Set<number>>();
  for (const [, numId, body] of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attribute(body, 'abstractNumId') ?? '';
    const own = new Map(abstracts.get(abstractId) ?? []);
    const restarted = new Set<number>();
    for (const [, ilvl, override] of body.matchAll(
      /<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g,
    )) {
      const level = own.get(Number(ilvl));
      const start = attribute(override, 'startOverride');
      if (level && start !== null) own.set(Number(ilvl), { ...level, start: Number(start) });
      if (start !== null) restarted.add(Number(ilvl));
    }
    levels.set(numId, own);
    counterOf.set(numId, `abstract ${abstractId}`);
    restarts.set(numId, restarted);
  }
  return { levels, counterOf, restarts };
}

function readLevels(body: string): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const [, ilvl, level] of body.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g))
    out.set(Number(ilvl), {
      start: Number(attribute(level, 'start') ?? 1),
      format: attribute(level, 'numFmt') ?? 'decimal',
      text: decodeXml(attribute(level, 'lvlText') ?? ''),
      style: attribute(level, 'pStyle'),
    });
  return out;
}

/** The numbering a paragraph style carries (an outline's headings): its numId and level, by style id. */
function styleNumbering(stylesXml: string): Map<string, { numId: string; ilvl: number | null }> {
  const out = new Map<string, { numId: string; ilvl: number | null }>();
  for (const [, id, body] of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
    const numId = numPr ? attribute(numPr, 'numId') : null;
    if (numId)
      out.set(id, {
        numId,
        ilvl: numPr && attribute(numPr, 'ilvl') !== null ? Number(attribute(numPr, 'ilvl')) : null,
      });
  }
  return out;
}

/** The paragraph styles that make headings: Word's "heading 1"… and the Title, or a style with an outline level. */
function headingStyles(stylesXml: string): Set<string> {
  const out = new Set<string>();
  for (const [, id, body] of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const name = attribute(body, 'name') ?? '';
    if (/^(?:heading \d|title)$/i.test(name) || /<w:outlineLvl w:val="[0-8]"/.test(body)) out.add(id);
  }
  return out;
}

/** A paragraph's opening tag and its properties (which come first), not a self-closing empty paragraph. */
const PARAGRAPH_START = /<w:p\b(?:[^>]*[^/>])?>(\s*<w:pPr\b(?:[^>]*[^/>])?>[\s\S]*?<\/w:pPr>)?/g;

/**
 * document.xml with the words of numbered paragraphs written before their text; null when none has any.
 * `only`: the paragraph styles whose numbers are written (a draft's headings), when not every style's are.
 */
export function withListNumbersWritten(
  documentXml: string,
  numberingXml: string,
  stylesXml: string,
  only?: ReadonlySet<string>,
): string | null {
  if (!numberingXml.includes('<w:lvlText')) return null;
  const numbering = readNumbering(numberingXml);
  const styles = styleNumbering(stylesXml);
  const headings = headingStyles(stylesXml);
  /** The counters of each abstract list, by level. */
  const counters = new Map<string, number[]>();
  /** The nums' levels met so far: a start override restarts the count at a level's first paragraph only. */
  const begun = new Set<string>();
  let changed = false;
  const out = documentXml.replace(PARAGRAPH_START, (whole, properties: string | undefined) => {
    const found = paragraphNumbering(properties ?? '', numbering, styles);
    if (!found) return whole;
    const { numId, ilvl, level } = found;
    const key = numbering.counterOf.get(numId) ?? numId;
    const count = counters.get(key) ?? [];
    const restart = numbering.restarts.get(numId)?.has(ilvl) && !begun.has(`${numId} ${ilvl}`);
    begun.add(`${numId} ${ilvl}`);
    count[ilvl] = count[ilvl] === undefined || restart ? level.start : count[ilvl] + 1;
    count.length = ilvl + 1;
    counters.set(key, count);
    // A heading's number ("2.1 Talk Plan", an outline's) is lost with its list by the converter, which makes a
    // heading of the paragraph: it is written too. A plain list's numbers stay a list. `only` (a draft's
    // headings): just their numbers with words ("Part 1."), as Word shows them.
    const style = attribute(properties ?? '', 'pStyle') ?? '';
    if (only ? !only.has(style) || !hasWords(level.text) : !hasWords(level.text) && !headings.has(style)) return whole;
    changed = true;
    const levels = numbering.levels.get(numId);
    const label = level.text.replace(/%(\d)/g, (_, n: string) => {
      const i = Number(n) - 1;
      return formatNumber(count[i] ?? levels?.get(i)?.start ?? 1, levels?.get(i)?.format ?? 'decimal');
    });
    // The paragraph keeps no numbering (numId 0), so the converter makes no list of it.
    const own = (properties ?? '').replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, '');
    const pPr = own
      ? own.replace(/<\/w:pPr>$/, '<w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>')
      : '<w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>';
    const open = whole.slice(0, whole.length - (properties ?? '').length);
    return `${open}${pPr}<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`;
  });
  return changed ? out : null;
}

function paragraphNumbering(
  properties: string,
  numbering: Numbering,
  styles: Map<string, { numId: string; ilvl: number | null }>,
): { numId: string; ilvl: number; level: Level } | null {
  const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(properties)?.[1];
  const style = attribute(properties, 'pStyle');
  const fromStyle = style ? styles.get(style) : undefined;
  const numId = (numPr && attribute(numPr, 'numId')) ?? fromStyle?.numId;
  if (!numId || numId === '0') return null;
  const levels = numbering.levels.get(numId);
  if (!levels) return null;
  const own = numPr ? attribute(numPr, 'ilvl') : null;
  const linked = [...levels].find(([, level]) => style && level.style === style)?.[0];
  const ilvl = own !== null ? Number(own) : (fromStyle?.ilvl ?? linked ?? 0);
  const level = levels.get(ilvl);
  return level && level.format !== 'bullet' && level.format !== 'none' ? { numId, ilvl, level } : null;
}

/** Number text with a word besides its numbers ("Part %1.", "Artifact %1:"), not "%1." or "%1.%2". */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/%\d/g, ''));

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const TEENS = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function formatNumber(n: number, format: string): string {
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'cardinalText':
      return n >= 1 && n <= 19 ? capital(n <= 10 ? ONES[n] : TEENS[n - 11]) : String(n);
    case 'ordinalText':
      return n >= 1 && n <= 10 ? capital(ORDINALS[n]) : String(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const marks: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, mark] of marks)
    while (n >= value) {
      out += mark;
      n -= value;
    }
  return out;
}

/** Word's letters: A…Z, then AA…ZZ. */
const letters = (n: number) => (n < 1 ? String(n) : String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.ceil(n / 26)));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
