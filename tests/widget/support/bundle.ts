/** A published Voorbeeldstad bundle, as the API serves it, for the widget's Node tests. */
import { compileBundle } from '../../../core/bundle/compile-bundle';
import type { Bundle } from '../../../core/bundle/bundle';
import { encodeCompactBundle } from '../../../core/bundle/compact-bundle';
import { gzip } from '../../../worker/http/gzip';
import { voorbeeldstad } from '../../core/support/voorbeeldstad';

export const PUBLISHED_AT = '2026-11-28T09:00:00.000Z';

export function voorbeeldstadBundle(version = 1): Bundle {
  return compileBundle(voorbeeldstad(), { version, publishedAt: PUBLISHED_AT });
}

/** A fetch that answers from a list of responses (or throws for `'offline'`) and records each request. */
export function scriptedFetch(...answers: Array<Response | 'offline'>) {
  const requests: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({ url: input instanceof Request ? input.url : String(input), init });
    const answer = answers.shift() ?? 'offline';
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    return answer;
  };
  return { fetch, requests };
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The compact bundle of `bundle` as the worker serves it: gzipped, as a gzip file. */
export async function compact(bundle: Bundle, change: (bytes: Uint8Array) => Uint8Array = (bytes) => bytes): Promise<Response> {
  const body = await gzip(change(encodeCompactBundle(bundle)));
  return new Response(body, { headers: { 'content-type': 'application/vnd.loketwijzer.bundle+gzip' } });
}

/** The compact bytes gzipped, as the widget saves them. */
export async function gzippedCompact(bundle: Bundle): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await compact(bundle)).arrayBuffer());
}
