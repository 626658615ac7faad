/**
 * The admin's API client, on Hono's `hc<AppType>`: paths, parameters, bodies and answers are the
 * worker's own route types, so nothing here copies them. Every call resolves to a result:
 * `{ ok: true, data, etag }` or `{ ok: false, status, error }` with the API's error shape.
 * Network failures are a result too (status 0), never an exception.
 */
import { hc, parseResponse, type ClientResponse, type InferRequestType } from 'hono/client';
import { ErrorBodySchema, type ErrorBody } from '../../core/api/error-body';
import type { AppType } from '../../worker/app';
import { nl } from '../i18n/nl';

export type ApiError = ErrorBody['error'];

export type ApiFailure = { ok: false; status: number; error: ApiError };
export type ApiResult<T> = { ok: true; status: number; data: T; etag: string | null } | ApiFailure;

/** "draft" or a version number. */
export type DiffSide = number | 'draft';

export interface ApiClientOptions {
  tenant: string;
  token: string;
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const body = ErrorBodySchema.safeParse(await response.json());
    if (body.success) return body.data.error;
  } catch {
    // Not JSON: fall through to a generic message.
  }
  return { code: `http_${response.status}`, message: nl.unexpectedError(response.status) };
}

const networkFailure: ApiFailure = { ok: false, status: 0, error: { code: 'network_error', message: nl.networkError } };

/**
 * Sends, and turns the answer into a result: the body of the route's success answer (its type as
 * the route declares it, left to inference so that it stays the route's), or the error.
 */
async function call<R extends ClientResponse<unknown>>(send: () => Promise<R>) {
  let response: R;
  try {
    response = await send();
  } catch {
    return networkFailure;
  }
  if (!response.ok) return failure(response.status, await readError(response));
  try {
    const data = await parseResponse<R>(response);
    return { ok: true as const, status: response.status, data, etag: response.headers.get('ETag') };
  } catch {
    return badResponse(response);
  }
}

/** A download: the body as a file, whatever its type. */
async function download(send: () => Promise<Response>): Promise<ApiResult<Blob>> {
  let response: Response;
  try {
    response = await send();
  } catch {
    return networkFailure;
  }
  if (!response.ok) return { ok: false, status: response.status, error: await readError(response) };
  try {
    return { ok: true, status: response.status, data: await response.blob(), etag: response.headers.get('ETag') };
  } catch {
    return badResponse(response);
  }
}

function failure(status: number, error: ApiError): ApiFailure {
  return { ok: false, status, error };
}

function badResponse(response: Response): ApiFailure {
  return failure(response.status, { code: 'bad_response', message: nl.unexpectedError(response.status) });
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient({ tenant, token }: ApiClientOptions) {
  // Relative to the page: the admin is served by the worker it talks to.
  const api = hc<AppType>('/', {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    init: { cache: 'no-store' },
  }).api.v1.tenants[':tenant'];
  const param = { tenant };
  const csv = (text: string, etag: string | null) =>
    [
      { param, query: { apply: etag === null ? ('false' as const) : ('true' as const) }, header: { 'if-match': etag ?? undefined } },
      { headers: { 'Content-Type': 'text/csv; charset=utf-8' }, init: { body: text } },
    ] as const;

  return {
    tenant,
    session: () => call(() => api.session.$get({ param })),
    getDraft: () => call(() => api.draft.$get({ param })),
    saveDraft: (content: DraftBody, etag: string | null) =>
      call(() => api.draft.$put({ param, header: { 'if-match': etag ?? undefined }, json: content })),
    listVersions: () => call(() => api.versions.$get({ param })),
    getVersion: (version: number) => call(() => api.versions[':n'].$get({ param: { tenant, n: String(version) } })),
    publish: (note: string) => call(() => api.versions.$post({ param, header: {}, json: { note } })),
    restore: (version: number, note?: string) =>
      call(() => api.versions[':n'].restore.$post({ param: { tenant, n: String(version) }, header: {}, json: note ? { note } : {} })),
    diff: (from: DiffSide, to: DiffSide) => call(() => api.diff.$get({ param, query: { from: String(from), to: String(to) } })),
    audit: (limit = 200) => call(() => api.audit.$get({ param, query: { limit: String(limit) } })),
    getTestQuestions: () => call(() => api['test-questions'].$get({ param })),
    saveTestQuestions: (questions: TestQuestionsBody['questions']) =>
      call(() => api['test-questions'].$put({ param, json: { questions } })),
    /** The published bundle; 404 `no_published_version`-like codes mean nothing is published yet. */
    bundle: () => call(() => api.bundle.$get({ param, header: {} }, { init: { cache: 'no-cache' } })),
    downloadTopicsCsv: () => download(() => api.draft['topics.csv'].$get({ param })),
    downloadDraft: () => download(() => api.draft.$get({ param })),
    downloadHsds: () => download(() => api.hsds.$get({ param, header: {} })),
    previewTopicsCsv: (text: string) => call(() => api.draft['topics.csv'].$post(...csv(text, null))),
    applyTopicsCsv: (text: string, etag: string | null) => call(() => api.draft['topics.csv'].$post(...csv(text, etag))),
    stats: (from: string, to: string) => call(() => api.stats.$get({ param, query: { from, to } })),
    downloadStatsCsv: (from: string, to: string) => download(() => api['stats.csv'].$get({ param, query: { from, to } })),
    listFeedback: (status: FeedbackStatus) => call(() => api.feedback.$get({ param, query: { status } })),
    updateFeedback: (id: string, change: FeedbackChange) => call(() => api.feedback[':id'].$patch({ param: { tenant, id }, json: change })),
    listTokens: () => call(() => api.tokens.$get({ param })),
    revokeToken: (id: string) => call(() => api.tokens[':id'].$delete({ param: { tenant, id } })),
  };
}

type Routes = ReturnType<typeof hc<AppType>>['api']['v1']['tenants'][':tenant'];

/** What a call's success holds, e.g. `ApiData<'session'>`. */
export type ApiData<K extends keyof ApiClient> = ApiClient[K] extends (...args: never[]) => Promise<infer R>
  ? R extends { ok: true; data: infer T }
    ? T
    : never
  : never;

type DraftBody = InferRequestType<Routes['draft']['$put']>['json'];
type TestQuestionsBody = InferRequestType<Routes['test-questions']['$put']>['json'];
/** What an editor does with a feedback item. */
export type FeedbackChange = InferRequestType<Routes['feedback'][':id']['$patch']>['json'];
export type FeedbackStatus = NonNullable<InferRequestType<Routes['feedback']['$get']>['query']['status']>;

export type Session = ApiData<'session'>;
export type Role = Session['actor']['role'];
export type VersionSummary = ApiData<'listVersions'>['versions'][number];
export type AuditEntry = ApiData<'audit'>['entries'][number];
export type FeedbackItem = ApiData<'listFeedback'>['items'][number];
export type TestQuestion = ApiData<'getTestQuestions'>['questions'][number];
export type CsvImportReport = ApiData<'previewTopicsCsv'>;
