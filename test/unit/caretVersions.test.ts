import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { runs } from '../fuzzScale';

const require = createRequire(__filename);
const semverParse = require('semver/functions/parse');
const semverSatisfies = require('semver/functions/satisfies');
const parse = require('../../scripts/caretVersions/parse.cjs');
const satisfies = require('../../scripts/caretVersions/satisfies.cjs');

/** What the language client does with VS Code's version (vscode-languageclient/lib/node/main.js, checkVersion). */
function clientAccepts(read: typeof semverParse, check: typeof semverSatisfies, version: string, range: string) {
  const parsed = read(version);
  if (!parsed) return 'no version';
  if (parsed.prerelease.length > 0) parsed.prerelease = [];
  return check(parsed, range);
}

const numbers = fc.oneof(fc.constantFrom(0, 1, 2, 9, 10, 81, 82, 83, 99, 100, 101, 120), fc.nat(1000));
const versions = fc.oneof(
  fc
    .tuple(numbers, numbers, numbers, fc.constantFrom('', '-insider', '-pre.1', '+build.5', '-rc.1+b'))
    .map(([a, b, c, tail]) => `${a}.${b}.${c}${tail}`),
  fc.constantFrom('1.100', 'v1.100.0', ' 1.100.0 ', '01.100.0', '1.100.0-', 'x', ''),
);
const ranges = fc.tuple(fc.integer({ min: 1, max: 3 }), numbers, numbers).map(([a, b, c]) => `^${a}.${b}.${c}`);

test('property: the client’s version check reads VS Code’s version as semver does', () => {
  fc.assert(
    fc.property(versions, ranges, (version, range) => {
      assert.deepEqual(
        clientAccepts(parse, satisfies, version, range),
        clientAccepts(semverParse, semverSatisfies, version, range),
        `${version} against ${range}`,
      );
    }),
    { numRuns: runs(3000) },
  );
  assert.equal(clientAccepts(parse, satisfies, '1.100.0', '^1.82.0'), true);
  assert.equal(clientAccepts(parse, satisfies, '1.81.9', '^1.82.0'), false);
});
