// The language server library loads `crypto` and `child_process` as it starts (about 5 ms of a
// start-up) for what the server never does on stdio or IPC: name a pipe, fork a process, find npm's
// global folder. This esbuild plugin gives the packages under node_modules a stand-in for each that
// loads the real module on its first use. (They only ever read its functions: `(0, crypto_1.randomBytes)(…)`.)
const LAZY = /^(node:)?(crypto|child_process)$/;

export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(plugin) {
    plugin.onResolve({ filter: LAZY }, (args) =>
      /[\\/]node_modules[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents:
        `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(args.path)}));\n` +
        'module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });\n',
      loader: 'js',
    }));
  },
};
