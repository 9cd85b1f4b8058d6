/**
 * Reading a Word copy of a credential's requirements, as `import-rubric` does before the reader: the
 * package made ready (hidden text out, list numbers written) and converted to HTML. In process, medians
 * of a few runs, for the fixtures' documents and a long generated one (5 MB of XML). Target: well under
 * a second for a credential's few pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { requirementWordData } from '../server/src/core/intake/word';
import { wordToHtml } from '../server/src/node/wordReader';
import { generateWordDraft } from './wordDraft';

const RUNS = Number(process.env.RUBRIC_WRITER_BENCH_RUNS ?? 7);
const FIXTURES = join(__dirname, '../test/fixtures/requirements');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(read: () => Promise<unknown>): Promise<number> {
  await read();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await read();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function main(): Promise<void> {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.docx'));
  const documents: { label: string; bytes: Uint8Array }[] = files.map((name) => ({
    label: name,
    bytes: new Uint8Array(readFileSync(join(FIXTURES, name))),
  }));
  const long = await generateWordDraft({ words: 95_000, paragraphWords: 60 });
  documents.push({ label: 'a generated 95,000-word document', bytes: long.bytes });
  for (const { label, bytes } of documents) {
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // The package made ready (unzipped once, zipped again if its body changed), then the whole read.
    const ready = await timed(() => requirementWordData(data));
    const whole = await timed(() => wordToHtml(bytes));
    process.stdout.write(
      `Word requirements: ${label} (${(bytes.length / 1024).toFixed(0)} KB): package ready ${ready.toFixed(1)} ms, ` +
        `read to HTML ${whole.toFixed(1)} ms, medians of ${RUNS} (load average ${loadavg()[0].toFixed(1)})\n`,
    );
  }
}

void main();
