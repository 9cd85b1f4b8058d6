/**
 * The server where it cannot read the disk: rubric files handed over by the client
 * (`rubricWriter/rubricFiles`, as the VS Code client does in the browser and in virtual workspaces),
 * and the built web-worker bundle (dist/server-main.js) running with nothing of Node around it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { createContext, runInContext } from 'node:vm';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  BundleScriptRequest,
  ExportRequest,
  ImportWordRequest,
  ReadFileRequest,
  RubricFilesRequest,
  SectionsRequest,
  type EditorRubricFile,
  type SectionsResult,
} from '../../server/src/lsp/protocol';
import { LspClient } from '../helpers/lspClient';
import { ROOT, TestClient } from './client';

const REPO = 'vscode-vfs://github/teacher/drafts';
const fixture = (path: string) => readFileSync(join(ROOT, 'test/fixtures', path));
const asFile = (uri: string, bytes: Buffer): EditorRubricFile => ({
  uri,
  size: bytes.length,
  content: bytes.toString('base64'),
});
const codes = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.map((d) => String(d.code)).sort();

/** The files a client in a GitHub repository would hand over, and the requests it was sent. */
function answerRubricFiles(client: LspClient, files: EditorRubricFile[]) {
  const asked: { rubricPaths: string[]; configRubricPaths?: string[]; maxFiles: number; maxBytes: number }[] = [];
  client.connection.onRequest(RubricFilesRequest.method, (params: (typeof asked)[number]) => {
    asked.push(params);
    return { files, stopped: null };
  });
  return asked;
}

