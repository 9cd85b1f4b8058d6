// micromark decodes a named character reference (`&eacute;`) with character-entities' table of 2,231
// names, which a bundle would otherwise build as it starts, and its code cache carry (80 KB of it).
// This esbuild plugin has decode-named-character-reference load the table the first time a text has
// such a reference. A version of the module other than the one it knows is bundled as it is.
// (test/cli/export.test.ts and test/lsp/server.test.ts read references through the built bundles.)
import { readFile } from 'node:fs/promises';

const KNOWN = 'return own.call(characterEntities, value) ? characterEntities[value] : false';
const LAZY = [
  'let entities;',
  "const table = () => (entities ??= require('character-entities').characterEntities);",
  'const own = {}.hasOwnProperty;',
  'export function decodeNamedCharacterReference(value) {',
  '  return own.call(table(), value) ? table()[value] : false;',
  '}',
  '',
].join('\n');

export const lazyEntities = {
  name: 'lazy-entities',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]node_modules[\\/]decode-named-character-reference[\\/]index\.js$/ }, async (args) =>
      (await readFile(args.path, 'utf8')).includes(KNOWN) ? { contents: LAZY, loader: 'js' } : undefined,
    );
  },
};
