/**
 * Symbols typed in a symbol font (Symbol, Wingdings, Webdings), as LibreOffice saves them: the
 * font's own character codes in the private-use area (U+F0FC, a check mark in Wingdings) as plain
 * text, where Word writes a `w:sym` element the converter reads. They become the Unicode characters
 * they show (✓, •), so the Markdown shows them too. None is a word, before or after.
 */
import { codePoint } from 'dingbat-to-unicode';

const RUN = /<w:r\b[^>]*>[\s\S]*?<\/w:r>/g;
const SYMBOL_FONT = /<w:rFonts\b[^>]*\bw:ascii="(Symbol|Wingdings(?: [23])?|Webdings)"/;
const TEXT = /(<w:t\b[^>]*>)([^<]*)(<\/w:t>)/g;
const PRIVATE_USE = /[\uF020-\uF0FF]/g;

export function withSymbolFontsAsUnicode(xml: string): string {
  if (!SYMBOL_FONT.test(xml)) return xml;
  return xml.replace(RUN, (run) => {
    const font = SYMBOL_FONT.exec(run)?.[1];
    if (!font) return run;
    return run.replace(TEXT, (_whole, open: string, text: string, close: string) => {
      const shown = text.replace(PRIVATE_USE, (char) => {
        const code = char.codePointAt(0) ?? 0;
        return (codePoint(font, code) ?? codePoint(font, code - 0xf000))?.string ?? char;
      });
      return open + shown + close;
    });
  });
}