describe('rubric files read by the client', () => {
  test('a submission in a virtual workspace is checked against a rubric file the client read', async () => {
    const client = new TestClient('in process');
    const asked = answerRubricFiles(client, [
      asFile(`${REPO}/rubrics/team.rubric.yaml`, fixture('rubrics/team-reflection.rubric.yaml')),
      asFile(`${REPO}/broken.rubric.yaml`, fixture('broken-rubrics/bad-yaml.rubric.yaml')),
      { uri: `${REPO}/huge.rubric.yaml`, size: 5_000_000, content: null },
      { uri: `${REPO}/gone.rubric.yaml`, size: 0, content: null, error: 'EntryNotFound (FileSystemError)' },
    ]);
    try {
      client.settings = { rubricPaths: ['shared/rubrics'] };
      const broken = client.diagnosticsFor(`${REPO}/broken.rubric.yaml`);
      const huge = client.diagnosticsFor(`${REPO}/huge.rubric.yaml`);
      const gone = client.diagnosticsFor(`${REPO}/gone.rubric.yaml`);
      await client.initialize({ rootUri: REPO, initializationOptions: { rubricFiles: 'client' } });
      assert.ok((await broken).diagnostics.length > 0, 'the broken rubric file has its problems at its own URI');
      assert.match((await huge).diagnostics[0].message, /too large/);
      assert.match((await gone).diagnostics[0].message, /Cannot read this rubric file \(EntryNotFound/);
      assert.deepEqual(asked[0], {
        rubricPaths: ['shared/rubrics'],
        configRubricPaths: [],
        maxFiles: 500,
        maxBytes: 1024 * 1024,
      });

      const uri = `${REPO}/team-reflection.md`;
      const first = client.diagnosticsFor(uri, 1);
      await client.open(uri, fixture('team-reflection.md').toString('utf8'));
      assert.deepEqual(codes(await first), ['word-limit-exceeded']);
    } finally {
      await client.shutdown();
    }
  });

  test('an association by folder applies in a virtual workspace, relative to its folder', async () => {
    const client = new TestClient('in process');
    answerRubricFiles(client, []);
    try {
      client.settings = { associations: { 'drafts/*.md': 'engaging-stakeholders' } };
      await client.initialize({ rootUri: REPO, initializationOptions: { rubricFiles: 'client' } });
      const inDrafts = `${REPO}/drafts/plan.md`;
      const elsewhere = `${REPO}/notes/plan.md`;
      const drafts = client.diagnosticsFor(inDrafts, 1);
      await client.open(inDrafts, 'We met the families.\n');
      await client.open(elsewhere, 'We met the families.\n');
      assert.ok(codes(await drafts).includes('missing-section'), 'drafts/plan.md is checked against the rubric');
      const rubricOf = async (uri: string) =>
        (await client.request<SectionsResult | null>(SectionsRequest.method, { textDocument: { uri } }))?.rubric?.id;
      assert.equal(await rubricOf(inDrafts), 'engaging-stakeholders');
      assert.equal(await rubricOf(elsewhere), undefined, 'notes/plan.md is no submission');
    } finally {
      await client.shutdown();
    }
  });

  test("a project config in a virtual workspace is read through the client, up to the repository's root", async () => {
    const client = new TestClient('in process');
    const asked = answerRubricFiles(client, []);
    const files = new Map<string, string>([
      [
        `${REPO}/.rubric-writer.yaml`,
        [
          'associations:',
          "  'drafts/*.md': engaging-stakeholders",
          'rubricPaths: [shared/rubrics]',
          'privacy:',
          '  identifyingTerms: [Lincoln Elementary]',
          "ignores: ['old/**']",
          '',
        ].join('\n'),
      ],
      [`${REPO}/broken/.rubric-writer.yaml`, 'associations: 5\n'],
      // Above the repository's root: never read.
      ['vscode-vfs://github/teacher/.rubric-writer.yaml', 'ignores: ["**"]\n'],
    ]);
    const read: string[] = [];
    client.connection.onRequest(ReadFileRequest.method, ({ uri }: { uri: string }) => {
      read.push(uri);
      if (uri === `${REPO}/.git`) return { content: null, exists: true, size: 0 };
      const text = files.get(uri);
      return text === undefined
        ? { content: null, exists: false, size: 0 }
        : { content: Buffer.from(text).toString('base64'), exists: true, size: text.length };
    });
    try {
      await client.initialize({ rootUri: REPO, initializationOptions: { rubricFiles: 'client' } });
      const plan = `${REPO}/drafts/plan.md`;
      const planned = client.diagnosticsFor(plan, 1);
      await client.open(plan, 'We met the families of Lincoln Elementary.\n');
      const found = codes(await planned);
      assert.ok(found.includes('missing-section'), `the config's association applies: ${found.join(', ')}`);
      assert.ok(found.includes('identifying-information'), `the config's identifying terms apply: ${found.join(', ')}`);
      assert.deepEqual(
        asked.at(-1)?.configRubricPaths,
        ['/teacher/drafts/shared/rubrics'],
        "the config's rubric folder is searched, placed below the config's folder",
      );

      const old = `${REPO}/old/draft.md`;
      await client.open(old, '---\nrubric: engaging-stakeholders\n---\n');
      // Asked until the config, read through the client after the open, is in.
      let table = await client.request<SectionsResult>(SectionsRequest.method, { textDocument: { uri: old } });
      for (let tries = 0; !table.ignored && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        table = await client.request<SectionsResult>(SectionsRequest.method, { textDocument: { uri: old } });
      }
      assert.equal(table.rubric, null, "a file the config's ignores match is no submission");
      assert.deepEqual(table.ignored, { config: `${REPO}/.rubric-writer.yaml`, glob: 'old/**' });

      const brokenConfig = client.diagnosticsFor(`${REPO}/broken/.rubric-writer.yaml`);
      await client.open(`${REPO}/broken/notes.md`, '---\nrubric: engaging-stakeholders\n---\n');
      const problem = (await brokenConfig).diagnostics[0];
      assert.equal(problem.code, 'invalid-config');
      assert.equal(problem.range.start.line, 0);

      assert.ok(!read.includes('vscode-vfs://github/teacher/.rubric-writer.yaml'), `read: ${read.join(', ')}`);
    } finally {
      await client.shutdown();
    }
  });

  test('a server on the local disk does not ask the client for rubric files', async () => {
    const client = new TestClient('in process');
    const asked = answerRubricFiles(client, []);
    try {
      await client.initialize();
      const uri = 'file:///tmp/unasked.md';
      const first = client.diagnosticsFor(uri, 1);
      await client.open(uri, '---\nrubric: engaging-stakeholders\n---\n');
      await first;
      assert.equal(asked.length, 0);
    } finally {
      await client.shutdown();
    }
  });
});

/** The bundles the worker asked its client for, answered as the VS Code client does: each one's text from dist/. */
function answerBundleScripts(client: LspClient): string[] {
  const asked: string[] = [];
  client.connection.onRequest(BundleScriptRequest.method, ({ name }: { name: string }) => {
    asked.push(name);
    return { text: readFileSync(join(ROOT, 'dist', `${name}.js`), 'utf8') };
  });
  return asked;
}

/** A worker's Blob URLs and importScripts: a script made from text runs in the worker's global scope. */
function scriptLoading(context: () => object) {
  const scripts = new Map<string, string>();
  class Blob {
    constructor(readonly parts: string[]) {}
  }
  const WorkerURL = Object.assign(class extends URL {}, {
    createObjectURL(blob: Blob): string {
      const url = `blob:worker/${scripts.size + 1}`;
      scripts.set(url, blob.parts.join(''));
      return url;
    },
    revokeObjectURL(url: string): void {
      scripts.delete(url);
    },
  });
  const importScripts = (...urls: string[]) => {
    for (const url of urls) runInContext(scripts.get(url) ?? '', context(), { filename: url });
  };
  return { Blob, URL: WorkerURL, importScripts };
}

/**
 * dist/server-main.js in a bare JavaScript context, as in a web worker: `self` with `postMessage` and
 * `onmessage`, the timers, text codecs, base64, Blob URLs and importScripts of the web platform, and
 * no `require`, `process` or `Buffer`. Messages cross as structured clones do, as JSON values of the
 * worker's own realm.
 */
function webWorkerServer(input: Readable, output: Writable): void {
  const writer = new StreamMessageWriter(output);
  const worker: Record<string, unknown> = {
    ...scriptLoading(() => context),
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    atob,
    btoa,
    addEventListener: () => undefined,
    postMessage: (message: unknown) => void writer.write(JSON.parse(JSON.stringify(message))),
  };
  worker.self = worker;
  const context = createContext(worker);
  runInContext(readFileSync(join(ROOT, 'dist/server-main.js'), 'utf8'), context, { filename: 'dist/server-main.js' });
  const parse = runInContext('JSON.parse', context) as (text: string) => unknown;
  new StreamMessageReader(input).listen((message) => {
    (worker.onmessage as (event: { data: unknown }) => void)({ data: parse(JSON.stringify(message)) });
  });
}

test('the web-worker bundle checks a submission against built-in and client-read rubrics, without Node', async () => {
  const server = new LspClient({ inProcess: webWorkerServer });
  answerRubricFiles(server, [asFile(`${REPO}/team.rubric.yaml`, fixture('rubrics/team-reflection.rubric.yaml'))]);
  try {
    // The server publishes each rubric file's problems (none here) once it has read them.
    const rubricRead = server.waitForDiagnostics(`${REPO}/team.rubric.yaml`);
    await server.initialize({ rootUri: REPO });
    assert.deepEqual((await rubricRead).params.diagnostics, []);
    const problems = `${REPO}/problems.md`;
    const first = server.waitForDiagnostics(problems, 1);
    await server.open(problems, readFileSync(join(ROOT, 'examples/problems.md'), 'utf8'));
    assert.ok(codes((await first).params).includes('word-limit-exceeded'));

    const team = `${REPO}/team-reflection.md`;
    const checked = server.waitForDiagnostics(team, 1);
    await server.open(team, fixture('team-reflection.md').toString('utf8'));
    assert.deepEqual(codes((await checked).params), ['word-limit-exceeded']);
  } finally {
    await server.shutdown();
  }
});

test("the web-worker bundle reads a linked video's length and a missing file through the client", async () => {
  const server = new LspClient({ inProcess: webWorkerServer });
  answerRubricFiles(server, []);
  const bundles = answerBundleScripts(server);
  const video = readFileSync(join(ROOT, 'test/fixtures/media/practice-run.mp4'));
  const asked: { uri: string; maxBytes: number }[] = [];
  server.connection.onRequest(ReadFileRequest.method, (params: { uri: string; maxBytes: number }) => {
    asked.push(params);
    return params.uri === `${REPO}/media/practice-run.mp4`
      ? { content: video.toString('base64'), exists: true, size: video.length }
      : { content: null, exists: false, size: 0 };
  });
  try {
    await server.initialize({ rootUri: REPO });
    const uri = `${REPO}/plan.md`;
    await server.open(
      uri,
      '---\nrubric: working-together-for-student-success\n---\n\n### Artifact 3: Visual Presentation\n\n' +
        '[My talk](media/practice-run.mp4) (3:45)\n\n![Night](photos/gone.jpg) Families at family night.\n',
    );
    const deadline = Date.now() + 15000;
    let found: string[] = [];
    while (!(found.includes('duration-mismatch') && found.includes('missing-file')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const last = server.published.filter((p) => p.params.uri === uri).at(-1);
      found = last ? codes(last.params) : [];
    }
    assert.ok(found.includes('duration-mismatch') && found.includes('missing-file'), String(found));
    const mismatch = server.published.filter((p) => p.params.uri === uri).at(-1)!.params.diagnostics;
    assert.match(mismatch.find((d) => d.code === 'duration-mismatch')!.message, /practice-run\.mp4 is 5:10/);
    assert.equal(asked.find((a) => a.uri.endsWith('practice-run.mp4'))?.maxBytes, 64 * 1024 * 1024);
    // The media reader is dist/media-reader.js, loaded once when a file was first linked.
    assert.deepEqual(bundles, ['media-reader']);
  } finally {
    await server.shutdown();
  }
});

test('the web-worker bundle imports a Word draft and exports Word with the bundles the client hands over', async () => {
  const server = new LspClient({ inProcess: webWorkerServer });
  answerRubricFiles(server, []);
  const bundles = answerBundleScripts(server);
  try {
    await server.initialize({ rootUri: REPO });
    assert.deepEqual(bundles, [], 'nothing is loaded before it is needed');
    const draft = readFileSync(join(ROOT, 'test/fixtures/word/full-draft.libreoffice.docx'));
    const imported = await server.request<{ markdown?: string; error?: string }>(ImportWordRequest.method, {
      base64: draft.toString('base64'),
      imageFolder: 'draft-images',
      name: 'draft.docx',
    });
    assert.equal(imported.error, undefined);
    assert.match(imported.markdown!, /^---\nrubric: working-together-for-student-success\n---/);

    const uri = `${REPO}/problems.md`;
    await server.open(uri, readFileSync(join(ROOT, 'examples/problems.md'), 'utf8'));
    const exported = await server.request<{ base64: string }>(ExportRequest.method, {
      textDocument: { uri },
      format: 'docx',
    });
    assert.equal(Buffer.from(exported.base64, 'base64').subarray(0, 2).toString(), 'PK', 'a Word document');
    assert.deepEqual(bundles, ['word'], 'the Word reader and the export writers come in one bundle, loaded once');
  } finally {
    await server.shutdown();
  }
});
