/** Whether a block ends inside a construct that would swallow a heading line after it. */
import type { RootContent } from 'mdast';
import { end, start } from './nodeOffsets';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Would the last top-level node of a block swallow a heading line that follows it? */
export function endsOpen(text: string, last: RootContent | undefined): boolean {
  if (!last) return false;
  const from = start(last);
  const to = Math.min(end(last), text.length);
  const value = text.slice(from, to);
  if (last.type === 'code') {
    const opener = FENCE.exec(value);
    if (!opener) return false;
    const lines = value.split(/\r\n|\r|\n/);
    const closer = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]) : null;
    return !(closer && closer[1][0] === opener[1][0] && closer[1].length >= opener[1].length);
  }
  if (last.type === 'html') {
    const lastLine = value.split(/\r\n|\r|\n/).pop() ?? '';
    if (/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i.test(value))
      return !/<\/(script|pre|style|textarea)>/i.test(lastLine);
    if (/^ {0,3}<!--/.test(value)) return value.indexOf('-->', value.indexOf('<!--') + 2) === -1;
    if (/^ {0,3}<\?/.test(value)) return !lastLine.includes('?>');
    if (/^ {0,3}<!\[CDATA\[/.test(value)) return !lastLine.includes(']]>');
    if (/^ {0,3}<![A-Za-z]/.test(value)) return !lastLine.includes('>');
    // Other HTML blocks end only at a blank line.
    return !/\n[ \t]*(\r?\n|\r)|\r[ \t]*\r/.test(text.slice(to - 1));
  }
  if (last.type === 'yaml') return false;
  return false;
}
