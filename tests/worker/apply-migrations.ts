import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// Every test file starts from the schema in worker/migrations, as production does.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
