/**
 * The CLI end to end, as a subprocess: `node dist/cli.js ...` from the repository root (run
 * `npm run build` first). Output formats, exit codes, user rubric folders, globs, templates, and
 * every way a file can be unreadable.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  CLI,
  cli,
  cliWithInput,
  EXAMPLES,
  json,
  oneLineError,
  ROOT,
  stderrLines,
  type JsonDiagnostic,
  type Run,
} from './run';

const BUILTIN_IDS = [
  'engaging-stakeholders',
  'working-together-for-student-success',
  'stakeholder-participation',
  'stakeholder-relationships',
  'district-stakeholder-engagement',
];

interface YamlSection {
  id: string;
  title: string;
  sections?: YamlSection[];
}

/** The rubric's sections in document order, from its YAML file. */
function rubricSections(id: string): YamlSection[] {
  const data = parseYaml(readFileSync(join(ROOT, 'rubrics', `${id}.yaml`), 'utf8')) as {
    id: string;
    sections: YamlSection[];
  };
  assert.equal(data.id, id);
  const flat: YamlSection[] = [];
  const walk = (sections: YamlSection[]) => {
    for (const section of sections) {
      flat.push(section);
      if (section.sections) walk(section.sections);
    }
  };
  walk(data.sections);
  return flat;
}

