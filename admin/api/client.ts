/**
 * Typed fetch wrapper for the admin API under /api/v1/tenants/{tenant}. Every call resolves to a
 * result: `{ ok: true, data, etag }` or `{ ok: false, status, error }` with the API's error shape.
 * Network failures are a result too (status 0), never an exception.
 */
import type { Stats } from '../../core/api/stats';
import type { FeedbackItem, FeedbackStatus } from '../../core/feedback/feedback';
import type { ApiToken, ApiTokenList } from '../../core/api/tokens';
import type { Bundle } from '../../core/bundle/bundle';
import type { ContentIssue } from '../../core/content/parse-content';
import type { Content, ContentInput } from '../../core/content/schema';
import type { DiffResult } from '../../core/content/diff-content';
import type { TestQuestion } from '../../core/content/test-questions';
import { nl } from '../i18n/nl';

export type Role = 'viewer' | 'editor' | 'publisher';

export interface ApiError {
  code: string;
  message: string;
  issues?: ContentIssue[];
}

export type ApiResult<T> = { ok: true; status: number; data: T; etag: string | null } | { ok: false; status: number; error: ApiError };

export interface Session {
  tenant: { id: string; name: string };
  actor: { label: string; role: Role };
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  by: string;
  note: string | null;
}

export interface VersionDetail extends VersionSummary {
  content: Content;
}

export interface AuditEntry {
  id: number;
  at: string;
  who: string;
  action: string;
  summary: string;
  note?: string | null;
}

export type { FeedbackItem, FeedbackStatus, TestQuestion };

/** What an editor does with a feedback item. */
export type FeedbackChange = { status: 'accepted'; addTestQuestion: boolean } | { status: 'dismissed'; reason?: string };

export interface CsvImportReport {
  changes: { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] };
  /** Rows as Excel numbers them (the header is row 1); column null for a problem with the whole row. */
  errors: { row: number; column: string | null; message: string }[];
}

/** "draft" or a version number. */
export type DiffSide = number | 'draft';

export interface ApiClientOptions {
  tenant: string;
  token: string;
}

interface RequestOptions {
  json?: unknown;
  text?: string;
  ifMatch?: string | null;
  /** How to read a successful body. */
  read?: 'json' | 'blob' | 'none';
  cache?: RequestCache;
}

function isApiErrorBody(value: unknown): value is { error: ApiError } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && typeof (error as ApiError).code === 'string';
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const body: unknown = await response.json();
    if (isApiErrorBody(body)) return body.error;
  } catch {
    // Not JSON: fall through to a generic message.
  }
  return { code: `http_${response.status}`, message: nl.unexpectedError(response.status) };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient({ tenant, token }: ApiClientOptions) {
  const base = `/api/v1/tenants/${encodeURIComponent(tenant)}`;

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
    const headers = new Headers({ Authorization: `Bearer ${token}`, Accept: 'application/json' });
    let body: string | undefined;
    if (options.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.json);
    } else if (options.text !== undefined) {
      headers.set('Content-Type', 'text/csv; charset=utf-8');
      body = options.text;
    }
    if (options.ifMatch) headers.set('If-Match', options.ifMatch);

    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, body, cache: options.cache ?? 'no-store' });
    } catch {
      return { ok: false, status: 0, error: { code: 'network_error', message: nl.networkError } };
    }
    if (!response.ok) return { ok: false, status: response.status, error: await readError(response) };

    const etag = response.headers.get('ETag');
    const read = options.read ?? 'json';
    try {
      const data: unknown =
        read === 'blob' ? await response.blob() : read === 'json' && response.status !== 204 ? await response.json() : undefined;
      return { ok: true, status: response.status, data: data as T, etag };
    } catch {
      return { ok: false, status: response.status, error: { code: 'bad_response', message: nl.unexpectedError(response.status) } };
    }
  }

  return {
    tenant,
    session: () => request<Session>('GET', '/session'),
    getDraft: () => request<ContentInput>('GET', '/draft'),
    saveDraft: (content: Content, etag: string | null) => request<unknown>('PUT', '/draft', { json: content, ifMatch: etag }),
    listVersions: () => request<{ versions: VersionSummary[] }>('GET', '/versions'),
    getVersion: (version: number) => request<VersionDetail>('GET', `/versions/${version}`),
    publish: (note: string) => request<{ version: number }>('POST', '/versions', { json: { note } }),
    restore: (version: number, note?: string) =>
      request<{ version: number }>('POST', `/versions/${version}/restore`, { json: note ? { note } : {} }),
    diff: (from: DiffSide, to: DiffSide) =>
      request<DiffResult>('GET', `/diff?from=${encodeURIComponent(String(from))}&to=${encodeURIComponent(String(to))}`),
    audit: (limit = 200) => request<{ entries: AuditEntry[] }>('GET', `/audit?limit=${limit}`),
    getTestQuestions: () => request<{ questions: TestQuestion[] }>('GET', '/test-questions'),
    saveTestQuestions: (questions: TestQuestion[]) =>
      request<{ questions: TestQuestion[] }>('PUT', '/test-questions', { json: { questions } }),
    /** The published bundle; 404 `no_published_version`-like codes mean nothing is published yet. */
    bundle: () => request<Bundle>('GET', '/bundle', { cache: 'no-cache' }),
    downloadTopicsCsv: () => request<Blob>('GET', '/draft/topics.csv', { read: 'blob' }),
    downloadDraft: () => request<Blob>('GET', '/draft', { read: 'blob' }),
    downloadHsds: () => request<Blob>('GET', '/hsds', { read: 'blob' }),
    previewTopicsCsv: (csv: string) => request<CsvImportReport>('POST', '/draft/topics.csv?apply=false', { text: csv }),
    stats: (from: string, to: string) => request<Stats>('GET', `/stats?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
    downloadStatsCsv: (from: string, to: string) =>
      request<Blob>('GET', `/stats.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { read: 'blob' }),
    listFeedback: (status: FeedbackStatus) => request<{ items: FeedbackItem[] }>('GET', `/feedback?status=${status}`),
    updateFeedback: (id: string, change: FeedbackChange) =>
      request<FeedbackItem>('PATCH', `/feedback/${encodeURIComponent(id)}`, { json: change }),
    listTokens: () => request<ApiTokenList>('GET', '/tokens'),
    revokeToken: (id: string) => request<ApiToken>('DELETE', `/tokens/${encodeURIComponent(id)}`),
    applyTopicsCsv: (csv: string, etag: string | null) =>
      request<CsvImportReport>('POST', '/draft/topics.csv?apply=true', { text: csv, ifMatch: etag }),
  };
}
