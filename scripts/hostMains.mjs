// The client is one bundle for both extension hosts (client/src/main.ts), and the server one for Node
// and the web worker (server/src/serverMain.ts). vscode-languageclient, vscode-languageserver and
// the protocol packages under them each have a Node and a browser build; their shared code imports the
// package by its bare name, which a bundle can resolve only once. This esbuild plugin resolves that
// bare name to a module which, as it loads, takes the Node build where there is a `process` (the
// desktop's extension host) and the browser build elsewhere (the web worker's, which has none).
// (vscode-languageserver's shared code names one as "vscode-languageserver-protocol/".)
const PACKAGES = /^(vscode-languageclient|vscode-languageserver|vscode-languageserver-protocol|vscode-jsonrpc)\/?$/;

export const hostMains = {
  name: 'host-mains',
  setup(plugin) {
    plugin.onResolve({ filter: PACKAGES }, (args) => ({
      path: args.path.replace(/\/$/, ''),
      namespace: 'host-main',
      pluginData: { resolveDir: args.resolveDir },
    }));
    plugin.onLoad({ filter: /.*/, namespace: 'host-main' }, (args) => ({
      contents:
        `module.exports = typeof process === 'object' ? require('${args.path}/node') : ` +
        `require('${args.path}/browser');`,
      resolveDir: args.pluginData.resolveDir,
      loader: 'js',
    }));
  },
};
