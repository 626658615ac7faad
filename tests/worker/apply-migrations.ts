import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { forgetAllPublishedVersions } from '../../worker/tenants/published-version';
import { forgetAllAliases } from '../../worker/tenants/resolve-tenant';

/**
 * Every test file starts from an empty database with the schema of worker/migrations, as production
 * does. The worker project does not isolate its files (vitest.config.ts: one Miniflare serves many of
 * them, instead of a new one per file), so this first drops whatever the previous file left behind:
 * every table (their indexes and triggers go with them), every view, and d1_migrations, so that all
 * migrations run again. D1's own tables (_cf_*) and SQLite's stay.
 */
async function emptyDatabase(db: D1Database): Promise<void> {
  const { results } = await db
    .prepare(
      `SELECT type, name FROM sqlite_master
       WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'
       ORDER BY name = 'tenants', name = 'versions', rowid`,
    )
    .all<{ type: 'table' | 'view' | 'trigger'; name: string }>();
  if (results.length === 0) return;
  const named = (type: string) => results.filter((r) => r.type === type).map((r) => `"${r.name.replaceAll('"', '""')}"`);
  const tables = named('table');
  // One transaction. The triggers go first (some refuse a DELETE), then every row while all tables
  // still exist (a DELETE fails when a table that its foreign keys name is gone), with the foreign
  // keys checked only at the end: tenants and versions point at each other. Then the empty tables,
  // tenants and versions first (an order that D1 accepts; dropping tables with rows in it failed).
  await db.batch([
    db.prepare('PRAGMA defer_foreign_keys = on'),
    ...named('view').map((view) => db.prepare(`DROP VIEW ${view}`)),
    ...named('trigger').map((trigger) => db.prepare(`DROP TRIGGER ${trigger}`)),
    ...tables.map((table) => db.prepare(`DELETE FROM ${table}`)),
    ...tables.reverse().map((table) => db.prepare(`DROP TABLE ${table}`)),
  ]);
}

await emptyDatabase(env.DB);
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
// The worker's modules stay loaded from file to file, as in one long-lived isolate. Its memos of
// what D1 held (a tenant's published version, its aliases) are forgotten with the database; the
// other caches are keyed by the version's ETag (engines, HSDS records, the Cache API's copies).
forgetAllPublishedVersions();
forgetAllAliases();
