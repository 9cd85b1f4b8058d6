// A bundle loaded on first use takes the modules its host's start-up bundle already carries from the host
// instead of carrying a copy: an import of one of them reads the global the host set before it loaded the
// bundle (server/src/core/messages/shared.ts sets the catalogues').
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each shared module, by its path in the repository, and the Symbol.for() key of the global that holds it. */
const SHARED = { 'server/src/core/messages/index.ts': 'rubric-writer.shared.messages' };

export const sharedFromHost = {
  name: 'shared-from-host',
  setup(build) {
    build.onResolve({ filter: /\/messages$/ }, async (args) => {
      // A folder's index.ts re-exporting the module keeps the real one: tree-shaking drops it unless used, where the
      // host's (CommonJS to esbuild) would keep every export of that index.
      if (args.pluginData === 'shared-from-host' || args.importer.endsWith('index.ts')) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'shared-from-host',
      });
      const key = SHARED[relative(root, resolved.path)];
      return key ? { path: key, namespace: 'shared-from-host' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'shared-from-host' }, (args) => ({
      loader: 'js',
      contents:
        `const shared = globalThis[Symbol.for(${JSON.stringify(args.path)})];\n` +
        `if (!shared) throw new Error(${JSON.stringify(`loaded before its host shared ${args.path}`)});\n` +
        'module.exports = shared;\n',
    }));
  },
};
