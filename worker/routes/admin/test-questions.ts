/**
 * `GET/PUT /api/v1/tenants/{tenant}/test-questions`: the questions with their expected counter
 * that the admin runs against the draft before publishing. A save replaces the whole list.
 */
import { createRoute } from '@hono/zod-openapi';
import { findTestQuestionIssues, TestQuestionsSchema } from '../../../core/content/test-questions';
import { requireRole } from '../../auth/require-role';
import { draftContent, loadDraft } from '../../drafts/load-draft';
import { ApiError } from '../../errors/api-error';
import { unprocessableBodyHook } from '../../errors/body-hook';
import { allowMethods } from '../../middleware/allow-methods';
import { limitBody } from '../../middleware/limit-body';
import { noStore } from '../../middleware/no-store';
import { appendAuditEntry } from '../../storage/audit-log';
import { listTestQuestions, replaceTestQuestions } from '../../storage/test-questions';
import { findTenant } from '../../storage/tenants';
import { errorResponse, internalError, TenantParamsSchema, unsupportedMediaType } from '../api-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors } from './admin-schemas';

const QuestionsSchema = TestQuestionsSchema.openapi('TestQuestions', {
  description: 'In the order the admin keeps them; at most 500.',
});

const commonErrors = {
  400: errorResponse('The tenant id or the URL is malformed, or the body is not JSON.'),
  ...authErrors,
  404: errorResponse('No tenant with this id (`tenant_not_found`).'),
  500: internalError,
};

const getRoute = createRoute({
  method: 'get',
  path: '/{tenant}/test-questions',
  operationId: 'getTestQuestions',
  tags: ['Admin'],
  summary: "The tenant's test questions (viewer)",
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema },
  responses: {
    200: { description: 'The list; empty when none were saved.', content: { 'application/json': { schema: QuestionsSchema } } },
    ...commonErrors,
  },
});

const putRoute = createRoute({
  method: 'put',
  path: '/{tenant}/test-questions',
  operationId: 'saveTestQuestions',
  tags: ['Admin'],
  summary: "Replace the tenant's test questions (editor)",
  description: 'Each counterId and topicId must exist in the draft.',
  security: ADMIN_SECURITY,
  middleware: [requireRole('editor'), limitBody()] as const,
  request: {
    params: TenantParamsSchema,
    // Failures are a 422 `invalid_test_questions` with every issue (the hook below), not the shared 400.
    body: { required: true, content: { 'application/json': { schema: QuestionsSchema } } },
  },
  responses: {
    200: { description: 'Saved; the body is the list as stored.', content: { 'application/json': { schema: QuestionsSchema } } },
    ...commonErrors,
    413: errorResponse('The body is over 1 MB (`payload_too_large`).'),
    415: unsupportedMediaType,
    422: errorResponse('A question is empty or too long, there are over 500, or an id is not in the draft (`invalid_test_questions`).'),
  },
});

const router = adminRouter();
router.use(getRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'PUT'), noStore());

export const adminTestQuestions = router
  .openapi(getRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    if (!(await findTenant(c.env.DB, tenant))) throw new ApiError('tenant_not_found');
    return c.json({ questions: await listTestQuestions(c.env.DB, tenant) }, 200);
  })
  .openapi(
    putRoute,
    async (c) => {
      const { tenant } = c.req.valid('param');
      const { questions } = c.req.valid('json');
      const draft = draftContent(await loadDraft(c.env.DB, tenant));
      const issues = findTestQuestionIssues(questions, draft);
      if (issues.length > 0) throw new ApiError('invalid_test_questions', { issues });

      await c.env.DB.batch([
        ...replaceTestQuestions(c.env.DB, tenant, questions),
        appendAuditEntry(c.env.DB, {
          tenantId: tenant,
          at: new Date().toISOString(),
          who: c.var.actor.label,
          action: 'save',
          summary: `Testvragen opgeslagen: ${questions.length} ${questions.length === 1 ? 'vraag' : 'vragen'}`,
        }),
      ]);
      return c.json({ questions }, 200);
    },
    unprocessableBodyHook('invalid_test_questions'),
  );
