// The Word bundle reads .docx files with mammoth and writes Word with `docx`; it never asks mammoth to write
// one. mammoth's only writer, its embedStyleMap, builds XML with xmlbuilder (about 40 KB of the bundle,
// minified). This esbuild plugin gives mammoth a stand-in for xmlbuilder that says so, were it ever used.
export const mammothReadOnly = {
  name: 'mammoth-read-only',
  setup(build) {
    build.onResolve({ filter: /^xmlbuilder$/ }, (args) =>
      /[\\/]mammoth[\\/]lib[\\/]xml[\\/]writer\.js$/.test(args.importer)
        ? { path: 'xmlbuilder', namespace: 'mammoth-read-only' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'mammoth-read-only' }, () => ({
      loader: 'js',
      contents:
        'exports.create = function () { throw new Error("mammoth writes no XML in this build (embedStyleMap)"); };',
    }));
  },
};