let tmp: string;
before(() => {
  assert.ok(existsSync(CLI), 'dist/cli.js exists (run npm run build first)');
  tmp = mkdtempSync(join(tmpdir(), 'rubric-writer-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------

describe('check --format json', { concurrency: true }, () => {
  test(
    'a written plan of exactly 300 words, as a word processor counts them (hyphenated words and all), is 300, ' +
      'ok, no diagnostic',
    async () => {
      const example = readFileSync(join(ROOT, 'examples/working-together-for-student-success.md'), 'utf8');
      const phrases = [
        'Our',
        'grade-level',
        'team',
        'meets',
        'K-5',
        'families',
        'in',
        '3-5',
        'short',
        '35-minute',
        'sessions;',
        'well-being',
        'comes',
        'first.',
      ];
      const words = Array.from({ length: 300 }, (_v, i) => phrases[i % phrases.length]);
      // Its three points as a list of three (list markers are no words).
      const plan = [0, 100, 200].map((from) => `- ${words.slice(from, from + 100).join(' ')}`).join('\n');
      assert.equal(words.join(' ').split(/\s+/).length, 300, 'a whitespace-run counter says 300');
      const start = example.indexOf('### Artifact 2: Written Plan');
      const end = example.indexOf('### Artifact 3');
      const file = join(tmp, 'plan-300.md');
      writeFileSync(file, `${example.slice(0, start)}### Artifact 2: Written Plan\n\n${plan}\n\n${example.slice(end)}`);
      const run = await cli('check', '--format', 'json', '--no-files', file);
      assert.equal(run.status, 0, run.stdout);
      const [report] = json(run);
      const artifact2 = report.sections.find((s: { id: string }) => s.id === 'artifact-2');
      assert.ok(artifact2, 'Artifact 2 is reported');
      assert.equal(artifact2.words, 300);
      assert.equal(artifact2.status, 'ok');
      assert.deepEqual(report.diagnostics, []);
    },
  );

  test("examples/problems.md: the spec's JSON shape, the six documented problems, exit 1", async () => {
    const run = await cli('check', '--format', 'json', EXAMPLES.problems);
    assert.equal(run.status, 1, run.stderr);
    const files = json(run);
    assert.equal(files.length, 1);
    const [file] = files;
    assert.equal(file.file, EXAMPLES.problems);
    assert.equal(file.rubric, 'working-together-for-student-success');

    for (const d of file.diagnostics) {
      assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'section', 'severity']);
      assert.equal(typeof d.message, 'string');
      for (const end of [d.range.start, d.range.end]) {
        assert.ok(Number.isInteger(end.line) && end.line >= 0, JSON.stringify(d.range));
        assert.ok(Number.isInteger(end.character) && end.character >= 0, JSON.stringify(d.range));
      }
    }
    // The six problems the example documents, and no others.
    const found = file.diagnostics.map((d) => `${d.code} ${d.severity} ${d.section}`).sort();
    assert.deepEqual(found, [
      'identifying-information warning null',
      'missing-caption warning artifact-3',
      'missing-section error part-3',
      'too-few-items warning artifact-1',
      'word-count-below-minimum warning part-1',
      'word-limit-exceeded error artifact-2',
    ]);
    const over = file.diagnostics.find((d) => d.code === 'word-limit-exceeded')!;
    assert.match(over.message, /342/);
    assert.match(over.message, /42 over/);

    assert.deepEqual(
      file.sections.map((s) => s.id),
      rubricSections('working-together-for-student-success').map((s) => s.id),
    );
    for (const s of file.sections)
      assert.deepEqual(Object.keys(s).sort(), [
        'accepted',
        'found',
        'id',
        'items',
        'max',
        'min',
        'ready',
        'status',
        'title',
        'words',
      ]);
    const byId = Object.fromEntries(file.sections.map((s) => [s.id, s]));
    assert.deepEqual(byId['artifact-2'], {
      id: 'artifact-2',
      title: 'Artifact 2: Written Plan',
      found: true,
      words: 342,
      min: 200,
      max: 300,
      items: null,
      status: 'over',
      ready: false,
      accepted: 0,
    });
    // Only sections without an error or warning are ready: none here (Part 2 waits for its artifacts).
    assert.deepEqual(
      file.sections.filter((s) => s.ready).map((s) => s.id),
      [],
    );
    assert.equal(file.ready, false);
    assert.equal(byId['artifact-1'].items, 4);
    assert.equal(byId['part-1'].status, 'under');
    assert.equal(byId['part-1'].min, 350);
    assert.equal(byId['part-1'].max, 450);
    assert.deepEqual(
      { found: byId['part-3'].found, words: byId['part-3'].words, status: byId['part-3'].status },
      { found: false, words: null, status: 'missing' },
    );
  });

  test(
    'bare stakeholder names, two points and a timestamp past the video: the evidence warnings, each section ' +
      'ready or not',
    async () => {
      const run = await cli('check', '--format', 'json', 'test/fixtures/evidence-gaps.md');
      assert.equal(run.status, 0, run.stderr);
      const [file] = json(run);
      const found = file.diagnostics.map((d) => `${d.code} ${d.section} ${d.range.start.line + 1}`);
      assert.deepEqual(found, [
        // One per bare name, on the item's line.
        'missing-statement artifact-1 23',
        'missing-statement artifact-1 24',
        'missing-statement artifact-1 25',
        'missing-statement artifact-1 26',
        'missing-statement artifact-1 27',
        'too-few-points artifact-2 29',
        'timestamp-past-end artifact-3 45',
      ]);
      const messages = file.diagnostics.map((d) => d.message);
      assert.ok(
        messages.includes('Artifact 2: Written Plan names 2 points; the rubric asks for 3.'),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((m) => m.startsWith('2:50 is past the end of the 2:30 video')),
        messages.join('\n'),
      );
      assert.ok(messages[0].startsWith('"Principal" has 1 word;'), messages[0]);
      const ready = Object.fromEntries(file.sections.map((s) => [s.id, s.ready]));
      assert.deepEqual(ready, {
        'part-1': true,
        'part-2': false,
        'artifact-1': false,
        'artifact-2': false,
        'artifact-3': false,
        'part-3': true,
      });
      assert.equal(file.ready, false);
    },
  );

  test('an Artifact 3 in words with no video or photo: missing-media on its heading', async () => {
    const run = await cli('check', '--format', 'json', 'test/fixtures/no-video.md');
    const [file] = json(run);
    const media = file.diagnostics.filter((d) => d.code === 'missing-media');
    assert.deepEqual(
      media.map((d) => [d.section, d.range.start.line + 1]),
      [['artifact-3', 41]],
    );
    // "at 6:30 p.m." is a time of day, not a timestamp of a video.
    assert.equal(file.diagnostics.filter((d) => d.code.includes('timestamp')).length, 0);
  });

  test('the passing examples exit 0 with no error diagnostics', async () => {
    const run = await cli('check', '--format', 'json', EXAMPLES.together, EXAMPLES.engaging);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const files = json(run);
    assert.deepEqual(
      files.map((f) => f.file),
      [EXAMPLES.together, EXAMPLES.engaging],
    );
    assert.deepEqual(
      files.map((f) => f.rubric),
      ['working-together-for-student-success', 'engaging-stakeholders'],
    );
    for (const file of files) {
      assert.deepEqual(
        file.diagnostics.filter((d) => d.severity === 'error'),
        [],
        file.file,
      );
      for (const s of file.sections) assert.equal(s.found, true, `${file.file} ${s.id}`);
      for (const s of file.sections) assert.equal(s.ready, true, `${file.file} ${s.id} is ready`);
      assert.equal(file.ready, true, file.file);
    }
  });

  test('a Markdown file with no rubric: "rubric": null and no diagnostics, exit 0', async () => {
    const run = await cli('check', '--format', 'json', 'test/fixtures/notes.md');
    assert.equal(run.status, 0, run.stderr);
    const [file] = json(run);
    assert.equal(file.rubric, null);
    assert.deepEqual(file.diagnostics, []);
  });

  test('an unknown rubric id: "rubric": null, unknown-rubric with section null and a suggestion, exit 1', async () => {
    const run = await cli('check', '--format', 'json', 'test/fixtures/unknown-rubric.md');
    assert.equal(run.status, 1, run.stderr);
    const [file] = json(run);
    assert.equal(file.rubric, null);
    assert.deepEqual(
      file.diagnostics.map((d) => [d.code, d.severity, d.section]),
      [['unknown-rubric', 'error', null]],
    );
    assert.match(file.diagnostics[0].message, /working-together-for-student-success/);
    // On the value: line 1 (0-based), after "rubric: ".
    assert.deepEqual(file.diagnostics[0].range.start, { line: 1, character: 'rubric: '.length });
  });

  test('invalid front matter: "rubric": null, invalid-front-matter only with section null, exit 1', async () => {
    const run = await cli('check', '--format', 'json', 'test/fixtures/invalid-front-matter.md');
    assert.equal(run.status, 1, run.stderr);
    const [file] = json(run);
    assert.equal(file.rubric, null);
    assert.deepEqual(
      file.diagnostics.map((d) => [d.code, d.severity, d.section]),
      [['invalid-front-matter', 'error', null]],
    );
  });
});

describe('check: the other formats', { concurrency: true }, () => {
  let cached: Promise<JsonDiagnostic[]> | undefined;
  const problems = () =>
    (cached ??= cli('check', '--format', 'json', EXAMPLES.problems).then((run) => json(run)[0].diagnostics));

  test('text: file:line:column: severity code: message, 1-based, a line per diagnostic, then the summary', async () => {
    const run = await cli('check', EXAMPLES.problems);
    assert.equal(run.status, 1);
    const lines = run.stdout.split('\n').filter(Boolean);
    assert.equal(lines.pop(), `${EXAMPLES.problems}: 0 of 6 sections ready; 2 errors, 4 warnings`);
    const diagnostics = await problems();
    assert.equal(lines.length, diagnostics.length, run.stdout);
    for (const d of diagnostics) {
      const expected =
        `${EXAMPLES.problems}:${d.range.start.line + 1}:${d.range.start.character + 1}: ` +
        `${d.severity} ${d.code}: ${d.message}`;
      assert.ok(lines.includes(expected), `missing line:\n${expected}\nin:\n${run.stdout}`);
    }
    for (const line of lines)
      assert.match(line, /^examples\/problems\.md:\d+:\d+: (error|warning|information) [a-z-]+: .+$/);

    // The missing Part 3 is at the rubric: line, which is line 2 (1-based) of problems.md.
    assert.equal(
      readFileSync(join(ROOT, EXAMPLES.problems), 'utf8').split('\n')[1],
      'rubric: working-together-for-student-success',
    );
    assert.ok(
      lines.some((line) => line.startsWith(`${EXAMPLES.problems}:2:1: error missing-section: Part 3 Reflection`)),
      run.stdout,
    );
  });

  test('github: one workflow-command annotation per diagnostic', async () => {
    const run = await cli('check', '--format', 'github', EXAMPLES.problems);
    assert.equal(run.status, 1);
    const lines = run.stdout.split('\n').filter(Boolean);
    const diagnostics = await problems();
    assert.equal(lines.length, diagnostics.length, run.stdout);
    const level = { error: 'error', warning: 'warning', information: 'notice' };
    for (const d of diagnostics) {
      const prefix = `::${level[d.severity]} file=${EXAMPLES.problems},line=${d.range.start.line + 1}`;
      assert.ok(
        lines.some((line) => line.startsWith(prefix) && line.includes(`col=${d.range.start.character + 1}`)),
        `no annotation starting ${prefix}:\n${run.stdout}`,
      );
    }
    assert.equal(lines.filter((line) => line.startsWith('::error ')).length, 2);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) [^:]*::.+/);
  });

  test('text and github print control characters escaped: no escape sequence reaches the terminal', async () => {
    // An OSC 52 clipboard write, a bell, and a screen clear, in a value a message quotes.
    const hostile = '---\nrubric: "evil\\e]52;c;SGVsbG8=\\a\\e[2J\\x9b2J"\n---\n\n# Draft\n';
    for (const format of ['text', 'github']) {
      const run = await cliWithInput(hostile, 'check', '--format', format, '-');
      assert.equal(run.status, 1, run.stderr);
      assert.doesNotMatch(run.stdout, /[\x00-\x09\x0b-\x1f\x7f-\x9f]/, format);
      assert.match(run.stdout, /evil\\x1b\]52;c;SGVsbG8=\\x07\\x1b\[2J\\x9b2J/, format);
    }
  });

  test('sarif: version 2.1.0, one result per diagnostic with its rule id and 1-based region', async () => {
    const run = await cli('check', '--format', 'sarif', EXAMPLES.problems);
    assert.equal(run.status, 1);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results as {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
      }[];
    }[];
    const diagnostics = await problems();
    assert.equal(results.length, diagnostics.length);
    const level = { error: 'error', warning: 'warning', information: 'note' };
    for (const d of diagnostics) {
      const result = results.find((r) => r.ruleId === d.code);
      assert.ok(result, `a result for ${d.code}`);
      assert.equal(result.level, level[d.severity]);
      assert.equal(result.message.text, d.message);
      const location = result.locations[0].physicalLocation;
      assert.ok(location.artifactLocation.uri.endsWith(EXAMPLES.problems), location.artifactLocation.uri);
      assert.equal(location.region.startLine, d.range.start.line + 1);
      assert.equal(location.region.startColumn, d.range.start.character + 1);
    }
  });

  test('text on a clean file: only its summary line, exit 0', async () => {
    const run = await cli('check', EXAMPLES.together);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${EXAMPLES.together}: 6 of 6 sections ready; 0 errors, 0 warnings\n`);
  });

  test('text ends each file with its summary: notes counted if any, a file with no rubric said so', async () => {
    const run = await cli('check', 'test/fixtures/evidence-gaps.md', 'test/fixtures/notes.md');
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n').filter(Boolean);
    assert.ok(
      lines.includes('test/fixtures/evidence-gaps.md: 2 of 6 sections ready; 0 errors, 7 warnings'),
      run.stdout,
    );
    assert.equal(lines.at(-1), 'test/fixtures/notes.md: not a submission (no rubric)');
  });

  test('a problem silenced by a comment is accepted, not met: text and JSON say so', async () => {
    const example = readFileSync(join(ROOT, 'examples/problems.md'), 'utf8');
    const file = join(tmp, 'accepted.md');
    writeFileSync(
      file,
      example.replace('## Part 1', '<!-- rubric-writer-disable-next-line word-count-below-minimum -->\n## Part 1'),
    );
    const text = await cli('check', '--sections', '--no-files', file);
    assert.match(text.stdout, /: 1 of 6 sections ready; 2 errors, 3 warnings, 1 problem accepted by you\n$/);
    assert.match(
      text.stdout,
      /\nPart 1\. Overview Questions \(Provides Context\) +238 +350–450 +under +ready, 1 accepted\n/,
    );
    const [report] = json(await cli('check', '--format', 'json', '--no-files', file));
    const part1 = report.sections.find((s) => s.id === 'part-1')!;
    assert.equal(part1.accepted, 1);
    assert.equal(part1.ready, true);
    assert.deepEqual(
      report.accepted.map((d) => `${d.code} ${d.severity} ${d.section}`),
      ['word-count-below-minimum warning part-1'],
    );
    assert.ok(!report.diagnostics.some((d) => d.code === 'word-count-below-minimum'));
  });
});

describe('check: --rubric and --rubrics', { concurrency: true }, () => {
  test('--rubric ID overrides the front matter', async () => {
    const run = await cli('check', '--format', 'json', '--rubric', 'engaging-stakeholders', EXAMPLES.together);
    const [file] = json(run);
    assert.equal(file.rubric, 'engaging-stakeholders');
    assert.deepEqual(
      file.sections.map((s) => s.id),
      rubricSections('engaging-stakeholders').map((s) => s.id),
    );
    // The working-together example has no "Activity Description": a required section is missing.
    assert.ok(
      file.diagnostics.some((d) => d.code === 'missing-section' && d.section === 'activity-description'),
      JSON.stringify(file.diagnostics),
    );
    assert.equal(run.status, 1);
  });

  test('--rubric ID checks a file whose front matter names no rubric', async () => {
    const run = await cli(
      'check',
      '--format',
      'json',
      '--rubric',
      'working-together-for-student-success',
      'test/fixtures/notes.md',
    );
    const [file] = json(run);
    assert.equal(file.rubric, 'working-together-for-student-success');
    assert.ok(file.diagnostics.some((d) => d.code === 'missing-section'));
    assert.equal(run.status, 1);
  });

  test('--rubric with an unknown id is a usage error: one line, exit 2', async () => {
    const run = await cli('check', '--rubric', 'engaging-stakeholder', EXAMPLES.together);
    assert.equal(run.status, 2);
    oneLineError(run, /engaging-stakeholder/);
  });

  test('--rubrics DIR loads a user rubric that a submission names', async () => {
    const without = await cli('check', '--format', 'json', 'test/fixtures/team-reflection.md');
    assert.deepEqual(
      json(without)[0].diagnostics.map((d) => d.code),
      ['unknown-rubric'],
    );

    const run = await cli(
      'check',
      '--format',
      'json',
      '--rubrics',
      'test/fixtures/rubrics',
      'test/fixtures/team-reflection.md',
    );
    assert.equal(run.stderr, '');
    const [file] = json(run);
    assert.equal(file.rubric, 'team-reflection');
    // The fixture's Context has 60 words against a hard limit of 50; Next Steps lists 3 of 3.
    assert.deepEqual(
      file.diagnostics.map((d) => [d.code, d.severity, d.section]),
      [['word-limit-exceeded', 'error', 'context']],
    );
    assert.match(file.diagnostics[0].message, /60/);
    assert.match(file.diagnostics[0].message, /10 over/);
    assert.deepEqual(
      file.sections.map((s) => [s.id, s.found, s.words, s.max, s.items, s.status]),
      [
        ['context', true, 60, 50, null, 'over'],
        ['next-steps', true, file.sections[1].words, null, 3, 'ok'],
      ],
    );
    assert.equal(run.status, 1);
  });

  test(
    '--rubrics DIR with broken rubric files (bad schema, bad YAML, a self-containing alias): each problem on ' +
      'stderr with line:column, no stack trace, files still checked',
    async () => {
      const run = await cli(
        'check',
        '--format',
        'json',
        '--rubrics',
        'test/fixtures/broken-rubrics',
        EXAMPLES.together,
      );
      assert.ok(!run.stderr.includes('    at '), run.stderr);
      const lines = stderrLines(run);
      // bad-kind.rubric.yaml: "kind: course" is line 3.
      assert.ok(
        lines.some((l) => /bad-kind\.rubric\.yaml:3:\d+:.*kind/.test(l)),
        run.stderr,
      );
      // bad-yaml.rubric.yaml: the second colon of line 4.
      assert.ok(
        lines.some((l) => /bad-yaml\.rubric\.yaml:4:\d+:/.test(l)),
        run.stderr,
      );
      // cycle.rubric.yaml: its sections are an alias of themselves (line 7), which once aborted the whole run.
      assert.ok(
        lines.some((l) => /cycle\.rubric\.yaml:7:\d+: error: The alias \*s is inside the anchor &s/.test(l)),
        run.stderr,
      );
      assert.equal(lines.length, 3, run.stderr);
      const files = json(run);
      assert.deepEqual(
        files.map((f) => f.file),
        [EXAMPLES.together],
      );
      assert.equal(files[0].rubric, 'working-together-for-student-success');
      assert.notEqual(run.status, 0);
    },
  );
});

describe('check: globs and exit codes', { concurrency: true }, () => {
  test('a quoted glob is expanded by the CLI, in sorted order', async () => {
    const run = await cli('check', '--format', 'json', 'examples/*.md');
    const expected = readdirSync(join(ROOT, 'examples'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `examples/${name}`);
    assert.ok(expected.includes(EXAMPLES.problems) && expected.length >= 3);
    assert.deepEqual(
      json(run).map((f) => f.file),
      expected,
    );
    assert.equal(run.status, 1);
  });

  test('a glob of clean files exits 0', async () => {
    const run = await cli('check', '--format', 'json', 'examples/{engaging,working}-*.md');
    assert.deepEqual(
      json(run)
        .map((f) => f.file)
        .sort(),
      [EXAMPLES.engaging, EXAMPLES.together],
    );
    assert.equal(run.status, 0);
  });

  test('a glob that matches nothing is an error: one line, exit 2', async () => {
    const run = await cli('check', 'examples/*.txt');
    assert.equal(run.status, 2);
    oneLineError(run, /examples\/\*\.txt/);
  });

  test(
    'exit codes: 1 when one of several files has an error, 2 when a file cannot be read (even beside a file with ' +
      'errors)',
    async () => {
      // (0 for clean files is checked above with the passing examples.)
      assert.equal((await cli('check', EXAMPLES.together, EXAMPLES.problems)).status, 1);
      assert.equal((await cli('check', EXAMPLES.problems, join(tmp, 'no-such-file.md'))).status, 2);
    },
  );

  test('--exit-zero: a file with errors is reported, and the run exits 0', async () => {
    const failing = await cli('check', '--format', 'json', EXAMPLES.problems);
    assert.equal(failing.status, 1);
    const reported = await cli('check', '--format', 'json', '--exit-zero', EXAMPLES.problems);
    assert.equal(reported.status, 0, reported.stderr);
    assert.deepEqual(json(reported), json(failing));
  });

  test('warnings alone do not fail the check', async () => {
    const path = join(tmp, 'warnings-only.md');
    const wt = readFileSync(join(ROOT, EXAMPLES.together), 'utf8');
    // Blank out Artifact 2's text: an empty-section warning, not an error.
    const emptied = wt.replace(/(### Artifact 2: Written Plan\n)[\s\S]*?(\n### Artifact 3)/, '$1$2');
    assert.notEqual(emptied, wt);
    writeFileSync(path, emptied);
    const run = await cli('check', '--format', 'json', '--no-files', path);
    const [file] = json(run);
    assert.deepEqual(
      file.diagnostics.map((d) => [d.code, d.severity, d.section]),
      [['empty-section', 'warning', 'artifact-2']],
    );
    assert.equal(run.status, 0);
  });
});

describe('usage and read errors: one line on stderr, exit 2, the other files still checked', {
  concurrency: true,
}, () => {
  const checkWith = (bad: string) => cli('check', '--format', 'json', bad, EXAMPLES.together);
  const stillChecked = (run: Run) =>
    assert.deepEqual(
      json(run).map((f) => f.file),
      [EXAMPLES.together],
    );

  test('a missing file', async () => {
    const missing = join(tmp, 'missing.md');
    const run = await checkWith(missing);
    assert.equal(run.status, 2);
    oneLineError(run, /missing\.md/);
    stillChecked(run);
  });

  test('a directory', async () => {
    const folder = join(tmp, 'a-folder.md');
    mkdirSync(folder, { recursive: true });
    const run = await checkWith(folder);
    assert.equal(run.status, 2);
    oneLineError(run, /a-folder\.md/);
    stillChecked(run);
  });

  test('a binary file (bytes with NUL)', async () => {
    const binary = join(tmp, 'binary.md');
    writeFileSync(binary, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x00, 0x89, 0x50, 0x4e, 0x47]));
    const run = await checkWith(binary);
    assert.equal(run.status, 2);
    oneLineError(run, /binary\.md/);
    stillChecked(run);
  });

  test('a real binary file (an image renamed .md): a binary, not Markdown', async () => {
    const image = join(tmp, 'image.md');
    let seed = 7;
    const noise = Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...noise]));
    const run = await checkWith(image);
    assert.equal(run.status, 2);
    oneLineError(run, /image\.md: looks like a binary file/);
    stillChecked(run);
  });

  test('a stray NUL pasted into a submission is Markdown: checked like the same text with U+FFFD', async () => {
    const text = (c: string) =>
      `---\nrubric: working-together-for-student-success\n---\n\n## Part 3 Reflection\n\nWe met${c}on Tuesday with ` +
      `five families.\n`;
    const withNul = join(tmp, 'pasted.md');
    const withReplacement = join(tmp, 'replaced.md');
    writeFileSync(withNul, text('\u0000'));
    writeFileSync(withReplacement, text('\uFFFD'));
    const nul = await cli('check', '--format', 'json', withNul);
    const replaced = await cli('check', '--format', 'json', withReplacement);
    assert.equal(nul.stderr, '');
    const report = (run: Run) => JSON.parse(run.stdout).files[0];
    assert.deepEqual({ ...report(nul), file: '' }, { ...report(replaced), file: '' });
    assert.equal(report(nul).sections.find((s: { id: string }) => s.id === 'part-3').words, 6);
  });

  test('a file that is not UTF-8', async () => {
    const latin1 = join(tmp, 'latin1.md');
    // "café" and "résumé" in Latin-1: 0xE9 alone is not valid UTF-8.
    writeFileSync(
      latin1,
      Buffer.concat([
        Buffer.from('---\nrubric: engaging-stakeholders\n---\n\n## Part 1. Overview questions\n\nCaf'),
        Buffer.from([0xe9]),
        Buffer.from(' r'),
        Buffer.from([0xe9]),
        Buffer.from('sum'),
        Buffer.from([0xe9, 0x0a]),
      ]),
    );
    const run = await checkWith(latin1);
    assert.equal(run.status, 2);
    oneLineError(run, /latin1\.md/);
    stillChecked(run);
  });

  test('an unknown option', async () => {
    const run = await cli('check', '--bogus', EXAMPLES.together);
    assert.equal(run.status, 2);
    oneLineError(run, /--bogus/);
  });

  test('an unknown option close to a real one (a did-you-mean stays on the same line)', async () => {
    const run = await cli('check', '--formt', 'json', EXAMPLES.together);
    assert.equal(run.status, 2);
    oneLineError(run, /--formt/);
  });

  test('an unknown format value', async () => {
    const run = await cli('check', '--format', 'xml', EXAMPLES.together);
    assert.equal(run.status, 2);
    oneLineError(run, /xml/);
  });

  test('check with no files', async () => {
    const run = await cli('check', '--format', 'json');
    assert.equal(run.status, 2);
    oneLineError(run, /files/);
  });

  test('an unknown command', async () => {
    const run = await cli('frobnicate');
    assert.equal(run.status, 2);
    oneLineError(run, /frobnicate/);
  });
});

