// semver's parse, for the version strings VS Code reports ("1.100.2", "1.101.0-insider").
const VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

module.exports = function parse(version) {
  const text = String(version).trim();
  const m = VERSION.exec(text);
  return m
    ? { version: text, major: +m[1], minor: +m[2], patch: +m[3], prerelease: m[4] ? m[4].split('.') : [] }
    : null;
};
