// semver's satisfies for a caret range from 1.0.0 (`^1.82.0`: 1.82.0 or later, before 2.0.0); a
// pre-release satisfies none, as semver has it unless asked otherwise.
const parse = require('./parse.cjs');

const CARET = /^\^([1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

module.exports = function satisfies(version, range) {
  const want = CARET.exec(range);
  if (!want) throw new Error(`only a caret range from 1.0.0 is read here: ${range}`);
  const v = typeof version === 'string' ? parse(version) : version;
  if (!v || v.prerelease.length > 0) return false;
  const [major, minor, patch] = want.slice(1).map(Number);
  return v.major === major && (v.minor > minor || (v.minor === minor && v.patch >= patch));
};
