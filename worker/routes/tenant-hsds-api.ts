/**
 * The HSDS 3.0 API under `/api/v1/tenants/{tenant}/hsds/`: every path of the Open Referral
 * reference (`../shared/hsds-3.0/schema/openapi.json`), answered from the published version's
 * directory, which is derived once per version (worker/storage/hsds-export.ts). Public, like the
 * whole export at `…/hsds`.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { HsdsRecords, PageQuery } from '../../core/io/hsds-api';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors/api-error';
import { allowMethods } from '../middleware/allow-methods';
import { publicCors } from '../middleware/public-cors';
import { loadHsdsRecords } from '../storage/hsds-export';
import { currentPublishedVersion } from '../tenants/published-version';
import { errorResponse, internalError, PUBLIC, tenantNotFound, TenantParamsSchema } from './api-schemas';

// As for the whole export: a publish shows within a minute.
const HEADERS = { 'Cache-Control': 'public, max-age=60' };
/** Base HSDS 3.0, no profile of our own: the reference itself. */
const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0';
const MAX_PER_PAGE = 500;

const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).openapi({ description: 'Page number, from 1.' }),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PER_PAGE)
    .default(50)
    .openapi({ description: `Records per page, 1 to ${MAX_PER_PAGE}.` }),
  search: z.string().max(200).optional().openapi({ description: 'Words that must all occur in the record (case and accents ignored).' }),
});

const idFilter = (description: string) => z.string().max(100).optional().openapi({ description });

const ServiceQuerySchema = PageQuerySchema.extend({
  organization_id: idFilter('Only services of this organization.'),
  taxonomy_id: idFilter('Only services with a term of this taxonomy.'),
  taxonomy_term_id: idFilter('Only services with this term (a UPL product).'),
});

const TermQuerySchema = PageQuerySchema.extend({
  taxonomy_id: idFilter('Only terms of this taxonomy.'),
  parent_id: idFilter('Only children of this term (the UPL is flat: none).'),
});

const RecordSchema = z.record(z.string(), z.unknown());

const PageSchema = z
  .object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(RecordSchema),
  })
  .openapi('HsdsPage', { description: 'The `Page` of the HSDS 3.0 API reference.' });

const IdParamsSchema = TenantParamsSchema.extend({
  id: z
    .string()
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The record’s UUID.' }),
});

const readErrors = {
  400: errorResponse('A parameter is malformed: `page`, `per_page`, `search`, a filter or the tenant id (`invalid_request`).'),
  404: tenantNotFound,
  500: internalError,
};

type ListQuerySchema = typeof PageQuerySchema | typeof ServiceQuerySchema | typeof TermQuerySchema;

function listRoute<Q extends ListQuerySchema>(path: string, operationId: string, summary: string, query: Q) {
  return createRoute({
    method: 'get',
    path: `/{tenant}/hsds/${path}`,
    operationId,
    tags: ['Directory'],
    security: PUBLIC,
    summary,
    request: { params: TenantParamsSchema, query },
    responses: {
      200: {
        description: 'One page of records, in the list shape of the HSDS 3.0 reference.',
        content: { 'application/json': { schema: PageSchema } },
      },
      ...readErrors,
    },
  });
}

function itemRoute(path: string, operationId: string, summary: string) {
  return createRoute({
    method: 'get',
    path: `/{tenant}/hsds/${path}/{id}`,
    operationId,
    tags: ['Directory'],
    security: PUBLIC,
    summary,
    request: { params: IdParamsSchema },
    responses: {
      200: { description: 'The record, valid against its HSDS 3.0 schema.', content: { 'application/json': { schema: RecordSchema } } },
      ...readErrors,
      404: errorResponse('No published tenant with this id (`tenant_not_found`), or no record with this id (`record_not_found`).'),
    },
  });
}

async function recordsOf(c: Context<AppEnv>, tenant: string): Promise<HsdsRecords> {
  const published = await currentPublishedVersion(c.env.DB, tenant);
  if (!published) throw new ApiError('tenant_not_found');
  return loadHsdsRecords(c.env.DB, published);
}

function pageOf({ page, per_page, search }: z.infer<typeof PageQuerySchema>): PageQuery {
  return { page, perPage: per_page, search };
}

