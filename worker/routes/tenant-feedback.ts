/**
 * `POST /api/v1/tenants/{tenant}/feedback`: "Klopt dit niet?" from the widget. Anonymous like a
 * signal: the question is stored only reduced, the comment only without personal data, and
 * nothing about the resident, the member of staff or the client (no address, no user agent).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { FEEDBACK_COMMENT_MAX_LENGTH, FEEDBACK_QUESTION_MAX_LENGTH } from '../../core/feedback/limits';
import { toHour } from '../../core/referrals/referral';
import { DAILY_CEILINGS, dailyCeiling } from '../abuse/daily-ceiling';
import type { AppEnv } from '../app-env';
import { ApiError, type ErrorIssue } from '../errors/api-error';
import { refusePersonalData } from '../errors/refuse-personal-data';
import { allowMethods } from '../middleware/allow-methods';
import { limitBody } from '../middleware/limit-body';
import { throttleWrites } from '../middleware/throttle';
import { widgetCors } from '../middleware/widget-cors';
import { checkId, findPublishedForRequest, type KnownIds } from '../referrals/published-content';
import { storableText, tenantWordsOf } from '../referrals/stored-text';
import { addFeedbackReport } from '../storage/feedback';
import { errorResponse, PUBLIC, TenantParamsSchema, widgetWriteResponses } from './api-schemas';
import { CreateFeedbackSchema, FeedbackCreatedSchema } from './feedback-schemas';

const createFeedbackRoute = createRoute({
  method: 'post',
  path: '/{tenant}/feedback',
  summary: 'Report a wrong answer of the assistant, with what was right',
  description:
    'Reports with the same reduced question, the same `given` and the same `expected` are one item of the admin’s queue, with a count. Stores the hour, never an address, user agent or member of staff.',
  operationId: 'createFeedback',
  tags: ['Feedback'],
  security: PUBLIC,
  middleware: [throttleWrites, limitBody()] as const,
  request: {
    params: TenantParamsSchema,
    body: { required: true, content: { 'application/json': { schema: CreateFeedbackSchema } } },
  },
  responses: {
    202: {
      description: 'Registered; `id` is the queue item it joined or opened.',
      content: { 'application/json': { schema: FeedbackCreatedSchema } },
    },
    400: errorResponse('A field is missing or malformed (`invalid_request`).'),
    422: errorResponse(
      'A topic, counter or desk the published content does not have (`invalid_feedback`), or a comment with personal data (`personal_data`). Nothing is stored.',
    ),
    ...widgetWriteResponses('feedback reports', DAILY_CEILINGS.feedback),
  },
});

const router = new OpenAPIHono<AppEnv>();
const postCors = widgetCors('POST');
// The path is shared with the admin's GET (routes/admin/feedback.ts), mounted after this router:
// the methods of both are allowed here, and only the widget's write gets the widget's CORS.
router.use(createFeedbackRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'POST', 'OPTIONS'), async (c, next) =>
  c.req.method === 'POST' || c.req.method === 'OPTIONS' ? postCors(c, next) : next(),
);

type FeedbackBody = ReturnType<typeof CreateFeedbackSchema.parse>;

function unknownIds({ given, expected, sourceDeskId }: FeedbackBody, ids: KnownIds): ErrorIssue[] {
  return [
    ...(given.topicId === null ? [] : checkId('given.topicId', given.topicId, ids, 'topics')),
    ...(given.counterId === null ? [] : checkId('given.counterId', given.counterId, ids, 'counters')),
    ...(expected === undefined ? [] : checkId('expected.counterId', expected.counterId, ids, 'counters')),
    ...(expected?.topicId === undefined ? [] : checkId('expected.topicId', expected.topicId, ids, 'topics')),
    ...(sourceDeskId === undefined ? [] : checkId('sourceDeskId', sourceDeskId, ids, 'sourceDesks')),
  ];
}

export const tenantFeedback = router.openapi(createFeedbackRoute, async (c) => {
  const { tenant } = c.req.valid('param');
  const body = c.req.valid('json');
  const { content, ids } = await findPublishedForRequest(c, tenant);
  const issues = unknownIds(body, ids);
  if (issues.length > 0) throw new ApiError('invalid_feedback', { issues });
  const typed = body.comment || null;
  if (typed !== null) refusePersonalData('comment', typed);
  await dailyCeiling(c.env.DB, tenant, 'feedback');

  // Stored only reduced, like every free text: names, addresses and plates become markers.
  const words = tenantWordsOf(await content());
  const question = storableText(body.question, words, FEEDBACK_QUESTION_MAX_LENGTH);
  const comment = typed === null ? null : storableText(typed, words, FEEDBACK_COMMENT_MAX_LENGTH);
  const id = await addFeedbackReport(c.env.DB, {
    tenantId: tenant,
    newItemId: crypto.randomUUID(),
    question,
    given: body.given,
    expected: body.expected ?? null,
    source: body.mode,
    sourceDeskId: body.sourceDeskId ?? null,
    comment,
    createdAt: toHour(new Date()),
  });
  return c.json({ id }, 202);
});
