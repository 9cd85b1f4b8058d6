// The client's language client checks the VS Code it runs in against its required version with semver's
// parse and satisfies, which bring all of semver (about 20 KB of the client's bundle, minified). This esbuild
// plugin gives it scripts/caretVersions/, the two functions for what it asks: a version string and a caret
// range (`^1.82.0`). test/unit/caretVersions.test.ts holds them equal to semver's.
import { fileURLToPath } from 'node:url';

export const caretVersions = {
  name: 'caret-versions',
  setup(build) {
    build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, (args) =>
      /[\\/]vscode-languageclient[\\/]/.test(args.importer)
        ? { path: fileURLToPath(new URL(`./caretVersions/${args.path.split('/').pop()}.cjs`, import.meta.url)) }
        : undefined,
    );
  },
};
