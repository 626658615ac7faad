// The worker's own bindings (DB, ASSETS) come from worker/worker-configuration.d.ts, which
// wrangler generates from wrangler.toml; this adds what only the tests have.
import type { D1Migration } from '@cloudflare/vitest-plugin';

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
