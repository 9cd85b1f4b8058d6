/** Reads a .docx back as Word would show it, with mammoth: its headings and its text blocks, in order. */
import mammoth from 'mammoth';
import { assertWellFormedDocx } from '../helpers/docxPackage';

export interface DocxBlock {
  /** 1 to 6 for a heading, 0 for a paragraph, list item or table cell. */
  level: number;
  text: string;
}

export interface ReadDocx {
  html: string;
  messages: string[];
  blocks: DocxBlock[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Also holds every part of the package to strict XML 1.0, as Word does. */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  assertWellFormedDocx(bytes);
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const html = result.value;
  const blocks: DocxBlock[] = [];
  let level = 0;
  let text = '';
  const flush = () => {
    if (text.trim() || level > 0) blocks.push({ level, text: text.trim() });
    text = '';
    level = 0;
  };
  // Word's footnote marks are no words; mammoth writes them as links in superscript.
  const body = html.replace(/<sup><a href="#footnote-\d+" id="footnote-ref-\d+">[^<]*<\/a><\/sup>/g, '');
  for (const [, tag, content] of body.matchAll(/<(\/?[a-z0-9]+)[^>]*>|([^<]+)/g)) {
    if (content !== undefined) text += content.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ENTITIES[e]);
    else if (/^h[1-6]$/.test(tag)) {
      flush();
      level = Number(tag[1]);
    } else if (/^\/?(p|li|td|th|h[1-6]|br|ul|ol|tr|table)$/.test(tag)) flush();
  }
  flush();
  return { html, messages: result.messages.map((m) => `${m.type}: ${m.message}`), blocks };
}
