/** Everything outside the API: widget.js, the demo page, /balie and /admin, built into dist/public. */
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';

export async function serveAssets(c: Context<AppEnv>): Promise<Response> {
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  // A binding's response has immutable headers; copy it so headers can be added.
  const response = new Response(asset.body, asset);
  // Municipal sites load /widget.js and its lazy chunks as module scripts, which are CORS
  // requests. Every asset is public and no response sets a cookie, so any origin may read it.
  response.headers.set('Access-Control-Allow-Origin', '*');
  return response;
}
