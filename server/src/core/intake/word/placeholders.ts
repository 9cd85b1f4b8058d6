/**
 * A form's content controls (w:sdt) still showing their placeholder ("Click or tap here to enter text.",
 * "Choose an item."): Word's prompt to whoever fills the form in, greyed out, not the document's text.
 * Controls holding real text are kept (their text is the document's).
 */
const CONTROL = /<w:sdt\b[^>]*>|<\/w:sdt>/g;

export function withoutPlaceholders(documentXml: string): string {
  if (!documentXml.includes('<w:showingPlcHdr')) return documentXml;
  let out = '';
  let from = 0;
  /** Where each open control starts, and whether it shows its placeholder. */
  const open: { at: number; placeholder: boolean }[] = [];
  for (const match of documentXml.matchAll(CONTROL)) {
    const at = match.index ?? 0;
    if (match[0] !== '</w:sdt>') {
      const properties = /^<w:sdt\b[^>]*>\s*<w:sdtPr\b[\s\S]*?<\/w:sdtPr>/.exec(documentXml.slice(at))?.[0] ?? '';
      open.push({ at, placeholder: properties.includes('<w:showingPlcHdr') });
      continue;
    }
    const control = open.pop();
    // The outermost control showing its placeholder is left out whole, with the controls inside it.
    if (!control?.placeholder || open.some((outer) => outer.placeholder)) continue;
    out += documentXml.slice(from, control.at);
    from = at + match[0].length;
  }
  return out + documentXml.slice(from);
}
