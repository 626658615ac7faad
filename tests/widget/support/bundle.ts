/** A published Voorbeeldstad bundle, as the API serves it, for the widget's Node tests. */
import { compileBundle } from '../../../core/bundle/compile-bundle';
import type { Bundle } from '../../../core/bundle/bundle';
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
