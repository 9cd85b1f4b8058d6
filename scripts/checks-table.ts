// The README's table of checks, written from the rule registry: `node --import tsx scripts/checks-table.ts [--write]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core';

const START = '<!-- checks table: made by scripts/checks-table.ts from the rule registry -->';
const END = '<!-- end of checks table -->';

export function checksTable(): string {
  const rows = RULES.map(
    (rule) => `| \`${rule.code}\` | ${rule.severityText ?? rule.severity} | ${rule.when.replace(/\|/g, '\\|')} |`,
  );
  return ['| code | severity | when |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The table between the markers in README.md, or null when the markers are missing. */
export function readmeTable(readme: string): string | null {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start === -1 || end < start ? null : readme.slice(start + START.length, end).trim();
}

if (process.argv[1]?.endsWith('checks-table.ts')) {
  const path = join(__dirname, '../README.md');
  const readme = readFileSync(path, 'utf8');
  if (!process.argv.includes('--write')) process.stdout.write(`${checksTable()}\n`);
  else if (readmeTable(readme) === null) throw new Error(`README.md has no "${START}" marker`);
  else {
    const start = readme.indexOf(START) + START.length;
    writeFileSync(path, `${readme.slice(0, start)}\n${checksTable()}\n${readme.slice(readme.indexOf(END))}`);
  }
}
