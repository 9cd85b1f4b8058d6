import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { localeOf, localeOfEnvironment, messagesFor } from '../../server/src/core';
import { en } from '../../server/src/core/messages/en';
import { es as spanishCatalogue } from '../../server/src/core/messages/es';

const es = spanishCatalogue();

const ROOT = join(__dirname, '../..');

const placeholders = (text: string | { one: string; other: string }) =>
  [...new Set((typeof text === 'string' ? text : `${text.one} ${text.other}`).match(/\{\w+\}/g) ?? [])].sort();

test('every message has its Spanish form, with the same parameters', () => {
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en) as (keyof typeof en)[])
    assert.deepEqual(placeholders(es[key]), placeholders(en[key]), `${key}: the same parameters in both languages`);
});

test('a message in Spanish fills its parameters, with the count choosing the form', () => {
  const spanish = messagesFor('es');
  assert.equal(spanish.t('view.words', { count: 1 }), '1 palabra');
  assert.equal(spanish.t('view.words', { count: 12345 }), '12.345 palabras');
  assert.equal(messagesFor('en').t('view.words', { count: 12345 }), '12345 words');
  assert.equal(spanish.list(['a', 'b', 'c']), 'a, b y c');
});

test('the language comes from the editor or the terminal, English otherwise', () => {
  assert.equal(localeOf('es'), 'es');
  assert.equal(localeOf('es-MX'), 'es');
  assert.equal(localeOf('es_ES.UTF-8'), 'es');
  assert.equal(localeOf('fr'), 'en');
  assert.equal(localeOf(undefined), 'en');
  assert.equal(localeOfEnvironment({ LANG: 'es_ES.UTF-8' }), 'es');
  assert.equal(localeOfEnvironment({ LC_ALL: 'C', LANG: 'es_ES.UTF-8' }), 'en');
  assert.equal(localeOfEnvironment({ LC_MESSAGES: 'es_PR.UTF-8', LANG: 'en_US.UTF-8' }), 'es');
});

test('Spanish says "falta" for one missing and "faltan" for more, in the words and the items messages', () => {
  const spanish = messagesFor('es');
  const items = (more: number) =>
    spanish.t('too-few-items.message', {
      title: 'Lista',
      items: '4 familias',
      min: '5',
      more: String(more),
      count: more,
    });
  assert.match(items(1), /\(falta 1\)\.$/);
  assert.match(items(2), /\(faltan 2\)\.$/);
  const words = (short: number) =>
    spanish.t('word-count-below-minimum.minimum', {
      title: 'Parte uno',
      words: '199 palabras',
      min: '200',
      short: String(short),
      count: short,
    });
  assert.match(words(1), /\(falta 1\)\.$/);
  assert.match(words(12), /\(faltan 12\)\.$/);
});

test('numbers are written as each language writes them, whole or not, small or grouped', () => {
  for (const locale of ['en', 'es'] as const) {
    // English writes bare digits (`1200 words`, as the spec's examples do); Spanish groups as CLDR says.
    const intl = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 1,
      ...(locale === 'en' ? { useGrouping: false } : {}),
    });
    for (const value of [0, -0, 1, -7, 42, 999, 1000, -1000, 9999, 10000, 12345, 1e6, 0.25, 2.5, 1234.56, -3.14])
      assert.equal(
        messagesFor(locale).number(value),
        intl.format(value),
        `${locale} ${Object.is(value, -0) ? '-0' : value}`,
      );
  }
  assert.equal(messagesFor('en').t('view.words', { count: 999 }), '999 words');
  assert.equal(messagesFor('es').t('view.words', { count: 9999 }), '9999 palabras');
});

test("loading the messages and writing small counts loads none of Intl's number or list formatters", () => {
  // Each formatter loads its language's data (milliseconds and megabytes) at the server's start.
  const script = `
    const made = [];
    for (const name of ['NumberFormat', 'ListFormat'])
      Intl[name] = new Proxy(Intl[name], { construct: (C, args) => (made.push(name), Reflect.construct(C, args)) });
    const { messagesFor } = require('./server/src/core');
    messagesFor('en').t('view.words', { count: 312 });
    messagesFor('es').t('view.words', { count: 4000 });
    process.stdout.write(JSON.stringify(made));`;
  const made = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(made), []);
});

test('a count chooses the form of a message the language’s plural rules choose', () => {
  const counts = [0, 1, -1, 1.5, 2, 0.5, 11, 21, 101, 1000000, 1000001, -2, Number.NaN, Number.POSITIVE_INFINITY];
  for (const [locale, table] of [
    ['en', en],
    ['es', es],
  ] as const) {
    const messages = messagesFor(locale);
    const rules = new Intl.PluralRules(locale);
    const forms = table['missing-timestamps.count'] as { one: string; other: string };
    for (const count of counts) {
      const form = rules.select(count) === 'one' ? forms.one : forms.other;
      const expected = form.replace('{count}', messages.number(count));
      assert.equal(messages.t('missing-timestamps.count', { count }), expected, `${locale} ${count}`);
    }
  }
});
