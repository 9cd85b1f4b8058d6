/**
 * A minimal PDF writer for test fixtures: pages of text runs placed at (x, y), in Helvetica, so a
 * test can lay out a rubric table cell by cell and repeat a footer on every page.
 */
export interface TextRun {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/** WinAnsiEncoding's bytes for the typographic characters Latin-1 lacks (bullets, dashes, quotes). */
const WIN_ANSI: Record<string, string> = {
  '•': '\x95',
  '–': '\x96',
  '—': '\x97',
  '‘': '\x91',
  '’': '\x92',
  '“': '\x93',
  '”': '\x94',
};
const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[•–—‘’“”]/g, (c) => WIN_ANSI[c]);

/**
 * `damaged`: each page's content stream is marked as compressed (FlateDecode) but its bytes are not, as a
 * file cut or mangled in transfer has it: the pages are there, their text cannot be decoded.
 */
export function writePdf(pages: TextRun[][], { damaged = false } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('');
  const pageTree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const runs of pages) {
    const stream = runs
      .map((run) => `BT /F1 ${run.size ?? 10} Tf ${run.x} ${run.y} Td (${escape(run.text)}) Tj ET`)
      .join('\n');
    const filter = damaged ? ' /Filter /FlateDecode' : '';
    const length = Buffer.byteLength(stream, 'latin1');
    const content = add(`<< /Length ${length}${filter} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 612 792] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
