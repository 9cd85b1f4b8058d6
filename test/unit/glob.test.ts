/**
 * The globs of the project config and of `rubricWriter.associations`: read as picomatch reads
 * them, matched in time proportional to glob × path (no backtracking), and a glob no writer needs
 * (empty, too long, too many wildcards) refused with a message and where.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { compileGlob, GLOB_LIMITS, type GlobMatcher } from '../../server/src/core';

const compiled = (glob: string): GlobMatcher => {
  const result = compileGlob(glob);
  assert.ok('match' in result, `${glob}: ${JSON.stringify(result)}`);
  return result.match;
};

describe('compileGlob', () => {
  test('ordinary globs match the files picomatch matches (dot, any case, a bare name anywhere)', () => {
    const globs = ['*.md', 'drafts/*.md', '**/*.md', 'drafts/**', 'a/**/b.md', '{a,b}/*.md', 'x{1..3}.md'];
    globs.push('[a-c]*.md', '?.md', '!*.md', '**/old/**', '*-draft-*.md', './drafts/*.md', 'a**b.md', 'DRAFTS/*.MD');
    const paths = ['a.md', 'drafts/a.md', 'drafts/sub/a.md', 'a/b.md', 'a/x/y/b.md', 'b/c.md', 'x2.md', 'x4.md'];
    paths.push('c1.md', 'z.md', 'x/old/y.md', 'old/y.md', 'my-draft-1.md', 'drafts', 'axxb.md', '.hidden.md');
    paths.push('drafts/.x.md', 'Drafts/A.MD', 'a.txt');
    for (const glob of globs) {
      const expected = picomatch(glob, { dot: true, nocase: true, matchBase: !glob.includes('/') });
      const match = compiled(glob);
      for (const path of paths) assert.equal(match(path), expected(path), `${glob} on ${path}`);
    }
  });

  test('a glob that makes a regular expression backtrack is matched at once, and right', () => {
    const glob = `${'*a'.repeat(GLOB_LIMITS.wildcards - 1)}*b`;
    const match = compiled(glob);
    assert.equal(match(`${'a'.repeat(5000)}`), false);
    assert.equal(match(`${'a'.repeat(5000)}b`), true);
    assert.equal(compiled(`**/${'*a'.repeat(7)}/**/x`)(`${'aaa/'.repeat(500)}x`), false);
  });

  test('an empty glob is refused, not read as "everything" or "nothing" silently', () => {
    for (const glob of ['', '  ']) assert.equal((compileGlob(glob) as { offset: number }).offset, 0);
    assert.match((compileGlob('') as { error: string }).error, /empty glob/);
  });

  test('too many wildcards, too long, too many alternatives: refused, at the place', () => {
    const stars = compileGlob(`${'*a'.repeat(18)}b`);
    assert.ok('error' in stars);
    assert.match(stars.error, /more than 16 wildcards/);
    assert.equal(stars.offset, 32, 'at the 17th star');
    assert.match((compileGlob(`${'x'.repeat(300)}.md`) as { error: string }).error, /longer than 256/);
    assert.match((compileGlob(`{${Array.from({ length: 70 }, (_v, i) => i)}}`) as { error: string }).error, /64/);
    assert.deepEqual(compileGlob('notes/@(a|b).md'), {
      error: 'Extended globs such as "@(…)" are not supported: use {a,b} instead.',
      offset: 6,
    });
    assert.equal((compileGlob('drafts/{a,b.md') as { offset: number }).offset, 7);
  });
});
