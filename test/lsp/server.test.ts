import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, ROOT, TestClient } from './client';

const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const uriOf = (path: string) => pathToFileURL(path).toString();
const codes = (p: { diagnostics: { code: string }[] }) => p.diagnostics.map((d) => d.code).sort();

/** The features, against the server's source in this process; the wire is tested over stdio below and in transports. */
describe('the language server features (in process)', () => {
  let client: TestClient;
  const problems = uriOf(join(ROOT, 'examples/problems.md'));
  const problemsText = example('problems.md');

  before(async () => {
    client = new TestClient('in process');
    await client.initialize();
    const first = client.diagnosticsFor(problems, 1);
    await client.open(problems, problemsText);
    await first;
  });
  after(() => client.shutdown());

  test("pushes the problem example's diagnostics after open, with the version", async () => {
    const published = client.allPublished().find((p) => p.uri === problems && p.version === 1)!;
    assert.deepEqual(codes(published), [
      'identifying-information',
      'missing-caption',
      'missing-section',
      'too-few-items',
      'word-count-below-minimum',
      'word-limit-exceeded',
    ]);
    const limit = published.diagnostics.find((d) => d.code === 'word-limit-exceeded')!;
    assert.equal(limit.source, 'rubric-writer');
    assert.equal(limit.severity, 1);
    assert.match(limit.message, /342 words; the limit is 300 \(42 over\)/);
  });

  test('re-checks after an incremental edit', async () => {
    const text = problemsText;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('### Artifact 2')) + 2;
    const next = client.diagnosticsFor(problems, 2);
    await client.change(problems, 2, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Three more words. ' },
    ]);
    const published = await next;
    assert.match(
      published.diagnostics.find((d) => d.code === 'word-limit-exceeded')!.message,
      /345 words; the limit is 300 \(45 over\)/,
    );
    const back = client.diagnosticsFor(problems, 3);
    await client.change(problems, 3, [
      { range: { start: { line, character: 0 }, end: { line, character: 18 } }, text: '' },
    ]);
    assert.match((await back).diagnostics.find((d) => d.code === 'word-limit-exceeded')!.message, /342 words/);
  });

  test('code lenses show words against limits on every matched heading, and what is missing', async () => {
    const lenses = await client.request<{ range: { start: { line: number } }; command: { title: string } }[]>(
      'textDocument/codeLens',
      { textDocument: { uri: problems } },
    );
    const titles = lenses.map((l) => l.command.title);
    assert.ok(titles.includes('342 / 200–300 words — 42 over'), titles.join('\n'));
    assert.ok(titles.includes('238 / 350–450 words — 112 short'), titles.join('\n'));
    assert.ok(
      titles.some((t) => t.includes('4 / 5 stakeholders')),
      titles.join('\n'),
    );
    assert.ok(titles.includes('Missing: Part 3 Reflection (insert)'), titles.join('\n'));
  });

  test('hover on a heading shows the rubric for that section and its counts', async () => {
    const line = problemsText.split('\n').findIndex((l) => l.startsWith('### Artifact 2'));
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: problems },
      position: { line, character: 5 },
    });
    assert.match(hover.contents.value, /Artifact 2: Written Plan/);
    assert.match(hover.contents.value, /200–300 words, at most 300/);
    assert.match(hover.contents.value, /\| Proficient \|/);
    assert.match(hover.contents.value, /342 \/ 200–300 words/);
    // The rubric's requirements as a checklist, marked from the same checks, before the criteria.
    assert.match(hover.contents.value, /- ✗ 200–300 words, at most 300 \(342 now\) — \*not met\*/);
    assert.match(hover.contents.value, /- ✓ 3 points \(3 found\)/);
    assert.ok(hover.contents.value.indexOf('✓ 3 points') < hover.contents.value.indexOf('| Proficient |'));
  });

  test('hover on Artifacts 1 and 3 of bare names and a late timestamp: their requirements not met', async () => {
    const uri = uriOf(join(ROOT, 'test/fixtures/evidence-gaps.md'));
    const text = readFileSync(join(ROOT, 'test/fixtures/evidence-gaps.md'), 'utf8');
    const published = client.diagnosticsFor(uri, 1);
    await client.open(uri, text);
    await published;
    const hoverOn = async (prefix: string) => {
      const line = text.split('\n').findIndex((l) => l.startsWith(prefix));
      const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character: 5 },
      });
      return hover.contents.value;
    };
    const artifact1 = await hoverOn('### Artifact 1');
    assert.match(artifact1, /- ✓ at least 5 stakeholders \(5 listed\)/);
    assert.match(
      artifact1,
      /- ✗ a statement of why each stakeholder matters, at least 6 words \(5 without\) — \*not met\*/,
    );
    assert.match(artifact1, /not ready yet/);
    const artifact3 = await hoverOn('### Artifact 3');
    assert.match(artifact3, /- ✓ a video link or photos/);
    assert.match(artifact3, /- ✗ 3 timestamps for the video, within its length \(3 found\) — \*not met\*/);
    const part1 = await hoverOn('## Part 1');
    assert.match(part1, /· ready/);
    assert.match(part1, /- ✓ 350–450 words as a guide/);

    const table = await client.request<{
      ready: boolean;
      readiness: { readySections: number; sections: number; warnings: number };
      sections: { id: string; ready: boolean }[];
    }>('rubricWriter/sections', { textDocument: { uri } });
    assert.equal(table.ready, false);
    assert.deepEqual(
      { ready: table.readiness.readySections, of: table.readiness.sections, warnings: table.readiness.warnings },
      { ready: 2, of: 6, warnings: 7 },
    );
    assert.deepEqual(
      table.sections.filter((s) => s.ready).map((s) => s.id),
      ['part-1', 'part-3'],
    );
    await client.close(uri);
  });

  test('hover on the rubric value shows the rubric, its source and passing rule', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: problems },
      position: { line: 1, character: 12 },
    });
    assert.match(hover.contents.value, /Working Together for Student Success/);
    assert.match(hover.contents.value, /To pass:/);
  });

  test('completion offers rubric ids after rubric: and missing headings at a line start', async () => {
    const ids = await client.request<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri: problems },
      position: { line: 1, character: 8 },
    });
    assert.equal(ids.length, 5);
    assert.ok(ids.some((i) => i.label === 'engaging-stakeholders'));
    const last = problemsText.split('\n').length - 1;
    const headings = await client.request<{ label: string; textEdit: { newText: string } }[]>(
      'textDocument/completion',
      { textDocument: { uri: problems }, position: { line: last, character: 0 } },
    );
    assert.deepEqual(
      headings.map((h) => h.textEdit.newText),
      ['## Part 3 Reflection'],
    );
  });

  test('typing rw- at a line start offers the snippets, which replace what was typed', async () => {
    const uri = uriOf(join(ROOT, 'examples/rw-snippets.md'));
    await client.open(uri, 'Some notes.\n\nrw-\nA line with rw- inside.\n');
    const items = await client.request<
      { label: string; kind: number; insertTextFormat: number; textEdit: { newText: string; range: unknown } }[]
    >('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 3 } });
    const template = items.find((i) => i.label === 'rw-template-working-together-for-student-success');
    assert.ok(template, items.map((i) => i.label).join(', '));
    assert.equal(template.kind, 15, 'a snippet');
    assert.equal(template.insertTextFormat, 2);
    assert.match(template.textEdit.newText, /^---\nrubric: working-together-for-student-success\n---/);
    assert.deepEqual(template.textEdit.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    assert.ok(items.every((i) => i.label.startsWith('rw-')));
    const inside = await client.request<unknown[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 15 },
    });
    assert.deepEqual(inside, [], 'only at the start of a line');
  });

  test('the missing-section quick fix inserts heading and guidance at its place; the diagnostic goes', async () => {
    const current = client
      .allPublished()
      .filter((p) => p.uri === problems)
      .pop()!;
    const missing = current.diagnostics.find((d) => d.code === 'missing-section')!;
    const actions = await client.request<{ title: string; kind: string; edit: { changes: Record<string, never[]> } }[]>(
      'textDocument/codeAction',
      {
        textDocument: { uri: problems },
        range: missing.range,
        context: { diagnostics: [missing] },
      },
    );
    const fix = actions.find((a) => a.kind === 'quickfix')!;
    assert.match(fix.title, /Part 3 Reflection/);
    const edits = fix.edit.changes[problems] as {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      newText: string;
    }[];
    assert.ok(
      edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character),
      'only inserts',
    );
    const fixed = applyEdits(problemsText, edits);
    assert.match(fixed, /\n## Part 3 Reflection\n\n<!--/);
    assert.ok(fixed.startsWith(problemsText.slice(0, edits[0].range.start.line)), "the writer's text is untouched");
    const next = client.diagnosticsFor(problems, 10);
    await client.change(problems, 10, [{ text: fixed }]);
    const after = await next;
    assert.ok(!after.diagnostics.some((d) => d.code === 'missing-section'));
    assert.ok(after.diagnostics.some((d) => d.code === 'empty-section'));
    const restore = client.diagnosticsFor(problems, 11);
    await client.change(problems, 11, [{ text: problemsText }]);
    await restore;
  });

  test('document symbols carry counts; folding ranges cover sections', async () => {
    const symbols = await client.request<
      { name: string; detail?: string; children: { name: string; detail?: string }[] }[]
    >('textDocument/documentSymbol', { textDocument: { uri: problems } });
    const part2 = symbols.find((s) => s.name.startsWith('Part 2'))!;
    assert.deepEqual(
      part2.children.map((c) => c.name),
      ['Artifact 1: List of Stakeholders', 'Artifact 2: Written Plan', 'Artifact 3: Visual Presentation'],
    );
    assert.equal(part2.children[1].detail, '342 / 200–300 words — 42 over');
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', {
      textDocument: { uri: problems },
    });
    const artifact2 = problemsText.split('\n').findIndex((l) => l.startsWith('### Artifact 2'));
    assert.ok(folds.some((f) => f.startLine === artifact2 && f.endLine > artifact2 + 5));
  });

  test('custom requests: the section table and a section as plain text', async () => {
    const table = await client.request<{
      rubric: { id: string };
      sections: { id: string; status: string; words: number | null; summary: string }[];
    }>('rubricWriter/sections', { textDocument: { uri: problems } });
    assert.equal(table.rubric.id, 'working-together-for-student-success');
    assert.deepEqual(
      table.sections.map((s) => `${s.id}:${s.status}`),
      ['part-1:under', 'part-2:ok', 'artifact-1:ok', 'artifact-2:over', 'artifact-3:ok', 'part-3:missing'],
    );
    const plain = await client.request<{ title: string; text: string }>('rubricWriter/plainText', {
      textDocument: { uri: problems },
      section: 'artifact-2',
    });
    assert.equal(plain.title, 'Artifact 2: Written Plan');
    assert.doesNotMatch(plain.text, /\*\*|<!--|^#/m);
    assert.match(plain.text, /^Preparation:/m);
  });

  test('custom requests: rubrics, templates and the rubric as Markdown', async () => {
    const rubrics = await client.request<{ id: string }[]>('rubricWriter/rubrics', null);
    assert.equal(rubrics.length, 5);
    const template = await client.request<{ text: string }>('rubricWriter/template', {
      rubric: 'engaging-stakeholders',
    });
    assert.match(template.text, /^---\nrubric: engaging-stakeholders\n---/);
    const markdown = await client.request<{ markdown: string }>('rubricWriter/rubricMarkdown', {
      rubric: 'working-together-for-student-success',
    });
    assert.match(markdown.markdown, /Artifact 3: Visual Presentation/);
    assert.equal(await client.request('rubricWriter/template', { rubric: 'no-such-rubric' }), null);
  });

  test('a Markdown file naming no rubric gets no diagnostics; closing a submission clears its own', async () => {
    const plain = 'file:///tmp/notes.md';
    await client.open(plain, '# Notes\n\nJust notes, with an e-mail a@b.org.\n');
    const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: plain } });
    assert.deepEqual(lenses, []);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(
      client
        .allPublished()
        .filter((p) => p.uri === plain)
        .every((p) => p.diagnostics.length === 0),
    );
    const cleared = client.diagnosticsFor(problems);
    await client.close(problems);
    assert.deepEqual((await cleared).diagnostics, []);
    const reopened = client.diagnosticsFor(problems, 1);
    await client.open(problems, problemsText);
    assert.equal((await reopened).diagnostics.length, 6);
  });

  test('a Markdown file naming no rubric is not analysed until its front matter names one', async () => {
    const uri = 'file:///tmp/readme-then-submission.md';
    await client.open(uri, `# Readme\n\n${'Long notes about the project. '.repeat(2000)}\n\n## Part 1\n`);
    const textDocument = { uri };
    assert.equal(await client.request('rubricWriter/sections', { textDocument }), null);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), []);
    const checked = client.diagnosticsFor(uri, 2);
    const frontMatter = '---\nrubric: working-together-for-student-success\n---\n\n';
    const start = { line: 0, character: 0 };
    await client.change(uri, 2, [{ range: { start, end: start }, text: frontMatter }]);
    assert.ok((await checked).diagnostics.some((d) => d.code === 'missing-section'));
    const table = await client.request<{ rubric: { id: string } }>('rubricWriter/sections', { textDocument });
    assert.equal(table.rubric.id, 'working-together-for-student-success');
    await client.close(uri);
  });

  test('a request that throws is answered with an error, and the next request works', async () => {
    await assert.rejects(client.request('textDocument/hover', {}), /hover failed/);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: problems },
      position: { line: 1, character: 12 },
    });
    assert.match(hover.contents.value, /Working Together/);
  });
});

