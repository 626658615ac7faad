/**
 * `POST /api/v1/tenants/{tenant}/signals`: anonymous signals from the widget. A question that
 * found no topic, a clarification the user abandoned (both keep the question text only in its
 * reduced form: names, streets, plates and other personal data replaced by markers), or signal
 * categories a desk registers without a referral.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { toHour } from '../../core/referrals/referral';
import { DAILY_CEILINGS, dailyCeiling } from '../abuse/daily-ceiling';
import type { AppEnv } from '../app-env';
import { ApiError, type ErrorIssue } from '../errors/api-error';
import { allowMethods } from '../middleware/allow-methods';
import { limitBody } from '../middleware/limit-body';
import { throttleWrites } from '../middleware/throttle';
import { widgetCors } from '../middleware/widget-cors';
import { checkId, checkIds, findPublishedForRequest, type KnownIds } from '../referrals/published-content';
import { storableText, tenantWordsOf } from '../referrals/stored-text';
import { insertSignal, type NewSignal } from '../storage/signals';
import { errorResponse, PUBLIC, TenantParamsSchema, widgetWriteResponses } from './api-schemas';
import { SignalSchema } from './referral-schemas';

const signalRoute = createRoute({
  method: 'post',
  path: '/{tenant}/signals',
  operationId: 'createSignal',
  tags: ['Referrals'],
  security: PUBLIC,
  summary: 'Register a signal: an unanswered question, an abandoned clarification, or signal categories',
  description:
    'A question with personal data is not refused: it is kept in its reduced form, with names, street addresses, licence plates and other personal data replaced by markers (`[naam]`, `[adres]`, `[kenteken]`, `[bsn]`, …). Nothing identifies the resident or the member of staff.',
  middleware: [throttleWrites, limitBody()] as const,
  request: {
    params: TenantParamsSchema,
    body: { required: true, content: { 'application/json': { schema: SignalSchema } } },
  },
  responses: {
    202: { description: 'Registered.', content: { 'application/json': { schema: z.object({}).openapi('Accepted') } } },
    400: errorResponse('The kind is unknown, or a field is missing or malformed (`invalid_request`).'),
    422: errorResponse('A topic, signal category or desk the published content does not have (`invalid_signal`).'),
    ...widgetWriteResponses('signals', DAILY_CEILINGS.signal),
  },
});

const router = new OpenAPIHono<AppEnv>();
router.use(signalRoute.getRoutingPath(), allowMethods('POST', 'OPTIONS'), widgetCors('POST'));

/** The longest question the signals table keeps. */
const QUESTION_MAX_LENGTH = 500;

type SignalBody = z.infer<typeof SignalSchema>;

/** The record to store, and what in the body the published content does not know. */
async function toSignal(
  tenantId: string,
  body: SignalBody,
  ids: KnownIds,
  /** The tenant's words, read only for a question: a category signal needs no content. */
  words: () => Promise<ReadonlySet<string>>,
  createdAt: string,
): Promise<{ signal: NewSignal; issues: ErrorIssue[] }> {
  const common = { tenantId, createdAt };
  if (body.kind === 'category') {
    const categoryIds = [...new Set(body.signalIds)];
    const sourceDeskId = body.sourceDeskId ?? null;
    return {
      signal: { ...common, kind: 'category', mode: body.mode ?? 'desk', question: null, topicIds: [], categoryIds, sourceDeskId },
      issues: [
        ...checkIds('signalIds', categoryIds, ids, 'signalCategories'),
        ...(sourceDeskId === null ? [] : checkId('sourceDeskId', sourceDeskId, ids, 'sourceDesks')),
      ],
    };
  }
  const topicIds = [...new Set(body.topicIds ?? [])];
  return {
    signal: {
      ...common,
      kind: body.kind,
      mode: body.mode,
      question: body.question ? storableText(body.question, await words(), QUESTION_MAX_LENGTH) : null,
      topicIds,
      categoryIds: [],
      sourceDeskId: null,
    },
    issues: checkIds('topicIds', topicIds, ids, 'topics'),
  };
}

export const tenantSignals = router.openapi(signalRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const { content, ids } = await findPublishedForRequest(c, tenant);
  const words = async () => tenantWordsOf(await content());
  const { signal, issues } = await toSignal(tenant, c.req.valid('json'), ids, words, toHour(new Date()));
  if (issues.length > 0) throw new ApiError('invalid_signal', { issues });
  await dailyCeiling(c.env.DB, tenant, 'signal');
  await insertSignal(c.env.DB, signal).run();
  return c.json({}, 202);
});
