/** Requests to the public write endpoints, as the widget sends them from a municipal site. */
import { fetchWorker } from './fetch-worker';

export const TENANT = '/api/v1/tenants/voorbeeldstad';

export interface PublicRequest {
  method?: string;
  json?: unknown;
  /** CF-Connecting-IP. A fresh client (its own IPv6 /64) per request unless a test is about one client. */
  ip?: string;
  headers?: Record<string, string>;
}

let clients = 0;

export function publicFetch(path: string, { method, json, ip, headers = {} }: PublicRequest = {}): Promise<Response> {
  const all = new Headers(headers);
  all.set('CF-Connecting-IP', ip ?? `2001:db8:${(++clients).toString(16)}::1`);
  if (json !== undefined) all.set('Content-Type', 'application/json');
  return fetchWorker(path, {
    method: method ?? (json === undefined ? 'GET' : 'POST'),
    headers: all,
    body: json === undefined ? undefined : JSON.stringify(json),
  });
}

export interface ReferralInput {
  topicId: string;
  counterId: string;
  sourceDeskId: string;
  digitalHelp?: boolean;
  signalIds?: string[];
  note?: string | null;
}

export const A_REFERRAL: ReferralInput = {
  topicId: 'digid-aanvragen',
  counterId: 'ido',
  sourceDeskId: 'algemene-balie',
  digitalHelp: true,
  signalIds: ['digid-probleem'],
  note: 'Heeft geen computer thuis.',
};

export interface CreatedReferral {
  code: string;
  confirmUrl: string;
  expiresAt: string;
}

/** Records a referral and returns its answer; fails the test on anything but 201. */
export async function createReferral(input: Partial<ReferralInput> = {}): Promise<CreatedReferral> {
  const res = await publicFetch(`${TENANT}/referrals`, { json: { ...A_REFERRAL, ...input } });
  if (res.status !== 201) throw new Error(`POST referrals answered ${res.status}: ${await res.text()}`);
  return res.json();
}

export function confirm(code: string, json: unknown): Promise<Response> {
  return publicFetch(`${TENANT}/referrals/${encodeURIComponent(code)}`, { method: 'PATCH', json });
}
