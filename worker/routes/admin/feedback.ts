/**
 * `GET /api/v1/tenants/{tenant}/feedback` (viewer) and `PATCH …/feedback/{id}` (editor): the
 * queue of corrections. Accepting can add the question with the expected answer to the draft's
 * test questions; dismissing keeps a short reason. The audit log records both.
 */
import { createRoute } from '@hono/zod-openapi';
import { findTestQuestionIssues, type TestQuestion } from '../../../core/content/test-questions';
import type { FeedbackItem } from '../../../core/feedback/feedback';
import { requireRole } from '../../auth/require-role';
import { draftContent, loadDraft } from '../../drafts/load-draft';
import { ApiError } from '../../errors/api-error';
import { refusePersonalData } from '../../errors/refuse-personal-data';
import { allowMethods } from '../../middleware/allow-methods';
import { limitBody } from '../../middleware/limit-body';
import { noStore } from '../../middleware/no-store';
import { appendAuditEntry } from '../../storage/audit-log';
import { closeFeedbackItem, findFeedbackItem, listFeedbackItems } from '../../storage/feedback';
import { appendTestQuestion } from '../../storage/test-questions';
import { findTenant } from '../../storage/tenants';
import { errorResponse, internalError, TenantParamsSchema, unsupportedMediaType } from '../api-schemas';
import {
  FeedbackItemResponseSchema,
  FeedbackListResponseSchema,
  FeedbackParamsSchema,
  FeedbackStatusQuerySchema,
  UpdateFeedbackSchema,
} from '../feedback-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors } from './admin-schemas';

const listRoute = createRoute({
  method: 'get',
  path: '/{tenant}/feedback',
  summary: 'The queue of corrections, grouped, newest first (viewer)',
  operationId: 'listFeedback',
  tags: ['Feedback'],
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema, query: FeedbackStatusQuerySchema },
  responses: {
    200: { description: 'The items with this status.', content: { 'application/json': { schema: FeedbackListResponseSchema } } },
    400: errorResponse('The tenant id or the status is malformed (`invalid_request`).'),
    ...authErrors,
    404: errorResponse('No tenant with this id (`tenant_not_found`).'),
    500: internalError,
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/{tenant}/feedback/{id}',
  summary: 'Accept a correction (and add it as a test question), or dismiss it (editor)',
  operationId: 'updateFeedback',
  tags: ['Feedback'],
  security: ADMIN_SECURITY,
  middleware: [requireRole('editor'), limitBody()] as const,
  request: {
    params: TenantParamsSchema.extend(FeedbackParamsSchema.shape),
    body: { required: true, content: { 'application/json': { schema: UpdateFeedbackSchema } } },
  },
  responses: {
    200: { description: 'The updated item.', content: { 'application/json': { schema: FeedbackItemResponseSchema } } },
    400: errorResponse('The status is not accepted or dismissed, or the body is malformed (`invalid_request`).'),
    ...authErrors,
    404: errorResponse('No tenant (`tenant_not_found`) or no item with this id (`feedback_not_found`).'),
    413: errorResponse('The body is over 1 MB (`payload_too_large`).'),
    415: unsupportedMediaType,
    422: errorResponse(
      'A test question needs a question and an expected counter that the draft has (`invalid_feedback`), or the reason holds personal data (`personal_data`).',
    ),
    500: internalError,
  },
});

const router = adminRouter();
// Which methods the list path allows is said by routes/tenant-feedback.ts, which shares it.
router.use(listRoute.getRoutingPath(), noStore());
router.use(updateRoute.getRoutingPath(), allowMethods('PATCH'), noStore());

/** The test question an item stands for, or why it cannot be one. */
function testQuestionOf(item: FeedbackItem, draft: Parameters<typeof findTestQuestionIssues>[1]): TestQuestion {
  if (item.question === null || item.expected === null) {
    throw new ApiError('invalid_feedback', {
      issues: [
        { path: 'addTestQuestion', message: 'Deze melding heeft geen vraag of geen juist loket. Voeg haar niet toe als testvraag.' },
      ],
    });
  }
  const question: TestQuestion = { question: item.question, ...item.expected };
  const issues = findTestQuestionIssues([question], draft).map((issue) => ({
    ...issue,
    path: issue.path.replace('questions.0', 'expected'),
  }));
  if (issues.length > 0) throw new ApiError('invalid_feedback', { issues });
  return question;
}

export const adminFeedback = router
  .openapi(listRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const { status } = c.req.valid('query');
    if (!(await findTenant(c.env.DB, tenant))) throw new ApiError('tenant_not_found');
    return c.json({ items: await listFeedbackItems(c.env.DB, tenant, status) }, 200);
  })
  .openapi(updateRoute, async (c) => {
    const { tenant, id } = c.req.valid('param');
    const change = c.req.valid('json');
    const item = await findFeedbackItem(c.env.DB, tenant, id);
    if (!item) throw new ApiError('feedback_not_found');

    const about = item.question === null ? `loket ${item.given.counterId ?? '–'}` : `"${item.question}"`;
    const audit = { tenantId: tenant, at: new Date().toISOString(), who: c.var.actor.label, action: 'feedback' as const };
    const statements: D1PreparedStatement[] = [];
    if (change.status === 'accepted') {
      statements.push(closeFeedbackItem(c.env.DB, tenant, id, { status: 'accepted', reason: null }));
      if (change.addTestQuestion) {
        const question = testQuestionOf(item, draftContent(await loadDraft(c.env.DB, tenant)));
        statements.push(appendTestQuestion(c.env.DB, tenant, question));
      }
      const added = change.addTestQuestion ? ', toegevoegd als testvraag' : '';
      statements.push(appendAuditEntry(c.env.DB, { ...audit, summary: `Melding aangenomen: ${about}${added}` }));
    } else {
      const reason = change.reason || null;
      if (reason !== null) refusePersonalData('reason', reason);
      statements.push(
        closeFeedbackItem(c.env.DB, tenant, id, { status: 'dismissed', reason }),
        appendAuditEntry(c.env.DB, { ...audit, summary: `Melding afgewezen: ${about}`, note: reason }),
      );
    }
    await c.env.DB.batch(statements);
    const updated = await findFeedbackItem(c.env.DB, tenant, id);
    if (!updated) throw new ApiError('feedback_not_found');
    return c.json(updated, 200);
  });
