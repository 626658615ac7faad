/**
 * `GET/POST /api/v1/tenants/{tenant}/draft/topics.csv`: the draft's topics as CSV for Excel, and
 * importing them back: a preview of what would change with row-numbered errors, and with
 * `apply=true` (and `If-Match`) the import itself.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { planTopicImport } from '../../../core/content/topic-import';
import { TOPIC_COLUMNS, topicsToCsv } from '../../../core/io/topics-csv';
import { requireRole } from '../../auth/require-role';
import { draftContent, loadDraft } from '../../drafts/load-draft';
import { assertDraftMatches, saveDraftOver } from '../../drafts/save-draft';
import { ApiError } from '../../errors/api-error';
import { requireIfMatch } from '../../http/if-match';
import { allowMethods } from '../../middleware/allow-methods';
import { limitBody } from '../../middleware/limit-body';
import { noStore } from '../../middleware/no-store';
import { errorResponse, internalError, tenantNotFound, TenantParamsSchema } from '../api-schemas';
import { ADMIN_SECURITY, adminRouter, authErrors, draftEtagHeader, IfMatchHeaderSchema } from './admin-schemas';

const ImportQuerySchema = z.object({
  apply: z
    .enum(['true', 'false'], { error: 'Kies apply=false (alleen bekijken) of apply=true (importeren).' })
    .default('false')
    .openapi({ description: "`false`: only show what would change. `true`: replace the draft's topics (needs If-Match)." }),
});

const ImportReportSchema = z
  .object({
    changes: z.object({
      added: z.array(z.string()),
      removed: z.array(z.string()),
      changed: z.array(z.object({ id: z.string(), fields: z.array(z.enum(TOPIC_COLUMNS)) })),
    }),
    errors: z.array(
      z.object({
        row: z.number().int().min(1).openapi({ description: 'As Excel numbers rows: the header is row 1.' }),
        column: z.enum(TOPIC_COLUMNS).nullable(),
        message: z.string(),
      }),
    ),
  })
  .openapi('TopicImportReport');

const commonErrors = {
  400: errorResponse('The tenant id or the URL is malformed.'),
  ...authErrors,
  404: tenantNotFound,
  500: internalError,
};

const exportRoute = createRoute({
  method: 'get',
  path: '/{tenant}/draft/topics.csv',
  operationId: 'exportTopicsCsv',
  tags: ['Admin'],
  summary: "The draft's topics as CSV for Excel (viewer)",
  description:
    'Columns id;domain;title_nl;title_en;counter;counter_name;digitalHelp;digitalHelp_name;keywords;uplUris (keywords and UPL URIs joined with `|`). UTF-8 with BOM, `;`, CRLF. The two `_name` columns are for reading only: import uses the ids and ignores them; uplUris may be absent on import (the topics then keep theirs).',
  security: ADMIN_SECURITY,
  middleware: [requireRole('viewer')] as const,
  request: { params: TenantParamsSchema },
  responses: {
    200: { description: 'The CSV file.', content: { 'text/csv': { schema: z.string() } } },
    ...commonErrors,
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/{tenant}/draft/topics.csv',
  operationId: 'importTopicsCsv',
  tags: ['Admin'],
  summary: 'Preview or import topics from CSV (editor)',
  description:
    'Accepts `;` or `,` as separator, with or without BOM; keywords in one cell joined with `|`; counters by id (name columns are ignored, so a file without them imports the same). The import replaces all topics of the draft.',
  security: ADMIN_SECURITY,
  middleware: [requireRole('editor'), limitBody()] as const,
  request: {
    params: TenantParamsSchema,
    query: ImportQuerySchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { 'text/csv': { schema: z.string() } } },
  },
  responses: {
    200: {
      description: 'What the import changes (or would change) and the errors per row. With apply=true the draft is saved.',
      headers: draftEtagHeader,
      content: { 'application/json': { schema: ImportReportSchema } },
    },
    ...commonErrors,
    412: errorResponse('With apply=true: someone saved the draft since this ETag (`draft_changed`).'),
    413: errorResponse('The file is over 1 MB (`payload_too_large`).'),
    422: errorResponse(
      'With apply=true: the file has errors (`invalid_csv`); `issues` name them as `rows.3.counter`. Nothing is imported.',
    ),
    428: errorResponse('With apply=true: `If-Match` is missing or `*` (`precondition_required`).'),
  },
});

const router = adminRouter();
router.use(exportRoute.getRoutingPath(), allowMethods('GET', 'HEAD', 'POST'), noStore());

export const adminTopicsCsv = router
  .openapi(exportRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const draft = draftContent(await loadDraft(c.env.DB, tenant));
    return c.body(topicsToCsv(draft.topics, draft.counters), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="onderwerpen-${tenant}.csv"`,
    });
  })
  .openapi(importRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const apply = c.req.valid('query').apply === 'true';
    const ifMatch = apply ? requireIfMatch(c.req.valid('header')['if-match']) : null;

    const current = await loadDraft(c.env.DB, tenant);
    if (ifMatch !== null) assertDraftMatches(ifMatch, current);

    const currentContent = draftContent(current);
    const plan = planTopicImport(currentContent, await c.req.text());
    const report = { changes: plan.changes, errors: plan.errors };
    if (ifMatch === null) return c.json(report, 200);

    if (!plan.content) {
      throw new ApiError('invalid_csv', {
        issues: plan.errors.map((error) => ({
          path: ['rows', error.row, error.column].filter((part) => part !== null).join('.'),
          message: error.message,
        })),
      });
    }
    // Saved only over the draft the plan was made from.
    const draft = await saveDraftOver(c.env.DB, { draft: current, content: currentContent }, plan.content, {
      actor: c.var.actor,
      now: new Date(),
      action: 'import',
      summaryPrefix: 'Onderwerpen uit CSV',
    });
    return c.json(report, 200, { ETag: draft.etag });
  });
