/**
 * The tenant's published content, as the engine cache holds it per isolate: referrals and
 * signals are checked against what the widget was offered, never against the draft.
 */
import type { Context } from 'hono';
import type { Content } from '../../core/content/schema';
import type { AppEnv } from '../app-env';
import { tenantEngine } from '../engines/tenant-engines';
import { ApiError, type ErrorIssue } from '../errors/api-error';
import { findPublishedVersion } from '../storage/versions';

export interface KnownIds {
  topics: ReadonlySet<string>;
  counters: ReadonlySet<string>;
  sourceDesks: ReadonlySet<string>;
  signalCategories: ReadonlySet<string>;
}

export interface Published {
  content: Content;
  ids: KnownIds;
}

// Content objects are immutable per tenant@version, so their id sets are too.
const idsOfContent = new WeakMap<Content, KnownIds>();

function knownIds(content: Content): KnownIds {
  let ids = idsOfContent.get(content);
  if (!ids) {
    const idSet = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
    ids = {
      topics: idSet(content.topics),
      counters: idSet(content.counters),
      sourceDesks: idSet(content.sourceDesks),
      signalCategories: idSet(content.signalCategories),
    };
    idsOfContent.set(content, ids);
  }
  return ids;
}

export async function findPublished(db: D1Database, tenantId: string): Promise<Published> {
  const version = await findPublishedVersion(db, tenantId);
  if (!version) throw new ApiError('tenant_not_found');
  const { content } = await tenantEngine(db, version);
  return { content, ids: knownIds(content) };
}

const publishedOfRequest = new WeakMap<Request, { tenantId: string; published: Promise<Published> }>();

/**
 * `findPublished` read once per request: the widget's CORS check and the route it guards ask
 * for the same tenant, so a cross-origin write reads D1 once, not twice.
 */
export function findPublishedForRequest(c: Context<AppEnv>, tenantId: string): Promise<Published> {
  const seen = publishedOfRequest.get(c.req.raw);
  if (seen?.tenantId === tenantId) return seen.published;
  const published = findPublished(c.env.DB, tenantId);
  publishedOfRequest.set(c.req.raw, { tenantId, published });
  return published;
}

/** What the issue says when an id of this kind is not in the published content. */
const UNKNOWN_ID_MESSAGES: Record<keyof KnownIds, string> = {
  topics: 'Dit onderwerp staat niet in de gepubliceerde taakverdeling.',
  counters: 'Dit loket staat niet in de gepubliceerde taakverdeling.',
  sourceDesks: 'Deze balie staat niet in de lijst van de gemeente.',
  signalCategories: 'Dit signaal staat niet in de lijst van de gemeente.',
};

/** An issue when `id` is not among the known ids of its `kind`. */
export function checkId(path: string, id: string, known: KnownIds, kind: keyof KnownIds): ErrorIssue[] {
  return known[kind].has(id) ? [] : [{ path, message: UNKNOWN_ID_MESSAGES[kind] }];
}

/** An issue per unknown id of a list, at its index ("signalIds.1"). */
export function checkIds(path: string, ids: readonly string[], known: KnownIds, kind: keyof KnownIds): ErrorIssue[] {
  return ids.flatMap((id, i) => checkId(`${path}.${i}`, id, known, kind));
}
