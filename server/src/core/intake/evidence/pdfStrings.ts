/** A PDF's strings as bytes: literal `( … )` and hexadecimal `< … >`, from the Latin-1 text of the file. */

/** A name is short; a string longer than this is not read to its end. */
export const MAX_STRING_BYTES = 4096;

/** A `( … )` string's bytes from just after its `(`: balanced parentheses, backslash escapes. */
export function literalString(text: string, start: number): number[] | null {
  const out: number[] = [];
  const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let at = start, depth = 0; at < text.length && out.length < MAX_STRING_BYTES; at++) {
    const char = text[at];
    if (char === ')' && depth === 0) return out;
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char !== '\\') {
      out.push(char.charCodeAt(0));
      continue;
    }
    const next = text[++at] ?? '';
    const octal = /^[0-7]{1,3}/.exec(text.slice(at, at + 3));
    if (octal) {
      out.push(Number.parseInt(octal[0], 8) & 0xff);
      at += octal[0].length - 1;
    } else if (next === '\r') at += text[at + 1] === '\n' ? 1 : 0;
    else if (next !== '\n') out.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return null;
}

export function hexString(text: string, start: number): number[] | null {
  const end = text.indexOf('>', start);
  if (end < 0 || end - start > MAX_STRING_BYTES * 2 + 64) return null;
  const digits = text.slice(start, end).replace(/\s+/g, '');
  if (!/^[0-9a-f]*$/i.test(digits)) return null;
  const padded = digits.length % 2 ? `${digits}0` : digits;
  return Array.from({ length: padded.length / 2 }, (_, i) => Number.parseInt(padded.slice(i * 2, i * 2 + 2), 16));
}

/** The string right after `key` in `text` (`/O (…)`, `/U <…>`), as bytes; null when there is none. */
export function stringAfter(text: string, key: string): Uint8Array | null {
  const match = new RegExp(`${key}\\s*([(<])(?!<)`).exec(text);
  if (!match) return null;
  const start = match.index + match[0].length;
  const bytes = match[1] === '(' ? literalString(text, start) : hexString(text, start);
  return bytes && Uint8Array.from(bytes);
}
