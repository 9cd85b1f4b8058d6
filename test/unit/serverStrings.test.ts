/**
 * Every sentence the server, the CLI and the exports show comes from the catalogue, so it has its
 * Spanish form: a scan of server/src (its TypeScript syntax tree) lists the string and template
 * literals that hold prose, and those passed straight to what a writer reads (an editor message, an
 * error, the CLI's output); each one outside the catalogue must be in the short list below, with why
 * a writer never reads it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { type MessageKey, messagesFor } from '../../server/src/core';
import { en } from '../../server/src/core/messages/en';
import { assertSpanish } from '../helpers/spanishText';
import { literalText } from '../helpers/literalText';

const root = join(__dirname, '../..');
const read = (name: string) => readFileSync(join(root, name), 'utf8');

/** The catalogue itself, and the validators generated from the JSON schemas (their errors are re-worded). */
const NOT_SCANNED = /^server\/src\/(core\/messages\/|generated\/)/;

const serverSources = (folder = 'server/src'): string[] =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? serverSources(`${folder}/${entry.name}`)
      : entry.name.endsWith('.ts') && !NOT_SCANNED.test(`${folder}/${entry.name}`)
        ? [`${folder}/${entry.name}`]
        : [],
  );

/**
 * Literals with prose that no writer reads, by file, with why ('*': the whole file). Regular
 * expressions, word lists split on spaces, HTML markup and the server's log lines (the output
 * channel, read in bug reports) are told apart by the scan itself.
 */
