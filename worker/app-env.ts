/** Hono's environment for every router of the worker. `Env` is generated from wrangler.toml. */
import type { Actor } from './auth/roles';

declare global {
  namespace Cloudflare {
    /**
     * Secrets and settings of the admin API. They are not in wrangler.toml, so `wrangler types`
     * does not know them: set them with `wrangler secret put` (production) or in `.dev.vars`
     * (`npm start` writes one). Each is optional: without it that way of signing in is off.
     */
    interface Env {
      /** A publisher token for every tenant. */
      ADMIN_TOKEN?: string;
      /** Cloudflare Access: `https://<team>.cloudflareaccess.com/cdn-cgi/access/certs`. */
      ACCESS_JWKS_URL?: string;
      /** Cloudflare Access: the application's audience (AUD) tag. */
      ACCESS_AUD?: string;
      /** Cloudflare Access: JSON `{ "email": { "tenant": "voorbeeldstad" | "*", "role": "editor" } }`. */
      ACCESS_ROLES?: string;
    }
  }
}

export interface AppEnv {
  Bindings: Env;
}

/** Routers behind `requireRole`: the actor is known. */
export interface AdminEnv extends AppEnv {
  Variables: { actor: Actor };
}
