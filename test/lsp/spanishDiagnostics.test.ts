/**
 * The server in the editor's language: a client that initializes with `locale: 'es'` reads every
 * diagnostic and quick fix in Spanish; one that names no locale (or another language) reads English.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './client';

const example = join(ROOT, 'examples/es/colaboracion-con-familias.md');
const uri = pathToFileURL(example).toString();
// The Spanish example without its reflection (Parte tres) and with one identifying address.
const text = readFileSync(example, 'utf8').replace(/\n## Parte tres[\s\S]*$/, '\n\nEscríbame a ana@escuela.org.\n');

async function published(locale: string | undefined) {
  const client = new TestClient();
  await client.initialize({ rootUri: pathToFileURL(join(ROOT, 'examples/es')).toString(), locale });
  const first = client.diagnosticsFor(uri, 1);
  await client.open(uri, text);
  const { diagnostics } = await first;
  return { client, diagnostics };
}

describe('the language server with locale es', () => {
  let found: Awaited<ReturnType<typeof published>>;
  before(async () => {
    found = await published('es');
  });
  after(() => found.client.shutdown());

  test('publishes its diagnostics in Spanish, codes unchanged', () => {
    const missing = found.diagnostics.find((d) => d.code === 'missing-section');
    assert.equal(missing?.message, 'Falta Parte tres: Reflexión: añada su encabezado (500 palabras como guía).');
    const address = found.diagnostics.find((d) => d.code === 'identifying-information');
    const spanish = /^La dirección de correo electrónico "ana@escuela\.org" revelaría su identidad/;
    assert.match(address?.message ?? '', spanish);
  });

  test('offers its quick fixes in Spanish', async () => {
    const titlesFor = async (code: string) => {
      const diagnostic = found.diagnostics.find((d) => d.code === code)!;
      const actions = await found.client.request<{ title: string }[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      return actions.map((a) => a.title);
    };
    assert.deepEqual(await titlesFor('missing-section'), [
      'Insertar "Parte tres: Reflexión" en su lugar de la rúbrica',
      'Insertar todas las secciones que faltan (1)',
    ]);
    assert.ok((await titlesFor('identifying-information')).includes('Aceptar esta advertencia aquí'));
  });

  test("publishes a broken rubric file's problems in Spanish", async () => {
    const broken = pathToFileURL(join(ROOT, 'examples/es/rota.rubric.yaml')).toString();
    const next = found.client.diagnosticsFor(broken, 1);
    await found.client.open(broken, 'title: Mía\n', 1, 'yaml');
    const messages = (await next).diagnostics.map((d) => d.message);
    assert.ok(messages.includes('La rúbrica: falta "id".'), messages.join('\n'));
  });
});

test('without a locale, or with one it does not speak, the server speaks English as before', async () => {
  for (const locale of [undefined, 'fr']) {
    const { client, diagnostics } = await published(locale);
    try {
      const missing = diagnostics.find((d) => d.code === 'missing-section');
      assert.equal(missing?.message, 'Parte tres: Reflexión is missing: add its heading (500 words as a guide).');
    } finally {
      await client.shutdown();
    }
  }
});