describe('settings and user rubric files', () => {
  let client: TestClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rw-lsp-'));
    writeFileSync(
      join(folder, 'broken.rubric.yaml'),
      'id: broken\ntitle: Broken\nkind: novel\nsource: Me\ndescription: x\nsections:\n  - id: one\n    title: One\n',
    );
    writeFileSync(
      join(folder, 'family.rubric.yaml'),
      'id: family-reflection\ntitle: Family Reflection\nkind: framework\nsource: Test\ndescription: A test ' +
        'rubric.\nsections:\n  - id: story\n    title: My Story\n    words: { max: 5, limit: hard }\n',
    );
    client = new TestClient();
    client.settings = { privacy: { identifyingTerms: [] } };
    await client.initialize({ rootUri: uriOf(folder), capabilities: { workspace: { configuration: true } } });
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a broken rubric file gets diagnostics of its own, with line and column', async () => {
    const uri = uriOf(join(folder, 'broken.rubric.yaml'));
    const published = client.allPublished().find((p) => p.uri === uri) ?? (await client.diagnosticsFor(uri));
    assert.equal(published.diagnostics[0].code, 'invalid-rubric');
    assert.match(published.diagnostics[0].message, /kind must be one of: micro-credential, framework/);
    assert.deepEqual(published.diagnostics[0].range.start, { line: 2, character: 6 });
  });

  test('a workspace rubric file is used for submissions that name it; built-ins keep working', async () => {
    const uri = uriOf(join(folder, 'story.md'));
    const next = client.diagnosticsFor(uri, 1);
    await client.open(
      uri,
      '---\nrubric: family-reflection\n---\n\n## My Story\n\nOne two three four five six seven.\n',
    );
    const published = await next;
    assert.deepEqual(codes(published), ['word-limit-exceeded']);
    const builtin = uriOf(join(folder, 'builtin.md'));
    const other = client.diagnosticsFor(builtin, 1);
    await client.open(builtin, '---\nrubric: working-together-for-student-success\n---\n');
    assert.ok((await other).diagnostics.some((d) => d.code === 'missing-section'));
  });

  test('a configuration change re-checks open submissions (identifying terms)', async () => {
    const uri = uriOf(join(folder, 'story.md'));
    client.settings = { privacy: { identifyingTerms: ['Riverbend'] } };
    const next = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, [
      { text: '---\nrubric: family-reflection\n---\n\n## My Story\n\nRiverbend is home.\n' },
    ]);
    await next;
    const rechecked = client.diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const published = await rechecked;
    assert.deepEqual(codes(published), ['identifying-information']);
  });

  test('a rubric file opened in the editor is validated as it is typed', async () => {
    const uri = uriOf(join(folder, 'draft.rubric.yaml'));
    const next = client.diagnosticsFor(uri);
    await client.open(
      uri,
      'id: draft\ntitle: Draft\nkind: framework\nsource: Me\ndescription: x\nsections: []\n',
      1,
      'yaml',
    );
    const published = await next;
    assert.match(published.diagnostics[0].message, /sections/);
  });

  test('a rubric file that can never be met: named by title and position, the values underlined', async () => {
    const uri = uriOf(join(folder, 'impossible.rubric.yaml'));
    const text =
      'id: impossible\ntitle: Impossible\nkind: framework\nsource: Me\ndescription: x\nsections:\n' +
      '  - id: intro\n    title: Introduction\n  - id: plan\n    title: My Plan\n    words: { min: 200, max: 100 }\n';
    const next = client.diagnosticsFor(uri);
    await client.open(uri, text, 1, 'yaml');
    const [only, ...rest] = (await next).diagnostics;
    assert.deepEqual(rest, []);
    assert.equal(only.severity, 1);
    assert.equal(
      only.message,
      'Section 2 "My Plan": words: the minimum (200 words) is above the maximum (100), so no text can meet it.',
    );
    const line = '    words: { min: 200, max: 100 }';
    assert.deepEqual(only.range, {
      start: { line: 10, character: line.indexOf('200') },
      end: { line: 10, character: line.indexOf('100') + 3 },
    });

    const sideways = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, [{ text: text.replace('min: 200, max: 100', 'max: 100, limit: sideways') }]);
    const [limit] = (await sideways).diagnostics;
    assert.equal(limit.message, 'Section 2 "My Plan": words.limit must be one of: hard, guide.');
    const sidewaysLine = '    words: { max: 100, limit: sideways }';
    assert.deepEqual(limit.range, {
      start: { line: 10, character: sidewaysLine.indexOf('sideways') },
      end: { line: 10, character: sidewaysLine.length - 2 },
    });
    await client.close(uri);
  });
});

