/**
 * `node --import tsx scripts/tenant-sql.ts --tenant oosterwolde --name "Gemeente Oosterwolde" > tenant.sql`
 * prints the SQL that creates a NEW tenant with a one-counter placeholder as version 1, for
 * `wrangler d1 execute DB --remote --env production --file tenant.sql`. The admin API only edits a
 * tenant that exists, and D1 refuses statements over 100 kB, so the real content follows through
 * the admin API or app (PUT /draft, then publish). The statements come from the worker's own
 * storage functions, so the rows are exactly what a publish writes. A second run for the same
 * tenant fails on the versions primary key and changes nothing.
 */
import { parseArgs } from 'node:util';
import { parseContent } from '../core/content/parse-content';
import { publishStatements } from '../worker/storage/publish-version';

const { values } = parseArgs({ options: { tenant: { type: 'string' }, name: { type: 'string' }, by: { type: 'string' } } });
if (!values.tenant || !values.name) {
  console.error('Usage: node --import tsx scripts/tenant-sql.ts --tenant <id> --name "Gemeente …" [--by "Naam"] > tenant.sql');
  process.exit(2);
}

const placeholder = {
  tenant: { id: values.tenant, name: values.name },
  counters: [
    {
      id: 'klantcontactcentrum',
      kind: 'gemeente-balie',
      name: 'Klantcontactcentrum',
      summary: 'Nog in te vullen: de gemeente zet hier haar eigen taakverdeling.',
      helpsWith: [],
      doesNot: [],
      locationIds: [],
      appointment: 'phone-or-online',
      bring: [],
    },
  ],
  locations: [],
  topics: [
    {
      id: 'algemene-vraag',
      domain: 'Algemeen',
      title: { nl: 'Algemene vraag', en: 'General question' },
      keywords: ['vraag', 'question'],
      counter: 'klantcontactcentrum',
    },
  ],
};

const parsed = parseContent(placeholder);
if (!parsed.ok) {
  console.error('The tenant id or name is not valid:');
  for (const issue of parsed.issues) console.error(`  ${issue.path || '(root)'}: ${issue.message}`);
  process.exit(1);
}
const content = parsed.content;

/** A statement as prepared and bound, not run. */
interface RecordedStatement {
  sql: string;
  args: unknown[];
}

/**
 * Records what the storage functions prepare and bind, instead of running it. They call only
 * `prepare(sql).bind(...args)`, so this stands in for D1, and its statements are RecordedStatements.
 */
const recorder = { prepare: (sql: string) => ({ bind: (...args: unknown[]): RecordedStatement => ({ sql, args }) }) };

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return String(value);
  // The storage functions bind only strings, numbers and null.
  if (typeof value !== 'string') throw new Error(`Cannot write ${typeof value} as an SQL literal.`);
  return `'${value.replaceAll("'", "''")}'`;
}

function render({ sql, args }: RecordedStatement): string {
  return `${sql.replace(/\?(\d+)/g, (_, n: string) => literal(args[Number(n) - 1]))};`;
}

const { statements } = await publishStatements(recorder as unknown as D1Database, content, {
  version: 1,
  publishedAt: new Date().toISOString(),
  by: values.by ?? 'scripts/tenant-sql.ts',
  note: 'Nieuwe gemeente (tijdelijke inhoud)',
});
process.stdout.write(`${(statements as unknown as RecordedStatement[]).map(render).join('\n')}\n`);
