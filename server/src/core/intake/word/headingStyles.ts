/**
 * Which paragraph styles of a Word file are headings, whatever the word processor named them:
 * Word's `Heading 1` and `Title`, Google Docs' `heading 1`, OpenDocument's `Heading_20_1`, Pages'
 * `Heading`, and a school template's own style (`MyHeading`) that is based on one of them or has an
 * outline level.
 * Read from word/styles.xml, so the import finds the headings the writer sees in the navigation pane.
 */

/** styleId → the name the import's style map knows: `Title` or `Heading 1`…`Heading 6`. */
export type HeadingStyles = Map<string, string>;

interface StyleFacts {
  name: string;
  basedOn: string | null;
  /** Word's outline level (0 = level 1, 9 = body text), when the style sets one. */
  outline: number | null;
}

const attribute = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

/**
 * `Heading 1` and `Title` in the languages word processors name them in when a draft is written in another
 * language's Word, LibreOffice or WPS (German, French, Spanish and Portuguese, Italian, Catalan, Dutch, the
 * Nordic languages, Polish, Czech, Hungarian, Turkish, Russian, Greek, Japanese, Chinese, Korean). Word's
 * own files keep the English name, but its style ids drop letters outside ASCII (`berschrift1`), and
 * other programs write the name as the writer sees it.
 */
const HEADING = new RegExp(
  '^(?:heading|ü?berschrift|titre|t[ií]?tulo|titolo|t[ií]tol|kop|rubrik|overskrift|otsikko|nag(?:łó)?wek|nadpis|' +
    'c[ií]?msor|başlık|заголовок|επικεφαλίδα|見出し|标题|標題|제목) ?(\\d)$',
);
const TITLE = /^(?:title|titel|tittel|titre|t[ií]tulo|titolo|t[ií]tol|tytuł|název|cím|название|τίτλος|表題)$/;

/**
 * The heading name a style's own name gives (`heading 1`, `Heading_20_2`, `Heading1`, `Title`). Pages
 * names its first heading style plain `Heading`; LibreOffice's `Heading` is only the base of its
 * headings and of their look-alikes (`Contents Heading`), so a style based on it is no heading for that.
 */
function nameLevel(name: string, inherited: boolean): string | null {
  const plain = name.replace(/_20_/g, ' ').trim().toLowerCase();
  if (TITLE.test(plain)) return 'Title';
  if (plain === 'heading') return inherited ? null : 'Heading 1';
  const heading = HEADING.exec(plain);
  return heading && Number(heading[1]) >= 1 ? `Heading ${Math.min(6, Number(heading[1]))}` : null;
}

/**
 * The heading a style id names when the document uses it without defining it (as some generators write
 * `Heading1` or `Title` with no styles part): the name Word would give it.
 */
export function undefinedStyleHeading(id: string): string | null {
  return nameLevel(id, false);
}

export function readHeadingStyles(stylesXml: string): HeadingStyles {
  const styles = new Map<string, StyleFacts>();
  for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const [, head, body] = match;
    if (!/\bw:type="paragraph"/.test(head)) continue;
    const id = /\bw:styleId="([^"]*)"/.exec(head)?.[1];
    if (!id) continue;
    const outline = attribute(body, 'outlineLvl');
    styles.set(id, {
      name: attribute(body, 'name') ?? id,
      basedOn: attribute(body, 'basedOn') ?? null,
      outline: outline === undefined ? null : Number(outline),
    });
  }
  const levels: HeadingStyles = new Map();
  for (const id of styles.keys()) {
    const level = headingOf(id, styles, new Set());
    if (level) levels.set(id, level);
  }
  return levels;
}

/** The style's own name first, then its own outline level, then what it is based on. */
function headingOf(id: string, styles: Map<string, StyleFacts>, seen: Set<string>): string | null {
  const style = styles.get(id);
  if (!style || seen.has(id)) return null;
  seen.add(id);
  const named = nameLevel(style.name, seen.size > 1);
  if (named) return named;
  if (style.outline !== null && Number.isInteger(style.outline))
    return style.outline >= 0 && style.outline < 9 ? `Heading ${Math.min(6, style.outline + 1)}` : null;
  return style.basedOn ? headingOf(style.basedOn, styles, seen) : null;
}
