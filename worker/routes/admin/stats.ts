/**
 * `GET /api/v1/tenants/{tenant}/stats` and `stats.csv`: the figures of referrals and signals over
 * a range of Amsterdam calendar days (viewer). The last 12 weeks when no range is given.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { StatsSchema } from '../../../core/api/stats';
import { addDays, amsterdamDate, amsterdamMidnight } from '../../../core/referrals/amsterdam-calendar';
import { computeStats } from '../../../core/referrals/stats';
import { referralsToCsv } from '../../../core/referrals/stats-csv';
import { DAILY_CEILINGS } from '../../abuse/daily-ceiling';
import { requireRole } from '../../auth/require-role';
import { ApiError } from '../../errors/api-error';
import { allowMethods } from '../../middleware/allow-methods';
import { noStore } from '../../middleware/no-store';
import { findPublished } from '../../referrals/published-content';
import { listCorrectionFacts } from '../../storage/feedback';
import { listDailyCountsOver } from '../../storage/daily-writes';
import { listReferralFacts } from '../../storage/referrals';
import { listSignalFacts } from '../../storage/signals';
import { errorResponse, internalError, tenantNotFound, TenantParamsSchema } from '../api-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors } from './admin-schemas';

/** 12 weeks, today included. */
const DEFAULT_DAYS = 84;
const MAX_YEARS = 2;

const dateParam = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Schrijf een datum als JJJJ-MM-DD.')
    // Amsterdam's offset is whole hours only since 1940, and no record is older than the product.
    .regex(/^2\d{3}-/, 'Kies een datum vanaf het jaar 2000.')
    // zod runs a refinement after a failed check too, so it tests the form again before it calculates.
    .refine(
      (date) => /^2\d{3}-\d{2}-\d{2}$/.test(date) && date < '2999-12-31' && addDays(date, 0).date === date,
      'Deze datum bestaat niet.',
    )
    .optional()
    .openapi({ description, example: '2026-11-01' });

const RangeQuerySchema = z.object({
  from: dateParam('First day, inclusive, in Europe/Amsterdam. Default: 83 days before `to`.'),
  to: dateParam('Last day, inclusive, in Europe/Amsterdam. Default: today.'),
});

const commonResponses = {
  400: errorResponse(
    'A date is malformed (`invalid_request`), or `to` is before `from` or the range is over 2 years (`invalid_date_range`).',
  ),
  ...authErrors,
  404: tenantNotFound,
  500: internalError,
};

const statsRoute = createRoute({
  method: 'get',
  path: '/{tenant}/stats',
  operationId: 'getStats',
  tags: ['Admin'],
  summary: 'Figures of referrals and signals (viewer)',
  description:
    '`ceilingsReached` names the days on which the tenant received more signals, referrals or feedback than its daily ceiling: possibly abuse.',
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema, query: RangeQuerySchema },
  responses: {
    200: { description: 'The figures of the range.', content: { 'application/json': { schema: StatsSchema.openapi('Stats') } } },
    ...commonResponses,
  },
});

const statsCsvRoute = createRoute({
  method: 'get',
  path: '/{tenant}/stats.csv',
  operationId: 'exportStatsCsv',
  tags: ['Admin'],
  summary: 'Referral counts as CSV for Excel (viewer)',
  description: `Columns week;loket_id;loket;onderwerp_id;onderwerp;balie_id;balie;status;digitale_hulp;aantal. UTF-8 with BOM, \`;\`, CRLF. Rows with status \`advies-gecorrigeerd\` count per week how often staff corrected that counter's advice (feedback).`,
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema, query: RangeQuerySchema },
  responses: {
    200: { description: 'The CSV file.', content: { 'text/csv': { schema: z.string() } } },
    ...commonResponses,
  },
});

const router = adminRouter();
router.use(statsRoute.getRoutingPath(), allowMethods('GET', 'HEAD'), noStore());
router.use(statsCsvRoute.getRoutingPath(), allowMethods('GET', 'HEAD'), noStore());

interface Range {
  from: string;
  to: string;
}

function resolveRange(query: { from?: string; to?: string }, now: Date): Range {
  const to = query.to ?? amsterdamDate(now);
  const from = query.from ?? addDays(to, 1 - DEFAULT_DAYS).date;
  const latest = `${String(Number(from.slice(0, 4)) + MAX_YEARS).padStart(4, '0')}${from.slice(4)}`;
  if (to < from || to > latest) throw new ApiError('invalid_date_range');
  return { from, to };
}

async function loadFacts(db: D1Database, tenant: string, { from, to }: Range) {
  const since = amsterdamMidnight(from);
  const until = amsterdamMidnight(addDays(to, 1).date);
  const [published, referrals, signals, corrections, overCeiling] = await Promise.all([
    findPublished(db, tenant),
    listReferralFacts(db, tenant, since, until),
    listSignalFacts(db, tenant, since, until),
    listCorrectionFacts(db, tenant, since, until),
    listDailyCountsOver(db, tenant, from, to, DAILY_CEILINGS),
  ]);
  const ceilingsReached = overCeiling.map(({ day, kind }) => ({ date: day, kind, ceiling: DAILY_CEILINGS[kind] }));
  return { content: await published.content(), referrals, signals, corrections, ceilingsReached };
}

function nameLookup(items: readonly { id: string; name: string }[]): (id: string) => string | undefined {
  const names = new Map(items.map((item) => [item.id, item.name]));
  return (id) => names.get(id);
}

export const adminStats = router
  .openapi(statsRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const range = resolveRange(c.req.valid('query'), new Date());
    const { content, referrals, signals, corrections, ceilingsReached } = await loadFacts(c.env.DB, tenant, range);
    const domains = new Map(content.topics.map((topic) => [topic.id, topic.domain]));
    return c.json(
      computeStats({ ...range, referrals, signals, corrections, ceilingsReached, domainOf: (topicId) => domains.get(topicId) }),
      200,
    );
  })
  .openapi(statsCsvRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const range = resolveRange(c.req.valid('query'), new Date());
    const { content, referrals, corrections } = await loadFacts(c.env.DB, tenant, range);
    const names = {
      counter: nameLookup(content.counters),
      topic: nameLookup(content.topics.map((topic) => ({ id: topic.id, name: topic.title.nl }))),
      sourceDesk: nameLookup(content.sourceDesks),
    };
    const csv = referralsToCsv(referrals, names, corrections);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="verwijzingen-${tenant}-${range.from}-${range.to}.csv"`,
    });
  });