const NOT_FOR_THE_WRITER: Record<string, { why: string; texts: string[] }> = {
  ...Object.fromEntries(
    readdirSync(join(root, 'server/src/core/check/rules'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => [
        `server/src/core/check/rules/${name}`,
        {
          why: "the rule's documentation (docs/checks.md); the SARIF file reads the catalogue's rule.* keys",
          texts: ['*doc'],
        },
      ]),
  ),
  'server/src/cli/commanderErrors.ts': { why: "commander's English errors, matched", texts: ['*'] },
  'server/src/cli/help.ts': { why: "commander's English help titles, matched", texts: ['Global Options:'] },
  'server/src/core/render/export/reportStyle.ts': { why: "the report's stylesheet (font names)", texts: ['*'] },
  'server/src/core/intake/requirements/structure.ts': { why: 'level names the importer recognises', texts: ['*'] },
  'server/src/core/intake/requirements/levels.ts': { why: 'level names the importer ranks', texts: ['*'] },
  'server/src/core/intake/requirements/rules.ts': { why: 'wordings the importer recognises', texts: ['*'] },
  'server/src/core/intake/requirements/mediaRules.ts': { why: 'wordings the importer recognises', texts: ['*'] },
  'server/src/core/intake/requirements/lines.ts': {
    why: 'page furniture the importer recognises',
    texts: ['ready to get started|how to prepare for and earn|requirements for (?!earning\\b))'],
  },
  'server/src/core/intake/word/wordHtml.ts': {
    why: "Word's own style names, as the converter's style map reads them",
    texts: ['Rubric Writer Candidate Heading', "p[style-name='Intense Quote'] => blockquote > p:fresh"],
  },
  'server/src/core/render/markdownWriter.ts': {
    why: "a link's placeholder text in the rubric's own language (a rubric is in its own language)",
    texts: ['My presentation video', 'Mi video de presentación'],
  },
  'server/src/core/text/media.ts': { why: 'file extensions', texts: ['*'] },
  'server/src/core/document/frontMatter.ts': {
    why: "the YAML parser's message, matched",
    texts: ['Map keys must be unique'],
  },
  'server/src/core/rubric/load.ts': {
    why: "the YAML parser's and schema checker's own (English) words, in English only (other languages: the catalogue)",
    texts: ['Invalid YAML: {}', 'is not valid'],
  },
  // Metadata field identifiers, shown through metadataFieldName (core/check) in the writer's language.
  ...Object.fromEntries(
    [
      'check/rules/identifyingMetadata.ts',
      'intake/evidence/mediaTags.ts',
      'intake/evidence/officeMetadata.ts',
      'intake/evidence/photoMetadata.ts',
      'intake/word/metadata.ts',
      'intake/word/package.ts',
    ].map((path) => [
      `server/src/core/${path}`,
      {
        why: "metadata field ids; a GIF's XMP block's signature; a rule documentation",
        texts: [
          'GPS position',
          'Last modified by',
          'Creator phone',
          'Creator address',
          'Caption writer',
          'XMP DataXMP',
          '*doc',
        ],
      },
    ]),
  ),
  'server/src/node/pdfCore.ts': {
    why: "pdf.js's own error names and reasons, as its display layer gives them (a PDF import's {reason})",
    texts: ['unknown error', '{} is not available: no data files are given.'],
  },
  'server/src/lsp/context.ts': { why: 'a server state', texts: ['shut down'] },
  'server/src/lsp/lifecycle.ts': { why: 'a server state', texts: ['shut down'] },
  'server/src/lsp/main.ts': { why: 'a crash, on the server log', texts: ['[rubric-writer] uncaught: {}\n'] },
  'server/src/web/bundles.ts': { why: 'a broken build, logged', texts: ['dist/{}.js did not load in the web worker'] },
  'server/src/lsp/exportDocument.ts': {
    why: 'a format the protocol does not have (the editor sends docx, html or text only)',
    texts: ['unknown export format "{}" (docx, html or text)'],
  },
};

/**
 * A request's name (`context.guard('export', …)`) is an identifier: the log names it, and a failure
 * the writer sees quotes it as it is, like a code (view.request.failed).
 */
const REQUEST_NAME = /^(?:context\.)?(?:guard|onSubmission)$/;

interface Literal {
  path: string;
  line: number;
  text: string;
  /** Passed straight to what a writer reads: an editor message, an error, the CLI's output. */
  shown: boolean;
}

/** Calls whose text the writer reads, and log calls whose text only a developer reads. */
const SHOWN = /(?:^|\.)(?:show(?:Error|Warning|Information)Message|write)$|^new (?:Error|ResponseError|UsageError)$/;
const LOGGED = /(?:^|\.)(?:log|console\.\w+|skipped)$/;

function callName(node: ts.Node, source: ts.SourceFile): string | null {
  if (ts.isCallExpression(node)) return node.expression.getText(source);
  if (ts.isNewExpression(node)) return `new ${node.expression.getText(source)}`;
  return null;
}

/** The call whose argument the literal is (through `+`, the branches of `?:`, parentheses, templates), if any. */
function enclosingCall(node: ts.Node, source: ts.SourceFile): string | null {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    const name = callName(parent, source);
    if (name !== null) return (parent as ts.CallExpression).expression === at ? null : name;
    const passes =
      (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken) ||
      (ts.isConditionalExpression(parent) && parent.condition !== at) ||
      ts.isParenthesizedExpression(parent) ||
      ts.isTemplateSpan(parent) ||
      ts.isTemplateExpression(parent);
    if (!passes) return null;
  }
  return null;
}

/** The property a literal is the value of (`description: '…'`), if any. */
function propertyName(node: ts.Node, source: ts.SourceFile): string | null {
  let at = node;
  while (ts.isBinaryExpression(at.parent) || ts.isParenthesizedExpression(at.parent)) at = at.parent;
  return ts.isPropertyAssignment(at.parent) ? at.parent.name.getText(source) : null;
}

const WITHOUT_NAMES = /<[^>]*>|\{\}|\[rubric-writer\]|Rubric Writer|rubric-writer/g;

