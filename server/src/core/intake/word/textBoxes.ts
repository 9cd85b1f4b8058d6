/**
 * Text boxes as LibreOffice saves them: a drawing (`mc:Choice`) that holds the text, and an empty
 * fallback picture, where Word writes the text in both. The converter reads only the fallback, so
 * the box's words would be lost; Word counts them (its count includes text boxes, as it includes
 * footnotes). The text is copied into the fallback.
 */
const ALTERNATE = /<mc:AlternateContent\b[^>]*>([\s\S]*?)<\/mc:AlternateContent>/g;
const TEXT_BOX = /<w:txbxContent\b[^>]*>[\s\S]*?<\/w:txbxContent>/g;
const FALLBACK = /<mc:Fallback\b[^>]*>([\s\S]*?)<\/mc:Fallback>/;

/** The document with each text box's text in its fallback, or null when nothing needed it. */
export function withTextBoxFallbacks(xml: string): string | null {
  if (!xml.includes('<w:txbxContent')) return null;
  let changed = false;
  const out = xml.replace(ALTERNATE, (whole, inner: string) => {
    if (FALLBACK.exec(inner)?.[1].includes('<w:txbxContent')) return whole;
    const boxes = inner.match(TEXT_BOX);
    if (!boxes) return whole;
    changed = true;
    return `<mc:AlternateContent><mc:Fallback><w:pict>${boxes.join('')}</w:pict></mc:Fallback></mc:AlternateContent>`;
  });
  return changed ? out : null;
}
