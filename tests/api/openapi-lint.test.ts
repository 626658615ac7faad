/**
 * The OpenAPI document as the app serves it, checked by a linter nobody here wrote: Redocly
 * CLI's recommended rules. Runs offline (the CLI bundles its rules; telemetry and the update
 * check are off). The conventions that keep it clean are in worker/routes/api-schemas.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../../worker/app';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: LintProblem[];
}

const REDOCLY = join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
/** As a deployment would serve it: the document names the origin it was fetched from. */
const DOCUMENT_URL = 'https://loketwijzer.gemeente-voorbeeldstad.nl/api/v1/openapi.json';

async function lint(document: unknown): Promise<LintReport> {
  const folder = await mkdtemp(join(tmpdir(), 'openapi-lint-'));
  try {
    const file = join(folder, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    // The CLI exits 1 when it finds errors; the report on stdout says which.
    const { stdout } = await promisify(execFile)(process.execPath, [REDOCLY, 'lint', file, '--extends=recommended', '--format=json'], {
      env,
      cwd: folder,
    }).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }));
    return JSON.parse(stdout) as LintReport;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function describeProblem({ ruleId, message, location }: LintProblem): string {
  return `${ruleId} at ${location[0]?.pointer ?? '?'}: ${message}`;
}

describe('the OpenAPI document under Redocly’s recommended rules', () => {
  let document: { paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>> };
  let report: LintReport;

  beforeAll(async () => {
    const res = await app.request(DOCUMENT_URL);
    expect(res.status).toBe(200);
    document = await res.json();
    report = await lint(document);
  }, 60_000);

  it('has no errors', () => {
    expect(report.problems.filter((problem) => problem.severity === 'error').map(describeProblem)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('warns only that /healthz cannot answer a 4xx', () => {
    expect(report.problems.map(describeProblem)).toEqual([
      'operation-4xx-response at #/paths/~1healthz/get/responses: Operation must have at least one `4XX` response.',
    ]);
  });

  it('gives every operation a unique operationId and a tag', () => {
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.every((operation) => (operation.tags?.length ?? 0) > 0)).toBe(true);
  });
});
