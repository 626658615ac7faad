/**
 * `npm run token -- --tenant voorbeeldstad --role editor --label "Anna" [--expires 90d] [--persist-to DIR]`
 * creates an admin API token in the local D1 and prints it once. Only its SHA-256 hash is
 * stored, so a lost token cannot be shown again: make a new one. With `--expires 90d` the token
 * stops working after 90 days; a publisher can revoke it earlier in the admin app (Sleutels).
 *
 * `--tenant '*'` makes a token for every tenant. Roles: viewer (read), editor (edit the draft),
 * publisher (also publish and restore). Like the seed script, this runs with tsx so it can use
 * the worker's own storage and hashing code.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ALL_TENANTS, isRole, ROLES } from '../worker/auth/roles';
import { sha256Hex } from '../worker/auth/token-hash';
import { insertApiToken } from '../worker/storage/api-tokens';
import { findTenant } from '../worker/storage/tenants';
import { applyMigrationsArgs, localPlatform } from './local-d1';

const USAGE =
  'Usage: npm run token -- --tenant <id|*> --role <viewer|editor|publisher> --label "<name>" [--expires <days>d] [--persist-to DIR]';

/** The longest a token can be made to last: 5 years. */
const MAX_EXPIRY_DAYS = 5 * 366;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        tenant: { type: 'string' },
        role: { type: 'string' },
        label: { type: 'string' },
        expires: { type: 'string' },
        'persist-to': { type: 'string' },
      },
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
const values = readArgs();
const { tenant, role, label } = values;
if (!tenant) fail('--tenant is missing.');
if (!isRole(role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
if (!label || label.trim().length === 0 || label.trim().length > 100) fail('--label must be 1 to 100 characters: who uses this token.');
let expiresAt: string | null = null;
if (values.expires !== undefined) {
  const days = /^(\d{1,4})d$/.exec(values.expires)?.[1];
  if (days === undefined || Number(days) < 1 || Number(days) > MAX_EXPIRY_DAYS)
    fail(`--expires must be a number of days from 1 to ${MAX_EXPIRY_DAYS}, such as 90d.`);
  expiresAt = new Date(Date.now() + Number(days) * 86_400_000).toISOString();
}

// The token table comes with the migrations; apply them, so this works before a first `npm start`.
const migrate = spawnSync(process.execPath, applyMigrationsArgs(values['persist-to']), {
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
});
if (migrate.status !== 0) {
  console.error(migrate.stdout, migrate.stderr);
  fail('Applying the D1 migrations failed.');
}

// 256 random bits, URL-safe: fits an Authorization header and a .env file without quoting.
const token = randomBytes(32).toString('base64url');
const platform = await localPlatform(values['persist-to']);
let tenantExists;
try {
  const db = platform.env.DB;
  tenantExists = tenant === ALL_TENANTS || (await findTenant(db, tenant)) !== null;
  if (tenantExists) {
    await insertApiToken(db, {
      tokenHash: await sha256Hex(token),
      tenantId: tenant,
      role,
      label: label.trim(),
      createdAt: new Date().toISOString(),
      expiresAt,
    }).run();
  }
} finally {
  await platform.dispose();
}
if (!tenantExists) fail(`There is no tenant "${tenant}" in this database. Run npm start first, or check the id.`);

const validity = expiresAt === null ? 'does not expire' : `expires ${expiresAt}`;
console.log(`Token for "${label.trim()}" (${role}, tenant ${tenant === ALL_TENANTS ? 'all' : tenant}, ${validity}):

  ${token}

It is shown only this once; only its hash is stored. Send it as: Authorization: Bearer <token>`);
