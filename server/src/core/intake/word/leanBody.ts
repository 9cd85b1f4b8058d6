/**
 * The body as the converter needs it. Word writes revision ids on every paragraph and run, and
 * spell-check, language and font marks in every run's properties: in a long draft they are half
 * the XML, and the converter builds a node for each. None of them changes the text or what the
 * import reads (styles, bold, size, numbering), so they are left out before it parses the body.
 */
const NOISE_ATTRIBUTES = /\s(?:w:rsid\w*|w14:paraId|w14:textId)="[^"]*"/g;
const NOISE_ELEMENTS = /<w:(?:proofErr|lang|rFonts|noProof|szCs|bCs|iCs|lastRenderedPageBreak)\b[^>]*\/>/g;

export function withoutNoise(xml: string): string {
  return xml.replace(NOISE_ATTRIBUTES, '').replace(NOISE_ELEMENTS, '');
}

/**
 * A phonetic guide (Japanese furigana, Chinese pinyin) is a run holding a ruby: the text the writer typed in its
 * base, the small reading above it in `w:rt`. The converter drops the whole run, so the base's runs take its place.
 */
const RUBY_RUN = new RegExp(
  '<w:r\\b[^>]*>(?:(?!</w:r>)[\\s\\S])*?<w:ruby>[\\s\\S]*?' +
    '<w:rubyBase>([\\s\\S]*?)</w:rubyBase>[\\s\\S]*?</w:ruby>\\s*</w:r>',
  'g',
);

export function withRubyBases(xml: string): string {
  return xml.includes('<w:ruby>') ? xml.replace(RUBY_RUN, '$1') : xml;
}

/**
 * What the converter does not know but a reader sees: a carriage return (`w:cr`) is a line break and an
 * absolute-position tab (`w:ptab`) a tab, where the converter joined the words on each side; a run of text
 * typed with a direction mark, wrapped in `w:dir` or `w:bdo`, is text, where the converter dropped it.
 */
const LAYOUT_MARKS =
  /<w:cr\b[^>]*\/>|<w:ptab\b[^>]*\/>|<\/?w:(?:dir|bdo)\b[^>]*>|<w:br\b[^>]*\bw:type="(?:page|column)"[^>]*\/>/g;

export function withLayoutMarksRead(xml: string): string {
  return xml.replace(LAYOUT_MARKS, (mark) =>
    mark.startsWith('<w:cr')
      ? '<w:br/>'
      : mark.startsWith('<w:ptab')
        ? '<w:tab/>'
        : mark.startsWith('<w:br')
          ? '<w:t xml:space="preserve"> </w:t>'
          : '',
  );
}

/**
 * An equation (Office Math, as Word, LibreOffice and Google Docs write it) is runs of its own the converter drops:
 * its text takes its place as a run, in the linear form Word's equation editor types (`r^2`, `x_i`, `a/b`).
 */
const EQUATION_START = /<m:oMath(?=[\s>])[^>]*>/g;
const EQUATION_END = '</m:oMath>';
const MATH_PARTS = /<m:t(?:\s[^>]*)?>([^<]*)<\/m:t>|<m:(sup|sub|den)>/g;
const LINEAR: Record<string, string> = { sup: '^', sub: '_', den: '/' };

export function withEquationsAsText(xml: string): string {
  if (!xml.includes('<m:oMath')) return xml;
  // A display equation's paragraph and how it is aligned (m:jc) hold no text.
  const body = xml.replace(/<\/?m:oMathPara(?:Pr)?(?:\s[^>]*)?>|<m:jc\b[^>]*\/>/g, '');
  // Each equation's end is sought once, from its start: a damaged file's unclosed equations cost one pass.
  let out = '';
  let from = 0;
  EQUATION_START.lastIndex = 0;
  for (let open = EQUATION_START.exec(body); open; open = EQUATION_START.exec(body)) {
    const end = body.indexOf(EQUATION_END, EQUATION_START.lastIndex);
    if (end < 0) break;
    const inner = body.slice(EQUATION_START.lastIndex, end);
    const text = [...inner.matchAll(MATH_PARTS)].map((part) => part[1] ?? LINEAR[part[2]]).join('');
    out += `${body.slice(from, open.index)}<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    from = end + EQUATION_END.length;
    EQUATION_START.lastIndex = from;
  }
  return out + body.slice(from);
}