/** Two words in a row once markup, placeholders, regular expression syntax and the product's name are left out. */
const isProse = (text: string) =>
  !/\\[bBsSdDwWpu]|\(\?[:=!<]|\[\^/.test(text) &&
  /[A-Za-zÀ-ÿ]{2,} [A-Za-zÀ-ÿ]{2,}/.test(text.replace(WITHOUT_NAMES, ' '));

/** The literals of a source a writer may read: prose anywhere, or any word passed to what shows it. */
function literals(path: string, code = read(path)): Literal[] {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.ES2022, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text === null || ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)) {
      ts.forEachChild(node, visit);
      return;
    }
    const call = enclosingCall(node, source);
    const split = ts.isPropertyAccessExpression(node.parent) && node.parent.name.text === 'split';
    const shown = call !== null && SHOWN.test(call) && /[A-Za-z]{2,}/.test(text.replace(WITHOUT_NAMES, ''));
    const quiet = call !== null && (LOGGED.test(call) || REQUEST_NAME.test(call));
    if (shown || (isProse(text) && !split && !quiet)) {
      const property = propertyName(node, source);
      found.push({
        path,
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        text: ['description', 'when', 'severityText'].includes(property ?? '') ? '*doc' : text,
        shown,
      });
    }
    if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
  };
  visit(source);
  return found;
}

const allowed = (literal: Literal) => {
  const entry = NOT_FOR_THE_WRITER[literal.path];
  return !!entry && (entry.texts.includes('*') || entry.texts.includes(literal.text));
};

test('every sentence in server/src that a writer can read comes from the catalogue (the scan lists the others)', () => {
  const found = serverSources().flatMap((path) => literals(path));
  assert.ok(found.length > 50, 'the scan sees the regular expressions and the documentation it lets through');
  const english = found.filter((literal) => !allowed(literal));
  assert.deepEqual(
    english.map((l) => `${l.path}:${l.line}${l.shown ? ' (shown)' : ''} ${JSON.stringify(l.text)}`),
    [],
    'put these in core/messages (en.ts and es.ts), or say in NOT_FOR_THE_WRITER why no writer reads them',
  );
});

test('the scan sees a message shown or thrown outside the catalogue, and lets the catalogue through', () => {
  const scan = (code: string) => literals('server/src/lsp/probe.ts', code).map((literal) => literal.text);
  assert.deepEqual(scan("void connection.window.showErrorMessage('Oops');"), ['Oops']);
  assert.deepEqual(scan('throw new Error(`cannot read ${file}`);'), ['cannot read {}']);
  assert.deepEqual(scan('const note = `${finding} (not imported)`;'), ['{} (not imported)']);
  assert.deepEqual(scan('process.stderr.write(`rubric-writer: ${line}\\n`);'), []);
  assert.deepEqual(scan("throw new Error(messages.t('config.tooLarge', { path }));"), []);
  assert.deepEqual(scan('context.log(`could not check ${uri}: ${reason}`);'), []);
  assert.deepEqual(scan("const RE = new RegExp('\\\\bat least\\\\b');"), []);
  assert.deepEqual(scan("const WORDS = new Set('the of and'.split(' '));"), []);
});

test('every message of the catalogue has a Spanish form with no English word', () => {
  const spanish = messagesFor('es');
  const params = { count: 2, title: 'Parte uno', file: 'borrador.md', path: 'borrador.md' };
  const english: string[] = [];
  for (const key of Object.keys(en) as MessageKey[]) {
    const text = spanish.t(key, params);
    // What a message quotes (codes, flags, keys, file names, values) is not prose.
    const prose = text
      .replace(/\{\w+\}/g, ' ')
      // The severity words of the CLI's lines and the importer's `check:` marker stay as they are.
      .replace(/\b(?:error|warning|check):/g, ' ')
      .replace(/"[^"]*"|'[^']*'|«[^»]*»|`[^`]*`|<[^>]*>/g, ' ')
      .replace(/(^|\s)(--?[\w=-]+|[\w*/.!-]*\.(md|yaml|json|docx|pdf|html)\b)/g, '$1')
      .replace(/\b(?:\w+\.)+\w+\b|\b[a-z]+(?:-[a-z]+)+\b|\b[a-z]+[A-Z]\w*\b/g, ' ')
      .replace(/\b(?:Rubric Writer|rubric-writer|Word|Markdown|YAML|JSON|HTML|PDF|SARIF|GPS|ID|Google Docs)\b/g, ' ');
    try {
      assert.ok(text.trim(), 'a Spanish form');
      assertSpanish(text.replace(/\{\w+\}/g, ''), key, prose);
    } catch (error) {
      english.push((error as Error).message.split('\n')[0]);
    }
  }
  assert.deepEqual(english, []);
});
