/**
 * The evidence quick fixes as an editor gets them: offered on their diagnostic, only inserting, and
 * the re-check after the writer applies them.
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

const URI = 'file:///drafts/plan.md';
const TEXT =
  '---\nrubric: working-together-for-student-success\n---\n\n### Artifact 2: Written Plan\n\n' +
  'I will meet the parents:\n\nWe look at the funds.\n\nWe ask them.\n\nWe vote.\n\n' +
  '### Artifact 3: Visual Presentation\n\n[My talk](https://youtu.be/x) (3:00)\n';
const isInsertion = (e: Edit) =>
  e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;

describe('evidence quick fixes over the protocol', () => {
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

  async function fixFor(code: string, title: RegExp): Promise<{ action: Action; codes: string[] }> {
    const published = client
      .allPublished()
      .filter((p) => p.uri === URI && p.version === version)
      .pop()!;
    const diagnostic = published.diagnostics.find((d) => d.code === code);
    assert.ok(diagnostic, `${code} is reported`);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const action = actions.find((a) => a.kind === 'quickfix' && title.test(a.title));
    assert.ok(action, `a quick fix titled ${title} among ${actions.map((a) => a.title).join(', ')}`);
    return { action, codes: published.diagnostics.map((d) => d.code) };
  }

  async function apply(action: Action): Promise<string[]> {
    const edits = action.edit.changes[URI];
    assert.ok(edits.every(isInsertion), "the fix only inserts: the writer's words stay");
    text = applyEdits(text, edits);
    version++;
    const next = client.diagnosticsFor(URI, version);
    await client.change(URI, version, [{ text }]);
    return (await next).diagnostics.map((d) => d.code);
  }

  test('"Label points as Point 1–3" on too-few-points labels the three paragraphs, and the warning goes', async () => {
    const { action } = await fixFor('too-few-points', /^Label points as Point 1–3$/);
    const after = await apply(action);
    assert.match(text, /parents:\n\nPoint 1: We look at the funds\.\n\nPoint 2: We ask them\.\n\nPoint 3: We vote\./);
    assert.ok(!after.includes('too-few-points'));
  });

  test('the timestamp lines go under the video; the warning stays until the writer fills in the times', async () => {
    const { action } = await fixFor('missing-timestamps', /^Insert a "Point N at m:ss" line for each of the 3 points$/);
    const after = await apply(action);
    assert.match(text, /\(3:00\)\n\nPoint 1 at m:ss\n\nPoint 2 at m:ss\n\nPoint 3 at m:ss\n$/);
    assert.ok(after.includes('missing-timestamps'), 'm:ss is a placeholder, not a timestamp');
    let n = 0;
    text = text.replace(/m:ss/g, () => ['0:20', '1:10', '2:30'][n++]);
    version++;
    const next = client.diagnosticsFor(URI, version);
    await client.change(URI, version, [{ text }]);
    assert.ok(!(await next).diagnostics.some((d) => d.code === 'missing-timestamps'));
  });
});
