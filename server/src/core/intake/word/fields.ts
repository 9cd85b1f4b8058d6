/**
 * Fields whose result Word computes and the writer did not write: page numbers (`PAGE`,
 * `NUMPAGES`, `PAGEREF`…) and the table of contents (`TOC`, and the content control holding it).
 * Their results are left out of the body, so no section counts them. Other simple fields (a date, a
 * cross-reference) keep their text, which the converter would otherwise drop as an element it does
 * not know.
 */
const COMPUTED = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES|PAGEREF|TOC|SECTION)\b/i;
const SIMPLE_FIELD = /<w:fldSimple\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:fldSimple>)/g;
/**
 * A field's marks, self-closed as Word writes them, open and closed as LibreOffice does, or holding a form
 * field's data; and its instruction.
 */
const FIELD_PARTS =
  /<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"[^>]*>|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g;
const BALANCED = ['w:p', 'w:hyperlink', 'w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent', 'w:r', 'w:smartTag'];

export function withoutComputedFields(body: string): string {
  const xml = withoutTablesOfContents(body);
  if (!xml.includes('<w:fld')) return xml;
  const simple = xml.replace(SIMPLE_FIELD, (_whole, attributes: string, content = '') => {
    const instruction = /w:instr="([^"]*)"/.exec(attributes)?.[1] ?? '';
    return COMPUTED.test(instruction) ? '' : content;
  });
  return withoutComplexResults(simple);
}

interface Field {
  instruction: string;
  /** Where the run holding its separator ends: the result starts there. */
  resultStart: number | null;
}

/** Removes the results of computed complex fields (begin … instrText … separate … result … end). */
function withoutComplexResults(xml: string): string {
  const cuts: [number, number][] = [];
  const open: Field[] = [];
  for (const part of xml.matchAll(FIELD_PARTS)) {
    const at = part.index ?? 0;
    if (part[2] !== undefined) {
      if (open.length > 0) open[open.length - 1].instruction += part[2];
    } else if (part[1] === 'begin') open.push({ instruction: '', resultStart: null });
    else if (part[1] === 'separate') {
      const field = open.at(-1);
      const runEnd = xml.indexOf('</w:r>', at);
      if (field && runEnd >= 0) field.resultStart = runEnd + '</w:r>'.length;
    } else {
      const field = open.pop();
      // The run holding the end mark (`<w:r>` or `<w:r …>`, not its properties' `<w:rPr>`).
      const runStart = Math.max(xml.lastIndexOf('<w:r>', at), xml.lastIndexOf('<w:r ', at));
      // Only the outermost computed field is cut: a TOC holds a PAGEREF for each entry.
      if (!field || field.resultStart === null || open.some((outer) => COMPUTED.test(outer.instruction))) continue;
      if (
        COMPUTED.test(field.instruction) &&
        runStart >= field.resultStart &&
        balanced(xml, field.resultStart, runStart)
      )
        cuts.push([field.resultStart, runStart]);
    }
  }
  if (cuts.length === 0) return xml;
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += xml.slice(from, start);
    from = end;
  }
  return out + xml.slice(from);
}

/** Whether cutting xml[start, end) leaves the XML well formed: it may close one paragraph and open another. */
function balanced(xml: string, start: number, end: number): boolean {
  const slice = xml.slice(start, end);
  for (const name of BALANCED) {
    let depth = 0;
    let lowest = 0;
    for (const tag of slice.matchAll(new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*?(/?)>`, 'g'))) {
      if (tag[2]) continue;
      depth += tag[1] ? -1 : 1;
      lowest = Math.min(lowest, depth);
    }
    if (depth !== 0 || lowest < (name === 'w:p' ? -1 : 0)) return false;
  }
  return true;
}

const GALLERY = /<w:docPartGallery\s+w:val="Table of Contents"/;
const SDT_TAG = /<w:sdt(?=[\s>])[^>]*>|<\/w:sdt>/g;

/** Word and Google Docs wrap a table of contents in a content control of the gallery "Table of Contents". */
function withoutTablesOfContents(xml: string): string {
  if (!GALLERY.test(xml)) return xml;
  let out = '';
  let from = 0;
  SDT_TAG.lastIndex = 0;
  for (let tag = SDT_TAG.exec(xml); tag; tag = SDT_TAG.exec(xml)) {
    if (tag[0] === '</w:sdt>') continue;
    const properties = /^<w:sdtPr>[\s\S]*?<\/w:sdtPr>/.exec(xml.slice(SDT_TAG.lastIndex, SDT_TAG.lastIndex + 4000));
    if (!properties || !GALLERY.test(properties[0])) continue;
    const end = closingSdt(xml, SDT_TAG.lastIndex);
    if (end < 0) break;
    out += xml.slice(from, tag.index);
    from = end;
    SDT_TAG.lastIndex = end;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

function closingSdt(xml: string, from: number): number {
  const tags = new RegExp(SDT_TAG.source, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(xml); tag; tag = tags.exec(xml)) {
    depth += tag[0] === '</w:sdt>' ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}
