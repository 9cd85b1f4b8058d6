import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../fuzzScale';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ROOT, TestClient } from './client';

// With a paragraph after the stakeholder list: indenting it makes it part of the list's last item.
const START = readFileSync(join(ROOT, 'examples/problems.md'), 'utf8').replace(
  '### Artifact 2',
  'Each of them has a say in the plan.\n\n### Artifact 2',
);
const PIECES = [
  'word ',
  '\n',
  '\n\n',
  '# ',
  '## Part 3 Reflection\n',
  '```\n',
  '<!--',
  '-->',
  '- ',
  '![p](x.jpg)',
  '[v](v.mp4) (3:45)',
  'a@b.org ',
  '\r\n',
  '🎉',
  '',
  `${'> '.repeat(40)}deep\n`,
  `${'[['.repeat(1100)}\n`,
];
/** What is typed at the start of a line after a blank one, where blocks begin. */
const AT_BLOCK_START = ['  ', '    ', '\t', '- ', '\n', ''];

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.shutdown());

test(
  'property: after incremental edits over the protocol, the server agrees with a fresh open of the final ' + 'text',
  async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            at: fc.nat(),
            remove: fc.nat({ max: 30 }),
            insert: fc.constantFrom(...PIECES),
            // Where blocks begin: indenting a line there can join its block to the one before.
            atBlockStart: fc.option(fc.constantFrom(...AT_BLOCK_START)),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        async (edits) => {
          run++;
          const uri = `file:///tmp/edited-${run}.md`;
          const opened = client.diagnosticsFor(uri, 1);
          await client.open(uri, START);
          await opened;
          let text = START;
          let version = 1;
          for (const edit of edits) {
            let start = edit.at % (text.length + 1);
            let end = Math.min(text.length, start + edit.remove);
            const insert = edit.atBlockStart ?? edit.insert;
            if (edit.atBlockStart !== null) {
              const blockStarts = [...text.matchAll(/\n[ \t]*\n(?=\S)/g)].map((m) => m.index + m[0].length);
              start = blockStarts[edit.at % blockStarts.length] ?? 0;
              end = Math.min(text.length, start + (edit.remove % 3));
            }
            // Never split a \r\n pair: an LSP position cannot point between them.
            if (text[start - 1] === '\r' || text[end - 1] === '\r') continue;
            const range = { start: positionAt(text, start), end: positionAt(text, end) };
            text = text.slice(0, start) + insert + text.slice(end);
            version++;
            await client.change(uri, version, [{ range, text: insert }]);
          }
          let edited = await client.request('rubricWriter/sections', { textDocument: { uri } });
          const fresh = `file:///tmp/fresh-${run}.md`;
          // A document that is no submission gets nothing published at all: no diagnostics.
          const freshOpened = client.diagnosticsFor(fresh, 1, 1500).catch(() => ({ diagnostics: [] }));
          await client.open(fresh, text);
          let freshSections = await client.request<any>('rubricWriter/sections', { textDocument: { uri: fresh } });
          const freshDiagnostics =
            freshSections?.rubric || /rubric/.test(text.slice(0, 300)) ? await freshOpened : { diagnostics: [] };
          const strip = (r: any) => r && { ...r, uri: '', version: 0 };
          // The linked files' facts come in the background, for each document on its own: both are
          // compared once they have (they agree then), within a few seconds.
          const lastOf = (of: string) =>
            client
              .allPublished()
              .filter((p) => p.uri === of)
              .pop();
          const agree = () =>
            isDeepStrictEqual(strip(edited), strip(freshSections)) &&
            (lastOf(uri)!.version !== version ||
              isDeepStrictEqual(lastOf(uri)!.diagnostics, lastOf(fresh)?.diagnostics ?? freshDiagnostics.diagnostics));
          for (let wait = 0; wait < 60 && !agree(); wait++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            edited = await client.request('rubricWriter/sections', { textDocument: { uri } });
            freshSections = await client.request<any>('rubricWriter/sections', { textDocument: { uri: fresh } });
          }
          assert.deepEqual(strip(edited), strip(freshSections));
          const last = lastOf(uri)!;
          if (last.version === version)
            assert.deepEqual(last.diagnostics, lastOf(fresh)?.diagnostics ?? freshDiagnostics.diagnostics);
          await client.close(uri);
          await client.close(fresh);
        },
      ),
      { numRuns: runs(40) },
    );
  },
);
