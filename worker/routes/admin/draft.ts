/**
 * `GET/PUT /api/v1/tenants/{tenant}/draft`: the working copy that admins edit. Saving needs the
 * ETag the client read (If-Match), so a save never silently overwrites a colleague's.
 */
import { createRoute } from '@hono/zod-openapi';
import { ContentSchema } from '../../../core/content/schema';
import { requireRole } from '../../auth/require-role';
import { draftContent, loadDraft } from '../../drafts/load-draft';
import { saveDraft } from '../../drafts/save-draft';
import { unprocessableBodyHook } from '../../errors/body-hook';
import { ApiError } from '../../errors/api-error';
import { ifMatchRequired, requireIfMatch } from '../../http/if-match';
import { allowMethods } from '../../middleware/allow-methods';
import { limitBody } from '../../middleware/limit-body';
import { noStore } from '../../middleware/no-store';
import { errorResponse, internalError, tenantNotFound, TenantParamsSchema, unsupportedMediaType } from '../api-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors, draftEtagHeader, IfMatchHeaderSchema } from './admin-schemas';

const DraftSchema = ContentSchema.openapi('Content');

const getDraftRoute = createRoute({
  method: 'get',
  path: '/{tenant}/draft',
  operationId: 'getDraft',
  tags: ['Admin'],
  summary: "The tenant's draft content (viewer)",
  description: 'Until the first save, the draft is the published content.',
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema },
  responses: {
    200: {
      description: 'The draft, in the shape of data/voorbeeldstad.json.',
      headers: draftEtagHeader,
      content: { 'application/json': { schema: DraftSchema } },
    },
    400: errorResponse('The tenant id or the URL is malformed.'),
    ...authErrors,
    404: tenantNotFound,
    500: internalError,
  },
});

const putDraftRoute = createRoute({
  method: 'put',
  path: '/{tenant}/draft',
  operationId: 'saveDraft',
  tags: ['Admin'],
  summary: "Save the tenant's draft (editor)",
  description: 'Needs `If-Match` with the ETag of the draft the change is based on. The public answers do not change until a publish.',
  security: ADMIN_SECURITY,
  middleware: [requireRole('editor'), limitBody(), ifMatchRequired()] as const,
  request: {
    params: TenantParamsSchema,
    headers: IfMatchHeaderSchema,
    // Failures are a 422 `invalid_content` with every issue (the hook below), not the shared 400.
    body: { required: true, content: { 'application/json': { schema: DraftSchema } } },
  },
  responses: {
    200: {
      description: 'Saved; the body is the draft as stored.',
      headers: draftEtagHeader,
      content: { 'application/json': { schema: DraftSchema } },
    },
    400: errorResponse('The body is not JSON, or the tenant id or the URL is malformed.'),
    ...authErrors,
    404: tenantNotFound,
    412: errorResponse('Someone saved the draft since this ETag (`draft_changed`); the answer carries the current `ETag`.'),
    413: errorResponse('The body is over 1 MB (`payload_too_large`).'),
    415: unsupportedMediaType,
    422: errorResponse('The content is invalid (`invalid_content`); `issues` name each path. The draft is unchanged.'),
    428: errorResponse('`If-Match` is missing or `*` (`precondition_required`): name the ETag of the draft the change is based on.'),
    500: internalError,
  },
});

const router = adminRouter();
router.use(getDraftRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'PUT'), noStore());

export const adminDraft = router
  .openapi(getDraftRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const draft = await loadDraft(c.env.DB, tenant);
    return c.json(draftContent(draft), 200, { ETag: draft.etag });
  })
  .openapi(
    putDraftRoute,
    async (c) => {
      const { tenant } = c.req.valid('param');
      // ifMatchRequired() answered 428 already; this narrows the header to the ETag.
      const ifMatch = requireIfMatch(c.req.valid('header')['if-match']);
      const content = c.req.valid('json');
      // The content names its tenant; a draft for another tenant would be published there.
      if (content.tenant.id !== tenant) {
        throw new ApiError('invalid_content', {
          issues: [{ path: 'tenant.id', message: `De id van de gemeente moet "${tenant}" zijn, zoals in het adres.` }],
        });
      }
      const draft = await saveDraft(c.env.DB, content, { ifMatch, actor: c.var.actor, now: new Date(), action: 'save' });
      // The same bytes as the stored draft: both are JSON.stringify(content).
      return c.json(content, 200, { ETag: draft.etag });
    },
    unprocessableBodyHook('invalid_content'),
  );
