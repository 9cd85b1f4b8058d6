import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const core = join(__dirname, '../../server/src/core');
const ALLOWED = /^(\.{1,2}\/|unified$|remark-|micromark-extension-gfm-|micromark-util-combine-extensions$|mdast-util-gfm-|mdast-util-to-string$|yaml$|ajv$|mdast$)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('the core imports no editor, file system or Node-only module and uses no process globals', () => {
  for (const file of files(core)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/from '([^']+)'/g)) assert.match(match[1], ALLOWED, `${file} imports ${match[1]}`);
    assert.doesNotMatch(source, /\b(process|require|__dirname|Buffer)\b[.(]/, file);
  }
});
