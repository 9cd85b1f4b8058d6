// The JSON Schemas compiled ahead of time (ajv standalone), so the bundles carry small validation
// functions and not the schema compiler.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const SCHEMAS = { validateRubric: 'schemas/rubric.schema.json', validateConfig: 'schemas/config.schema.json' };

/** TypeScript source exporting one validator per schema (each sets `.errors` as Ajv's do). */
export function validatorsSource(root) {
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
  const refs = {};
  for (const [name, path] of Object.entries(SCHEMAS)) {
    const schema = JSON.parse(readFileSync(join(root, path), 'utf8'));
    ajv.addSchema(schema);
    refs[name] = schema.$id;
  }
  return [
    '// @ts-nocheck',
    '// Made by scripts/validators.mjs from schemas/ (npm run build); not edited by hand.',
    standaloneCode(ajv, refs),
  ].join('\n');
}
