// Times `require('dist/extension.js')` in this fresh process, with a stub `vscode` module (the real
// one exists only inside VS Code). Prints {"ms": N, "exports": [...]} as JSON.
//   node bench/requireExtension.cjs PATH/TO/extension.js
'use strict';
const Module = require('node:module');
const { performance } = require('node:perf_hooks');

// A stub that is every object, function and class the bundle's top level might touch.
const stub = new Proxy(function vscodeStub() {}, {
  get: (target, key) => (key === 'prototype' ? target.prototype : key === Symbol.toPrimitive ? () => '' : stub),
  apply: () => stub,
  construct: () => stub,
});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };

const path = process.argv[2];
const start = performance.now();
const extension = require(path);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, exports: Object.keys(extension) }));
