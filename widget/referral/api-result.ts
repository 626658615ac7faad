/**
 * JSON calls to the referral API as typed results: `{ ok: true, data }` or `{ ok: false, status,
 * code, message }` with the API's error code and Dutch message. A network failure is status 0.
 * No cookies are sent and no referrer, so nothing ties the call to a page or a person.
 */
import type { ErrorBody } from '../../core/api/error-body';

export { apiUrl } from './api-url';

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; code: string; message?: string };

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as Partial<ErrorBody> | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string';
}

export interface RequestJsonOptions {
  method?: string;
  json?: unknown;
  fetch?: typeof globalThis.fetch;
  /** 'no-store' by default; 'no-cache' revalidates a cached copy (ETag, 304) instead. */
  cache?: RequestCache;
  /** Lets the request finish while the page closes. */
  keepalive?: boolean;
}

export async function requestJson<T>(url: string, init: RequestJsonOptions = {}): Promise<ApiResult<T>> {
  const fetchImpl = init.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: init.method ?? 'GET',
      headers:
        init.json === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: init.cache ?? 'no-store',
      keepalive: init.keepalive,
    });
  } catch {
    return { ok: false, status: 0, code: 'network_error' };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // An empty or non-JSON body: the status says enough.
  }
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  if (isErrorBody(body)) return { ok: false, status: response.status, code: body.error.code, message: body.error.message };
  return { ok: false, status: response.status, code: `http_${response.status}` };
}
