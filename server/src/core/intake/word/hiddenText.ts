/**
 * Hidden text (Word's Font ▸ Hidden, `<w:vanish/>` on a run or on its character style). Word does
 * not show it unless the writer turns on hidden text, and its word count leaves out what is not
 * shown; the converter reads every run, so hidden runs are taken out of the body first. Their text
 * is kept aside: the file still carries it, and anyone can reveal it, so it is checked for what
 * would identify the writer.
 */
import { decodeXml } from './xmlText';

const RUN_TAG = /<w:r(?=[\s>/])[^>]*>|<\/w:r>/g;
const RUN_PROPERTIES = /<w:rPr>([\s\S]*?)<\/w:rPr>/y;
/** `<w:vanish/>`, or with a value that turns it on. */
const VANISH = /<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>/;
const CHARACTER_STYLE = /<w:rStyle\s+w:val="([^"]*)"/;

/** The character styles that hide their text (from word/styles.xml). */
export function hiddenCharacterStyles(stylesXml: string): Set<string> {
  const hidden = new Set<string>();
  for (const [, head, body] of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (!/\bw:type="character"/.test(head)) continue;
    const id = /\bw:styleId="([^"]*)"/.exec(head)?.[1];
    const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    if (id && VANISH.test(properties)) hidden.add(id);
  }
  return hidden;
}

/** The body without its hidden runs, and the text they held (one entry per run). */
export function withoutHiddenRuns(xml: string, hiddenStyles: ReadonlySet<string>): { xml: string; hidden: string[] } {
  if (!xml.includes('<w:vanish') && hiddenStyles.size === 0) return { xml, hidden: [] };
  const hidden: string[] = [];
  let out = '';
  let from = 0;
  RUN_TAG.lastIndex = 0;
  for (let tag = RUN_TAG.exec(xml); tag; tag = RUN_TAG.exec(xml)) {
    if (tag[0] === '</w:r>' || tag[0].endsWith('/>')) continue;
    RUN_PROPERTIES.lastIndex = RUN_TAG.lastIndex;
    const properties = RUN_PROPERTIES.exec(xml)?.[1];
    if (properties === undefined || !isHidden(properties, hiddenStyles)) continue;
    const end = runEnd(xml, RUN_TAG.lastIndex);
    if (end < 0) break;
    const text = runText(xml.slice(tag.index, end));
    if (text.trim()) hidden.push(text);
    out += xml.slice(from, tag.index);
    from = end;
    RUN_TAG.lastIndex = end;
  }
  return { xml: from === 0 ? xml : out + xml.slice(from), hidden };
}

function isHidden(properties: string, hiddenStyles: ReadonlySet<string>): boolean {
  // A run's own `<w:vanish w:val="0"/>` shows it, whatever its style says.
  if (/<w:vanish\b/.test(properties)) return VANISH.test(properties);
  const style = CHARACTER_STYLE.exec(properties)?.[1];
  return style !== undefined && hiddenStyles.has(style);
}

/** Where the run opened before `from` closes (a text box's runs may sit inside it). */
function runEnd(xml: string, from: number): number {
  const tags = new RegExp(RUN_TAG.source, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(xml); tag; tag = tags.exec(xml)) {
    if (tag[0] === '</w:r>') depth -= 1;
    else if (!tag[0].endsWith('/>')) depth += 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

const runText = (run: string) =>
  [...run.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
    .map((match) => (match[1] === undefined ? ' ' : decodeXml(match[1])))
    .join('');
