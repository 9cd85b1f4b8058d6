/**
 * Accepting a warning, as an editor does it: the quick fix that writes the comment, completion of
 * the codes inside it, a misspelled code flagged, and the lens and hover saying "accepted", not met.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, TestClient } from './client';

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}
interface Action {
  title: string;
  kind: string;
  edit: { changes: Record<string, Edit[]> };
}
interface Published {
  diagnostics: { code: string; severity: number; range: Edit['range']; message: string; data?: unknown }[];
}

const URI = 'file:///drafts/accepted.md';
const words = (n: number, prefix: string) => Array.from({ length: n }, (_v, i) => `${prefix}${i + 1}`).join(' ');
/** Part 1 is under its 350–450 guide (a warning); Artifact 2 is over its hard limit (an error). */
const TEXT =
  '---\nrubric: working-together-for-student-success\n---\n\n## Part 1. Overview Questions\n\n' +
  `${words(300, 'overview')}\n\n## Part 2. Work Examples\n\n### Artifact 2: Written Plan\n\n` +
  `- ${words(110, 'a')}\n- ${words(110, 'b')}\n- ${words(118, 'c')}\n`;

describe('accepting a warning over the protocol', () => {
  let client: TestClient;
  let version = 1;
  let text = TEXT;

  before(async () => {
    client = new TestClient('in process');
    await client.initialize();
    const first = client.diagnosticsFor(URI, 1);
    await client.open(URI, TEXT);
    await first;
  });
  after(() => client.shutdown());

  const latest = () =>
    client
      .allPublished()
      .filter((p) => p.uri === URI && p.version === version)
      .pop() as Published;

  async function replaceText(next: string): Promise<Published> {
    text = next;
    version++;
    const published = client.diagnosticsFor(URI, version);
    await client.change(URI, version, [{ text }]);
    return (await published) as Published;
  }

  const lineOf = (prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));

  async function hoverOn(prefix: string): Promise<string> {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: lineOf(prefix), character: 5 },
    });
    return hover.contents.value;
  }

  test('"Accept this warning here" writes the comment above the heading: accepted, not met', async () => {
    const warning = latest().diagnostics.find((d) => d.code === 'word-count-below-minimum');
    assert.ok(warning, 'Part 1 is under its minimum');
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: warning.range,
      context: { diagnostics: [warning] },
    });
    const accept = actions.find((a) => a.title === 'Accept this warning here');
    assert.ok(accept, actions.map((a) => a.title).join(', '));
    assert.equal(accept.kind, 'quickfix');
    const published = await replaceText(applyEdits(text, accept.edit.changes[URI]));
    assert.match(
      text,
      /\n<!-- rubric-writer-disable-next-line word-count-below-minimum -->\n## Part 1\. Overview Questions\n/,
    );
    assert.ok(!published.diagnostics.some((d) => d.code === 'word-count-below-minimum'));

    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', {
      textDocument: { uri: URI },
    });
    assert.ok(
      lenses.some((l) => l.command.title === '300 / 350–450 words — 50 short: accepted'),
      lenses.map((l) => l.command.title).join('\n'),
    );
    const hover = await hoverOn('## Part 1');
    assert.match(hover, /- ! 350–450 words as a guide \(300 now\) — \*accepted by you, not met\*/);
    assert.match(hover, /· ready, 1 problem accepted by you/);
    assert.doesNotMatch(hover, /- ✓ 350–450 words/);
  });

  test('an error can be accepted too, and its title says the reviewer may still fail it', async () => {
    const error = latest().diagnostics.find((d) => d.code === 'word-limit-exceeded');
    assert.ok(error, 'Artifact 2 is over its hard limit');
    assert.equal(error.severity, 1);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: error.range,
      context: { diagnostics: [error] },
    });
    const accept = actions.find((a) => a.title.startsWith('Accept'));
    assert.ok(accept, actions.map((a) => a.title).join(', '));
    assert.equal(accept.title, 'Accept this here (the reviewer may still fail it)');
    const published = await replaceText(applyEdits(text, accept.edit.changes[URI]));
    assert.match(
      text,
      /\n<!-- rubric-writer-disable-next-line word-limit-exceeded -->\n### Artifact 2: Written Plan\n/,
    );
    assert.ok(!published.diagnostics.some((d) => d.code === 'word-limit-exceeded'));

    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', {
      textDocument: { uri: URI },
    });
    assert.ok(
      lenses.some((l) => l.command.title === '338 / 200–300 words — 38 over: accepted'),
      lenses.map((l) => l.command.title).join('\n'),
    );
    const hover = await hoverOn('### Artifact 2');
    assert.match(hover, /accepted by you, not met/);
    assert.doesNotMatch(hover, /✓ at most 300/);
    await replaceText(text.replace('<!-- rubric-writer-disable-next-line word-limit-exceeded -->\n', ''));
  });

  test('a typo in a comment is never offered to be accepted: it silences nothing, and says so', async () => {
    const typo = '<!-- rubric-writer-disable-next-line empty-sectoin -->';
    const published = await replaceText(text.replace('## Part 2. Work Examples', `${typo}\n## Part 2. Work Examples`));
    const invalid = published.diagnostics.find((d) => d.code === 'invalid-suppression');
    assert.ok(invalid, published.diagnostics.map((d) => d.code).join(', '));
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: invalid.range,
      context: { diagnostics: [invalid] },
    });
    assert.ok(!actions.some((a) => a.title.startsWith('Accept')), actions.map((a) => a.title).join(', '));
    await replaceText(text.replace(`${typo}\n`, ''));
  });

  test('inside the comment, the codes are offered; a misspelled code gets invalid-suppression', async () => {
    const comment = '<!-- rubric-writer-disable-next-line word-limit-ex';
    await replaceText(text.replace('### Artifact 2', `${comment}\n### Artifact 2`));
    const line = lineOf('<!-- rubric-writer-disable-next-line word-limit-ex');
    const items = await client.request<{ label: string; textEdit: Edit }[]>('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line, character: comment.length },
    });
    const item = items.find((i) => i.label === 'word-limit-exceeded');
    assert.ok(item, items.map((i) => i.label).join(', '));
    assert.deepEqual(item.textEdit.range.start, { line, character: comment.length - 'word-limit-ex'.length });
    assert.ok(items.some((i) => i.label === 'identifying-information'));

    const published = await replaceText(text.replace(comment, `${comment}ceded -->`));
    const invalid = published.diagnostics.find((d) => d.code === 'invalid-suppression');
    assert.ok(invalid, published.diagnostics.map((d) => d.code).join(', '));
    assert.equal(invalid.severity, 2);
    assert.deepEqual(invalid.range, {
      start: { line, character: '<!-- rubric-writer-disable-next-line '.length },
      end: { line, character: '<!-- rubric-writer-disable-next-line word-limit-exceded'.length },
    });
    assert.ok(
      published.diagnostics.some((d) => d.code === 'word-limit-exceeded'),
      'a typo silences nothing',
    );
  });
});
