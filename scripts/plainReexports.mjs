// The language server packages are TypeScript's CommonJS output, and each layer re-exports the one
// under it with `__exportStar`, whose `__createBinding` defines a getter for every name: a start-up
// defined about a thousand (2–4 ms of it), and each later use of a name ran through up to three.
// Their modules set their exports once, as they load, so a plain copy holds the same values: this
// esbuild plugin has the helper take its other branch, the one TypeScript emits for old engines.
// (test/unit/plainReexports.test.ts bundles the library with it and compares every name.)
import { readFile } from 'node:fs/promises';

const PACKAGES = /[\\/]node_modules[\\/](vscode-languageserver(-protocol)?|vscode-jsonrpc)[\\/]lib[\\/].*\.js$/;
const HELPER = 'var __createBinding = (this && this.__createBinding) || (Object.create ?';
const PLAIN = 'var __createBinding = (this && this.__createBinding) || (false ?';

export const plainReexports = {
  name: 'plain-reexports',
  setup(plugin) {
    plugin.onLoad({ filter: PACKAGES }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return text.includes(HELPER) ? { contents: text.replace(HELPER, PLAIN), loader: 'js' } : undefined;
    });
  },
};
