/** Requests through the worker's real entry point, as wrangler dev and production run it. */
import { exports } from 'cloudflare:workers';

export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(new URL(path, 'http://loketwijzer.test'), init));
}
