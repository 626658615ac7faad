/**
 * The tenant's published content, as the engine cache holds it per isolate: referrals and
 * signals are checked against what the widget was offered, never against the draft.
 *
 * The ids and settings come from the engine's routing part, which a loaded engine holds
 * anyway; the whole content only when a request asks for it (`content()`), because an engine
 * parses it then and weighs more from then on (worker/engines/tenant-engines.ts).
 */
import type { Context } from 'hono';
import type { Content } from '../../core/content/schema';
import type { RoutingContent } from '../../core/routing/routing-content';
import type { AppEnv } from '../app-env';
import { tenantContent, tenantEngine } from '../engines/tenant-engines';
import { ApiError, type ErrorIssue } from '../errors/api-error';
import { findPublishedVersion } from '../storage/versions';

type IdSet = Pick<ReadonlySet<string>, 'has'>;

export interface KnownIds {
  topics: IdSet;
  counters: IdSet;
  sourceDesks: IdSet;
  signalCategories: IdSet;
}

export interface Published {
  /** What routing reads: ids and settings, without parsing the whole content. */
  routing: RoutingContent;
  ids: KnownIds;
  /** The whole content (topics without keywords); the first call per loaded engine parses it. */
  content: () => Promise<Content>;
}

// Routing parts are immutable per tenant@version, so their id sets are too.
const idsOfRouting = new WeakMap<RoutingContent, KnownIds>();

function knownIds(routing: RoutingContent): KnownIds {
  let ids = idsOfRouting.get(routing);
  if (!ids) {
    ids = {
      // By the topic table, which finds an id without a set of 300 strings.
      topics: { has: (id) => routing.topics.numberOf(id) >= 0 },
      counters: new Set(routing.counters.map((counter) => counter.id)),
      sourceDesks: new Set(routing.sourceDeskIds),
      signalCategories: new Set(routing.signalCategoryIds),
    };
    idsOfRouting.set(routing, ids);
  }
  return ids;
}

export async function findPublished(db: D1Database, tenantId: string): Promise<Published> {
  const version = await findPublishedVersion(db, tenantId);
  if (!version) throw new ApiError('tenant_not_found');
  const { routingContent } = await tenantEngine(db, version);
  return { routing: routingContent, ids: knownIds(routingContent), content: () => tenantContent(db, version) };
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
