/**
 * `rubric-writer import` of a 5,000-word Word draft with 10 photos: wall time of the built CLI
 * (a fresh `node dist/cli.js import` child each run, start-up included), median of a few runs.
 * Target: under 1 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import { importWordDocument, RubricRegistry } from '../server/src/core';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const RUNS = Number(process.env.RUBRIC_WRITER_BENCH_RUNS ?? 5);
// A 64×64 grey PNG is enough: the import copies photos, it does not decode them.
const PHOTO = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489' +
    '0000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082',
  'hex',
);
const PARTS = [
  'Part 1. Overview Questions (Provides Context)',
  'Part 2. Work Examples/Artifacts/Evidence',
  'Artifact 1: List of Stakeholders',
  'Artifact 2: Written Plan',
  'Artifact 3: Visual Presentation',
  'Part 3 Reflection',
];

async function draft(): Promise<Buffer> {
  const children: Paragraph[] = [];
  const sentence = 'Families and teachers plan the well-being survey together each term';
  PARTS.forEach((title, part) => {
    children.push(new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }));
    // 5,000 words over six Parts: 83 paragraphs of 10 words each, give or take.
    for (let i = 0; i < 83; i++) children.push(new Paragraph(sentence.split(' ').slice(0, 10).join(' ')));
    if (part === 4)
      for (let i = 0; i < 10; i++) {
        children.push(
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: PHOTO, transformation: { width: 64, height: 64 } })],
          }),
          new Paragraph({ text: `Photo ${i + 1}: the fair`, style: 'Caption' }),
        );
      }
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function median(seconds: number[]): string {
  const sorted = [...seconds].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)].toFixed(3);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-bench-import-'));
  try {
    const bytes = await draft();
    writeFileSync(join(dir, 'draft.docx'), bytes);
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const registry = new RubricRegistry();
    const inProcess: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      await importWordDocument(data, { registry, imageFolder: 'draft-images' });
      inProcess.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    console.log(`the conversion alone (in process, first run ${inProcess[0].toFixed(3)} s): ${median(inProcess)} s`);
    const seconds: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [CLI, 'import', 'draft.docx', '-o', `out-${run}.md`], { cwd: dir });
      if (child.status !== 0) throw new Error(child.stderr.toString());
      seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    console.log(`import of a 5,000-word draft with 10 photos: ${median(seconds)} s (median of ${RUNS}; target < 1 s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
