// esbuild writes every string of a bundle in ASCII, but leaves regular expression literals as written:
// one `–` in one of them made the whole server bundle a two-byte string, which its first file takes
// a millisecond longer to read (and which takes twice the memory). This plugin writes the non-ASCII
// characters of our own sources' regular expression literals as `\uXXXX` escapes, which mean the same
// character in every kind of expression; the build then checks that the start-up bundles are ASCII.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export const NON_ASCII = /[^\x00-\x7f]/;
const rewritten = new Map();

export const asciiRegExps = {
  name: 'ascii-regexps',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]server[\\/]src[\\/].*\.ts$/ }, (args) => {
      if (!rewritten.has(args.path)) rewritten.set(args.path, withAsciiRegExps(readFileSync(args.path, 'utf8')));
      const contents = rewritten.get(args.path);
      return contents === null ? undefined : { contents, loader: 'ts' };
    });
  },
};

/** The source with its regular expression literals' non-ASCII characters escaped; null when none has any. */
export function withAsciiRegExps(source) {
  if (!NON_ASCII.test(source)) return null;
  const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const literals = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && NON_ASCII.test(node.text)) literals.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (literals.length === 0) return null;
  let out = '';
  let from = 0;
  for (const literal of literals) {
    const start = literal.getStart(file);
    out += source.slice(from, start) + escapeNonAscii(source.slice(start, literal.end));
    from = literal.end;
  }
  return out + source.slice(from);
}

/** `\é` (an identity escape, outside `u` mode) is `é` itself, so its backslash goes with it. */
function escapeNonAscii(literal) {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i];
    if (c === '\\' && i + 1 < literal.length) {
      const next = literal[i + 1];
      out += NON_ASCII.test(next) ? unicodeEscape(next) : c + next;
      i++;
    } else out += NON_ASCII.test(c) ? unicodeEscape(c) : c;
  }
  return out;
}

const unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
