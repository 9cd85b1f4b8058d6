import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const core = join(__dirname, '../../server/src/core');
const ALLOWED_PACKAGES = [
  'unified$',
  'remark-',
  'micromark-extension-gfm-',
  'micromark-util-combine-extensions$',
  'mdast-util-gfm-',
  'mdast-util-to-string$',
  'yaml$',
  'ajv$',
  'mdast$',
  'docx$',
  'image-size$',
  'picomatch$',
  'mammoth$',
  'jszip$',
  'fflate$',
  'exifr$',
  'rehype-',
  'hast$',
  'hast-util-to-mdast$',
  // Pure JavaScript, reading containers from bytes it is given (the platform reads the files).
  'mediabunny$',
];
const ALLOWED = new RegExp(`^(\\.{1,2}/|${ALLOWED_PACKAGES.join('|')})`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('the core imports no editor, file system or Node-only module and uses no process globals', () => {
  for (const file of files(core)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/from '([^']+)'/g))
      assert.match(match[1], ALLOWED, `${file} imports ${match[1]}`);
    assert.doesNotMatch(source, /\b(process|require|__dirname|Buffer)\b[.(]/, file);
  }
});

const STAGES = ['text', 'document', 'rubric', 'check', 'intake', 'render'];

test('core stages import one way (text → document → rubric → check → intake → render), each through its index', () => {
  for (const file of files(core)) {
    const own = file.slice(core.length + 1).split('/');
    if (own.length < 2) continue;
    const stage = STAGES.indexOf(own[0]);
    assert.ok(stage >= 0, `${file} is in no stage folder`);
    for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const path = join(file, '..', match[1]);
      if (!path.startsWith(`${core}/`)) continue; // the schema and the generated rubric data
      const target = path.slice(core.length + 1).split('/');
      const other = STAGES.indexOf(target[0]);
      if (other === stage) continue;
      assert.ok(
        other >= 0 && other < stage,
        `${file} imports ${match[1]}: stage ${own[0]} may not import ${target[0]}`,
      );
      assert.equal(target.length, 1, `${file} imports ${match[1]}: another stage is imported through its index only`);
    }
  }
});
