/**
 * The extension's own text (commands, the checklist view, settings, the walkthrough) in English
 * and Spanish: every `%key%` of package.json is in both catalogues, and the Spanish one is Spanish.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const read = (name: string) => readFileSync(join(root, name), 'utf8');
const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
const english: Record<string, string> = JSON.parse(read('package.nls.json'));
const spanish: Record<string, string> = JSON.parse(read('package.nls.es.json'));
/** Names that stay as they are in every language. */
const NAMES = new Set(['Rubric Writer']);

test('every text package.json names by key is in the English and the Spanish catalogue', () => {
  assert.ok(keys.length >= 20, 'the commands, view, settings and walkthrough are all named by key');
  for (const key of keys) {
    assert.ok(english[key], `${key} in package.nls.json`);
    assert.ok(spanish[key], `${key} in package.nls.es.json`);
  }
  assert.deepEqual(Object.keys(spanish).sort(), Object.keys(english).sort(), 'the same keys, none left over');
});

test('no command, setting or walkthrough text is left in English in the Spanish catalogue', () => {
  for (const [key, text] of Object.entries(spanish)) {
    if (NAMES.has(text)) continue;
    assert.notEqual(text, english[key], `${key} is translated`);
    const prose = text.replace(/`[^`]*`|\([^)]*\)|\*\*[^*]*\*\*|"[^"]*"/g, ' ');
    assert.doesNotMatch(prose, /\b(?:the|and|your|with|when|submission|section)\b/i, `${key}: ${text}`);
  }
});

test('a command link in a text still names its command in Spanish', () => {
  for (const [key, text] of Object.entries(english))
    for (const link of text.matchAll(/\(command:[\w.]+\)/g))
      assert.ok(spanish[key].includes(link[0]), `${key} keeps ${link[0]}`);
});

/** The manifest's fields a writer reads (in the Command Palette, the settings, the views, the walkthrough). */
const SHOWN = new Set([
  'displayName',
  'description',
  'title',
  'shortTitle',
  'category',
  'name',
  'contextualTitle',
  'contents',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'altText',
  'markdown',
  'label',
  'placeholder',
]);

/** Every string of `value` under a field of SHOWN, with its path in the manifest. */
function shownTexts(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return path.some((p) => SHOWN.has(p)) ? [{ path: path.join('.'), text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => shownTexts(item, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => shownTexts(item, [...path, key]));
  return [];
}

test('every text of package.json a writer reads is named by key, so it has its Spanish form', () => {
  const manifest = JSON.parse(read('package.json'));
  const { displayName, description, contributes } = manifest;
  // Configuration properties are named by their setting id: only their texts are looked at.
  const texts = shownTexts({ displayName, description, contributes }).filter(
    (t) => !/^contributes\.configuration\.properties\.[^.]+$/.test(t.path),
  );
  assert.ok(texts.length >= 40, `${texts.length} texts: commands, views, settings, the walkthrough`);
  for (const { path, text } of texts) {
    if (NAMES.has(text)) continue;
    assert.match(text, /^%[^%]+%$/, `${path} is written in English in package.json: name it by key`);
  }
});

/** The bold names of a walkthrough page: commands as the Command Palette lists them, and views. */
const boldNames = (page: string) => [...page.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);

test("the walkthrough's pages are in English and Spanish, and name commands and views as VS Code shows them", () => {
  const steps = JSON.parse(read('package.json')).contributes.walkthroughs[0].steps as {
    id: string;
    media: { markdown?: string };
  }[];
  const pages = steps.filter((s) => s.media.markdown);
  assert.ok(pages.length >= 2, 'the walkthrough has pages');
  for (const [catalogue, language] of [
    [english, 'English'],
    [spanish, 'Spanish'],
  ] as const) {
    const shown = new Set([
      ...Object.entries(catalogue)
        .filter(([key]) => key.startsWith('command.'))
        .map(([, title]) => `${catalogue.category}: ${title}`),
      catalogue['view.checklist'],
    ]);
    for (const step of pages) {
      const key = /^%([^%]+)%$/.exec(step.media.markdown!)?.[1];
      assert.ok(key, `the ${step.id} step's page is named by key`);
      const page = read(catalogue[key]);
      assert.ok(page.startsWith('# '), `${catalogue[key]}: a page with its title`);
      const names = boldNames(page);
      assert.ok(names.length > 0, `${catalogue[key]} names what to click`);
      for (const name of names)
        assert.ok(shown.has(name), `${catalogue[key]}: **${name}** is not what ${language} VS Code shows`);
    }
  }
  for (const step of pages) {
    const key = step.media.markdown!.slice(1, -1);
    assert.notEqual(spanish[key], english[key], `the ${step.id} step has its Spanish page`);
    const prose = read(spanish[key]).replace(/`[^`]*`|\*\*[^*]*\*\*|Rubric Writer/g, ' ');
    assert.doesNotMatch(prose, /\b(?:the|and|your|with|when|submission|section|words?|of|to)\b/i, spanish[key]);
  }
});

/** The lines a title takes when no line holds more than `width` characters (words kept whole). */
function wrappedLines(title: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

test("the walkthrough's Spanish title fits the three lines of the Welcome page, as the English one does", () => {
  // The page shows the title in large type, about 11 characters a line ("Get Started" / "with Rubric" /
  // "Writer"), and cuts a fourth line off: "Primeros pasos con Rubric Writer" showed as "… con Rubric…".
  const width = 'with Rubric'.length;
  assert.deepEqual(wrappedLines(english['walkthrough.title'], width), ['Get Started', 'with Rubric', 'Writer']);
  const lines = wrappedLines(spanish['walkthrough.title'], width);
  assert.ok(lines.length <= 3, `"${spanish['walkthrough.title']}" takes ${lines.length} lines: ${lines.join(' / ')}`);
  assert.match(spanish['walkthrough.title'], /Rubric Writer$/, 'the title names the extension whole');
});