describe('new', { concurrency: true }, () => {
  test(
    'new RUBRIC_ID -o FILE writes a template for every built-in rubric: front matter, every section heading in ' +
      'order',
    async () => {
      const written = BUILTIN_IDS.map((id) => join(tmp, `new-${id}.md`));
      const runs = await Promise.all(BUILTIN_IDS.map((id, i) => cli('new', id, '-o', written[i])));
      for (const [i, id] of BUILTIN_IDS.entries()) {
        const file = written[i];
        const run = runs[i];
        assert.equal(run.status, 0, run.stderr);
        assert.ok(!run.stderr.includes('    at '));
        const text = readFileSync(file, 'utf8');
        const lines = text.split('\n');
        assert.deepEqual(lines.slice(0, 3), ['---', `rubric: ${id}`, '---'], id);
        // Every section's title is a heading, in rubric order.
        const headings = lines.filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+\s+/, '').trim());
        let at = -1;
        for (const section of rubricSections(id)) {
          const next = headings.indexOf(section.title, at + 1);
          assert.ok(next > at, `${id}: heading "${section.title}" after heading #${at} in:\n${headings.join('\n')}`);
          at = next;
        }
      }
      // Each template checks clean except for empty sections, and finds every section.
      const run = await cli('check', '--format', 'json', ...written);
      const files = json(run);
      assert.equal(files.length, BUILTIN_IDS.length);
      for (const [i, file] of files.entries()) {
        assert.equal(file.rubric, BUILTIN_IDS[i]);
        // The plan's Point lines and the video line are placeholders: below the minimum, no video yet.
        const expected = (d: { code: string; section: string | null }) =>
          d.code === 'empty-section' ||
          (d.section === 'artifact-2' && d.code === 'word-count-below-minimum') ||
          (d.section === 'artifact-3' && d.code === 'missing-media');
        for (const d of file.diagnostics)
          assert.ok(expected(d) && d.severity === 'warning', `${file.file}: ${d.code} ${d.message}`);
        assert.ok(!file.ready, `${file.file}: a new template is not ready`);
        for (const s of file.sections) assert.equal(s.found, true, `${file.file}: ${s.id}`);
        assert.ok(file.diagnostics.length > 0, `${file.file}: an empty template has empty sections`);
      }
      assert.equal(run.status, 0, run.stderr);
    },
  );

  test('new again on the same file exits 2 and leaves the file byte-identical', async () => {
    const file = join(tmp, 'existing.md');
    assert.equal((await cli('new', 'engaging-stakeholders', '-o', file)).status, 0);
    // The writer has started: the file is no longer the template.
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nMy own words, which must survive.\n`);
    const before = readFileSync(file);
    const run = await cli('new', 'working-together-for-student-success', '-o', file);
    assert.equal(run.status, 2);
    oneLineError(run, /existing\.md/);
    assert.ok(readFileSync(file).equals(before), 'the file is unchanged');
  });

  test('new with an unknown id exits 2 and writes nothing', async () => {
    const file = join(tmp, 'never-written.md');
    const run = await cli('new', 'working-together', '-o', file);
    assert.equal(run.status, 2);
    oneLineError(run, /working-together/);
    assert.equal(existsSync(file), false);
  });

  test('new without -o prints the template to stdout', async () => {
    const run = await cli('new', 'working-together-for-student-success');
    assert.equal(run.status, 0);
    assert.ok(
      run.stdout.startsWith('---\nrubric: working-together-for-student-success\n---\n'),
      run.stdout.slice(0, 80),
    );
    assert.match(run.stdout, /^#+ Artifact 2: Written Plan$/m);
  });
});

describe('rubrics, --help, --version', { concurrency: true }, () => {
  test('rubrics lists all five built-in ids', async () => {
    const run = await cli('rubrics');
    assert.equal(run.status, 0);
    for (const id of BUILTIN_IDS) assert.match(run.stdout, new RegExp(`^${id}\\b`, 'm'), id);
  });

  test('rubrics --json lists the same five ids', async () => {
    const run = await cli('rubrics', '--json');
    assert.equal(run.status, 0);
    assert.deepEqual((JSON.parse(run.stdout) as { id: string }[]).map((r) => r.id).sort(), [...BUILTIN_IDS].sort());
  });

  test('--help exits 0 and names the commands', async () => {
    const run = await cli('--help');
    assert.equal(run.status, 0);
    for (const command of ['check', 'new', 'rubrics']) assert.match(run.stdout, new RegExp(`\\b${command}\\b`));
    const checkHelp = await cli('check', '--help');
    assert.equal(checkHelp.status, 0);
    for (const option of ['--format', '--rubric', '--rubrics']) assert.ok(checkHelp.stdout.includes(option), option);
  });

  test('--version exits 0 and prints the package version', async () => {
    const run = await cli('--version');
    assert.equal(run.status, 0);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(run.stdout.trim(), version);
  });
});

describe('standard input and rubric folders on every command', () => {
  test('check - reads the submission from standard input and reports it under --stdin-name', async () => {
    const text = readFileSync(join(ROOT, 'examples/problems.md'), 'utf8');
    const fromFile = await cli('check', '--format', 'json', 'examples/problems.md');
    const fromStdin = await cliWithInput(
      text,
      'check',
      '--format',
      'json',
      '--stdin-name',
      'examples/problems.md',
      '-',
    );
    assert.equal(fromStdin.status, 1, fromStdin.stderr);
    assert.deepEqual(JSON.parse(fromStdin.stdout), JSON.parse(fromFile.stdout));
    const unnamed = await cliWithInput(text, 'check', '-');
    assert.match(unnamed.stdout, /^<stdin>:2:1: error missing-section:/m);
  });

  test('new --rubrics writes the template of a rubric from that folder', async () => {
    const run = await cli('new', 'team-reflection', '--rubrics', 'test/fixtures/rubrics');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^rubric: team-reflection$/m);
    const without = await cli('new', 'team-reflection');
    assert.equal(without.status, 2);
    assert.match(without.stderr, /unknown rubric "team-reflection"/);
  });
});

describe('hostile submissions: a report, never an unexpected error', { concurrency: true }, () => {
  const front = '---\nrubric: working-together-for-student-success\n---\n\n## Part 3 Reflection\n\n';
  const growing = Array.from({ length: 400 }, (_v, i) => `${'>'.repeat(i + 1)} x`).join('\n');
  for (const [name, body] of [
    ['nested brackets', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['a list nested 10,000 levels on one line', `${'- '.repeat(10_000)}x`],
    ['a quote nested 10,000 levels on one line', `${'>'.repeat(10_000)} x`],
    ['a quote growing line by line', growing],
  ]) {
    test(name, async () => {
      const run = await cliWithInput(`${front}${body}\n`, 'check', '--format', 'json', '-');
      assert.equal(run.status, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /unexpected error/);
      const [file] = JSON.parse(run.stdout).files;
      assert.ok(file.diagnostics.some((d: JsonDiagnostic) => d.code === 'too-complex-markdown'));
    });
  }
});

test('a reader that stops early (rubric-writer --help | head -1) ends the output without a crash', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // Like a `head` that has already read enough: the pipe is closed before the CLI writes.
  child.stdout.destroy();
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(status, 0);
});