function found<T>(record: T | undefined): T {
  if (record === undefined) throw new ApiError('record_not_found');
  return record;
}

const router = new OpenAPIHono<AppEnv>();
router.use('/:tenant/hsds/*', allowMethods('GET', 'HEAD', 'OPTIONS'), publicCors());

/**
 * The reference's `/`: which HSDS this API follows. Not in our OpenAPI document, because its path
 * ends in a slash (`…/hsds` is the whole export), which Redocly's recommended rules refuse; the
 * description of the export names it.
 */
router.get('/:tenant/hsds/', async (c) => {
  const params = TenantParamsSchema.safeParse({ tenant: c.req.param('tenant') });
  if (!params.success) throw new ApiError('invalid_tenant');
  await recordsOf(c, params.data.tenant);
  const openapiUrl = new URL('/api/v1/openapi.json', c.req.url).href;
  return c.json({ version: '3.0', profile: HSDS_PROFILE, openapi_url: openapiUrl }, 200, HEADERS);
});

export const tenantHsdsApi = router
  .openapi(listRoute('services', 'listHsdsServices', 'Services (counters), one page', ServiceQuerySchema), async (c) => {
    const query = c.req.valid('query');
    return c.json((await recordsOf(c, c.req.valid('param').tenant)).services(pageOf(query), query), 200, HEADERS);
  })
  .openapi(itemRoute('services', 'getHsdsService', 'One service, fully nested'), async (c) => {
    const { tenant, id } = c.req.valid('param');
    return c.json(found((await recordsOf(c, tenant)).service(id)), 200, HEADERS);
  })
  .openapi(listRoute('organizations', 'listHsdsOrganizations', 'Organizations, one page', PageQuerySchema), async (c) => {
    const query = c.req.valid('query');
    return c.json((await recordsOf(c, c.req.valid('param').tenant)).organizations(pageOf(query)), 200, HEADERS);
  })
  .openapi(itemRoute('organizations', 'getHsdsOrganization', 'One organization'), async (c) => {
    const { tenant, id } = c.req.valid('param');
    return c.json(found((await recordsOf(c, tenant)).organization(id)), 200, HEADERS);
  })
  .openapi(
    listRoute('service_at_locations', 'listHsdsServiceAtLocations', 'Services at locations, one page', ServiceQuerySchema),
    async (c) => {
      const query = c.req.valid('query');
      return c.json((await recordsOf(c, c.req.valid('param').tenant)).serviceAtLocations(pageOf(query), query), 200, HEADERS);
    },
  )
  .openapi(itemRoute('service_at_locations', 'getHsdsServiceAtLocation', 'One service at a location'), async (c) => {
    const { tenant, id } = c.req.valid('param');
    return c.json(found((await recordsOf(c, tenant)).serviceAtLocation(id)), 200, HEADERS);
  })
  .openapi(listRoute('taxonomies', 'listHsdsTaxonomies', 'Taxonomies (UPL), one page', PageQuerySchema), async (c) => {
    const query = c.req.valid('query');
    return c.json((await recordsOf(c, c.req.valid('param').tenant)).taxonomies(pageOf(query)), 200, HEADERS);
  })
  .openapi(itemRoute('taxonomies', 'getHsdsTaxonomy', 'One taxonomy'), async (c) => {
    const { tenant, id } = c.req.valid('param');
    return c.json(found((await recordsOf(c, tenant)).taxonomy(id)), 200, HEADERS);
  })
  .openapi(listRoute('taxonomy_terms', 'listHsdsTaxonomyTerms', 'Taxonomy terms (UPL products), one page', TermQuerySchema), async (c) => {
    const query = c.req.valid('query');
    return c.json((await recordsOf(c, c.req.valid('param').tenant)).taxonomyTerms(pageOf(query), query), 200, HEADERS);
  })
  .openapi(itemRoute('taxonomy_terms', 'getHsdsTaxonomyTerm', 'One taxonomy term'), async (c) => {
    const { tenant, id } = c.req.valid('param');
    return c.json(found((await recordsOf(c, tenant)).taxonomyTerm(id)), 200, HEADERS);
  });
