/** The HSDS 3.0 per-table schemas of tests/fixtures/hsds in one ajv, each under its file name, so their relative $refs resolve. */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

const SCHEMA_DIR = new URL('../../fixtures/hsds/', import.meta.url);

export function hsdsValidator(): Ajv2020 {
  // strict: false, because the schemas carry Open Referral's own keywords (core, constraints…).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')), file);
  }
  return ajv;
}

/** Asserts that `value` passes the schema in `schema` (a file name such as `service.json`). */
export function expectValidHsds(ajv: Ajv2020, schema: string, value: unknown): void {
  const validate = ajv.getSchema(schema);
  if (!validate) throw new Error(`no schema ${schema}`);
  const valid = validate(value);
  expect(validate.errors ?? [], JSON.stringify(value).slice(0, 200)).toEqual([]);
  expect(valid).toBe(true);
}
