/**
 * Seeds the example tenant Voorbeeldstad into the local D1, unless it is already published:
 * `npm start` runs this on every start, so a second start changes nothing. Its test questions
 * start as the dev questions (tests/fixtures/questions.dev.tsv) when it has none yet.
 *
 * It publishes through the worker's own `publishVersion`, so the seed is exactly what the admin's
 * publish will produce. Run with tsx, which loads that TypeScript:
 *   node --import tsx scripts/seed-tenant.ts [--persist-to DIR]
 * Plain JavaScript on purpose: the scripts' tsconfig has Node types, the worker's code needs
 * Workers types.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseContent } from '../core/content/parse-content';
import { findTestQuestionIssues } from '../core/content/test-questions';
import { parseQuestionsTsv } from '../core/io/questions-tsv';
import { publishVersion } from '../worker/storage/publish-version';
import { upsertTenantAlias } from '../worker/storage/tenant-aliases';
import { hasTestQuestions, replaceTestQuestions } from '../worker/storage/test-questions';
import { findPublishedVersion } from '../worker/storage/versions';
import { localPlatform } from './local-d1';

const SEED_FILE = new URL('../data/voorbeeldstad.json', import.meta.url);
const QUESTIONS_FILE = new URL('../tests/fixtures/questions.dev.tsv', import.meta.url);
// Voorbeeldstad's library also serves Oosterhoek (data/voorbeeldstad.json, tenant.library).
const ALIASES = ['oosterhoek'];

const { values } = parseArgs({ options: { 'persist-to': { type: 'string' } } });

const parsed = parseContent(JSON.parse(await readFile(SEED_FILE, 'utf8')));
if (!parsed.ok) {
  console.error('data/voorbeeldstad.json does not match the content schema:');
  for (const issue of parsed.issues) console.error(`  ${issue.path || '(root)'}: ${issue.message}`);
  process.exit(1);
}
const tenantId = parsed.content.tenant.id;

const platform = await localPlatform(values['persist-to']);
try {
  const db = platform.env.DB;
  const existing = await findPublishedVersion(db, tenantId);
  if (existing) {
    console.log(`Seed: ${tenantId} is already published (version ${existing.version}), nothing to do.`);
  } else {
    const published = await publishVersion(db, parsed.content, { by: 'seed', note: 'Voorbeeldstad seed', now: new Date() });
    console.log(`Seed: published ${tenantId} as version ${published.version}.`);
  }
  // An upsert: running it again changes nothing.
  await db.batch(ALIASES.map((alias) => upsertTenantAlias(db, alias, tenantId)));
  if (!(await hasTestQuestions(db, tenantId))) {
    const questions = parseQuestionsTsv(await readFile(QUESTIONS_FILE, 'utf8'));
    const issues = findTestQuestionIssues(questions, parsed.content);
    if (issues.length > 0) {
      console.error('tests/fixtures/questions.dev.tsv names counters or topics that Voorbeeldstad does not have:');
      for (const issue of issues) console.error(`  ${issue.path}: ${issue.message}`);
      process.exit(1);
    }
    await db.batch(replaceTestQuestions(db, tenantId, questions));
    console.log(`Seed: stored ${questions.length} test questions for ${tenantId}.`);
  }
} finally {
  await platform.dispose();
}