describe('character references, in the built server', () => {
  test('a section as plain text has the characters its references name', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = 'file:///tmp/references.md';
      const frontMatter = '---\nrubric: working-together-for-student-success\n---\n\n';
      await client.open(
        uri,
        `${frontMatter}## Part 1. Overview\n\nCaf&eacute; nights &amp; na&iuml;ve &#233;t&#xE9;.\n`,
      );
      const plain = await client.request<{ text: string }>('rubricWriter/plainText', {
        textDocument: { uri },
        section: 'part-1',
      });
      assert.match(plain.text, /^Café nights & naïve été\.$/m);
    } finally {
      await client.shutdown();
    }
  });
});

describe('pull diagnostics and the disable comments', () => {
  test('a client that asks for pull diagnostics gets them from textDocument/diagnostic', async () => {
    const client = new TestClient();
    try {
      const init = await client.initialize({
        capabilities: {
          textDocument: { diagnostic: { dynamicRegistration: false } },
          workspace: { diagnostics: { refreshSupport: true } },
        },
      });
      assert.ok(init.capabilities.diagnosticProvider);
      const uri = 'file:///tmp/pull.md';
      await client.open(uri, '---\nrubric: engaging-stakeholders\n---\n\n## Part 1. Overview questions\n');
      const report = await client.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', {
        textDocument: { uri },
      });
      assert.equal(report.kind, 'full');
      assert.ok(report.items.some((d) => d.code === 'missing-section'));
    } finally {
      await client.shutdown();
    }
  });

  test("a client that pulls but cannot be asked to pull again (Neovim 0.10) is sent them, a file's too", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rw-pull-'));
    const client = new TestClient();
    try {
      const init = await client.initialize({
        rootUri: uriOf(folder),
        capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
      });
      assert.equal(init.capabilities.diagnosticProvider, undefined);
      const uri = uriOf(join(folder, 'submission.md'));
      await client.open(uri, `${example('working-together-for-student-success.md')}\n![Our poster](poster.jpg)\n`);
      // The missing photo is known only once the linked files are read, after the first diagnostics.
      const deadline = Date.now() + 15000;
      while (!client.allPublished().some((p) => p.uri === uri && codes(p).includes('missing-file'))) {
        if (Date.now() > deadline) assert.fail('the missing photo was never reported');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await client.shutdown();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('disable comments silence the codes they name', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = 'file:///tmp/disable.md';
      const text = [
        '---',
        'rubric: working-together-for-student-success',
        '---',
        '<!-- rubric-writer-disable missing-section -->',
        '',
        '<!-- rubric-writer-disable-next-line word-count-below-minimum -->',
        '## Part 1. Overview Questions',
        '',
        'Only a few words here.',
        '',
      ].join('\n');
      const next = client.diagnosticsFor(uri, 1);
      await client.open(uri, text);
      assert.deepEqual(codes(await next), []);
    } finally {
      await client.shutdown();
    }
  });
});
