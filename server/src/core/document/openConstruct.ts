/** Whether a block ends inside a construct that would swallow a heading line after it. */
import type { RootContent } from 'mdast';
import { end, start } from './nodeOffsets';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** An HTML block that only its end tag ends (CommonMark's first kind): blank lines stay inside it. */
export const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
export const RAW_HTML_CLOSE = /<\/(script|pre|style|textarea)>/i;

/** Would the last top-level node of a block swallow a heading line that follows it? */
export function endsOpen(text: string, last: RootContent | undefined): boolean {
  if (!last) return false;
  const from = start(last);
  const to = Math.min(end(last), text.length);
  return valueEndsOpen(last.type, text.slice(from, to), text.slice(to - 1));
}

/**
 * The opener line of a fenced code block or raw HTML block at the top level that the block ends
 * inside, or '': the line that, put before the next block, has it read as the rest of that construct.
 * `context` is the one the block itself starts inside (its node begins before the block's text).
 */
export function openContext(text: string, children: readonly RootContent[], context: string): string {
  const last = children[children.length - 1];
  if (!last || last.type === 'yaml' || !(last.type === 'code' || last.type === 'html')) return '';
  const from = start(last);
  const to = Math.min(end(last), text.length);
  if (from < 0) {
    if (!context) return '';
    return valueEndsOpen(last.type, `${context}\n${text.slice(0, Math.max(0, to))}`, '') ? context : '';
  }
  const value = text.slice(from, to);
  if (!valueEndsOpen(last.type, value, text.slice(to - 1))) return '';
  const opener = /^[^\r\n]*/.exec(value)![0];
  return FENCE.test(opener) || RAW_HTML_OPEN.test(opener) ? opener : '';
}

/** Whether a code or HTML node's source `value` is left open; `after` is the text from its last character on. */
function valueEndsOpen(type: string, value: string, after: string): boolean {
  if (type === 'code') {
    const opener = FENCE.exec(value);
    if (!opener) return false;
    const lines = value.split(/\r\n|\r|\n/);
    const closer = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]) : null;
    return !(closer && closer[1][0] === opener[1][0] && closer[1].length >= opener[1].length);
  }
  if (type === 'html') {
    const lastLine = value.split(/\r\n|\r|\n/).pop() ?? '';
    if (RAW_HTML_OPEN.test(value)) return !RAW_HTML_CLOSE.test(lastLine);
    if (/^ {0,3}<!--/.test(value)) return value.indexOf('-->', value.indexOf('<!--') + 2) === -1;
    if (/^ {0,3}<\?/.test(value)) return !lastLine.includes('?>');
    if (/^ {0,3}<!\[CDATA\[/.test(value)) return !lastLine.includes(']]>');
    if (/^ {0,3}<![A-Za-z]/.test(value)) return !lastLine.includes('>');
    // Other HTML blocks end only at a blank line.
    return !/\n[ \t]*(\r?\n|\r)|\r[ \t]*\r/.test(after);
  }
  return false;
}
