/**
 * `/api/v1/tenants/{tenant}/referrals`: a desk records an anonymous referral and gets a code for
 * the slip; the receiving counter looks the code up and marks what happened. Public, throttled per
 * client, callable from the sites the tenant lists (CORS, see widget-cors.ts), and never a cookie.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CreatedReferralSchema, ReferralSchema, type Referral } from '../../core/api/referrals';
import {
  codeExpiresAt,
  isCodeExpired,
  needsBetterCounter,
  NOTE_MAX_LENGTH,
  toHour,
  type ConfirmationStatus,
} from '../../core/referrals/referral';
import { formatCode, generateCode, normaliseCode } from '../../core/referrals/referral-code';
import { DAILY_CEILINGS, dailyCeiling } from '../abuse/daily-ceiling';
import type { AppEnv } from '../app-env';
import { sha256Hex } from '../auth/token-hash';
import { ApiError, type ErrorIssue } from '../errors/api-error';
import { refusePersonalData } from '../errors/refuse-personal-data';
import { allowMethods } from '../middleware/allow-methods';
import { limitBody } from '../middleware/limit-body';
import { noStore } from '../middleware/no-store';
import { throttleCodes, throttleWrites } from '../middleware/throttle';
import { widgetCors } from '../middleware/widget-cors';
import { checkId, checkIds, findPublishedForRequest } from '../referrals/published-content';
import { storableText, tenantWordsOf } from '../referrals/stored-text';
import { addFeedbackReport } from '../storage/feedback';
import { findReferral, insertReferral, updateReferralStatus, type StoredReferral } from '../storage/referrals';
import {
  errorResponse,
  internalError,
  originNotAllowed,
  payloadTooLarge,
  PUBLIC,
  TenantParamsSchema,
  tooManyRequests,
  unsupportedMediaType,
  widgetWriteResponses,
} from './api-schemas';
import { CodeParamsSchema, CreateReferralSchema, UpdateReferralSchema } from './referral-schemas';

/** A clash of two 49-bit codes is astronomically rare; a few tries make it impossible in practice. */
const CODE_ATTEMPTS = 3;

const tooMany = tooManyRequests(
  'Too many code look-ups and confirmations from this client (`too_many_requests`): 30 a minute per client (an IPv4 address or an IPv6 /64) over all tenants together; a confirmation without an `Origin` header also counts against 10 writes a minute. Wait for `Retry-After` seconds.',
);

const createReferralRoute = createRoute({
  method: 'post',
  path: '/{tenant}/referrals',
  operationId: 'createReferral',
  tags: ['Referrals'],
  security: PUBLIC,
  summary: 'Record a referral and get its code for the slip',
  description:
    'Stores an anonymous record: topic, counter, source desk, digital help, signal categories and the note, with the hour it was made. No IP address, user agent or sign-in. The note is kept in its reduced form: names, street addresses and licence plates become `[naam]`, `[adres]` and `[kenteken]`; a note with a BSN, e-mail address, phone number, IBAN, postcode with house number or date of birth is refused.',
  middleware: [throttleWrites, limitBody()] as const,
  request: {
    params: TenantParamsSchema,
    body: { required: true, content: { 'application/json': { schema: CreateReferralSchema } } },
  },
  responses: {
    201: {
      description: 'The code, the URL for the QR code, and when the code expires (60 days).',
      content: { 'application/json': { schema: CreatedReferralSchema.openapi('CreatedReferral') } },
    },
    400: errorResponse('A field is missing or malformed, or the note is over 280 characters (`invalid_request`).'),
    422: errorResponse(
      'A topic, counter, desk or signal category the published content does not have (`invalid_referral`), or a note with personal data (`personal_data`). Nothing is stored.',
    ),
    ...widgetWriteResponses('referrals', DAILY_CEILINGS.referral),
  },
});

const getReferralRoute = createRoute({
  method: 'get',
  path: '/{tenant}/referrals/{code}',
  operationId: 'getReferral',
  tags: ['Referrals'],
  security: PUBLIC,
  summary: 'What a code refers to, before the receiving counter confirms it',
  middleware: [throttleCodes] as const,
  request: { params: TenantParamsSchema.extend(CodeParamsSchema.shape) },
  responses: {
    200: {
      description: "The referral with the referring desk's note, without the source desk.",
      content: { 'application/json': { schema: ReferralSchema.openapi('Referral') } },
    },
    400: errorResponse('The tenant id or the URL is malformed.'),
    404: errorResponse('No referral with this code, or the code expired after 60 days (`referral_not_found`).'),
    403: originNotAllowed,
    429: tooMany,
    500: internalError,
  },
});

const updateReferralRoute = createRoute({
  method: 'patch',
  path: '/{tenant}/referrals/{code}',
  operationId: 'updateReferral',
  tags: ['Referrals'],
  security: PUBLIC,
  summary: 'Mark what happened: arrived, helped, referred-on or not-for-us',
  middleware: [throttleCodes, limitBody()] as const,
  request: {
    params: TenantParamsSchema.extend(CodeParamsSchema.shape),
    body: { required: true, content: { 'application/json': { schema: UpdateReferralSchema } } },
  },
  responses: {
    200: { description: 'The updated referral.', content: { 'application/json': { schema: ReferralSchema.openapi('Referral') } } },
    400: errorResponse('The status is not one of the four, or the body is malformed (`invalid_request`).'),
    404: errorResponse('No published tenant (`tenant_not_found`), or no referral with this code or it expired (`referral_not_found`).'),
    413: payloadTooLarge,
    415: unsupportedMediaType,
    422: errorResponse(
      '`betterCounterId` is missing with referred-on or not-for-us, given with arrived or helped, unknown, or the referral’s own counter (`invalid_referral`).',
    ),
    403: originNotAllowed,
    429: tooMany,
    500: internalError,
  },
});

const router = new OpenAPIHono<AppEnv>();
// Registered before the routes, so they see every method: preflight and 405 included.
router.use(createReferralRoute.getRoutingPath(), allowMethods('POST', 'OPTIONS'), widgetCors('POST'));
router.use(
  getReferralRoute.getRoutingPath(),
  allowMethods('GET', 'HEAD', 'PATCH', 'OPTIONS'),
  widgetCors('GET', 'HEAD', 'PATCH'),
  noStore(),
);

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

function toReferral(code: string, stored: StoredReferral): Referral {
  return {
    code: formatCode(code),
    topicId: stored.topicId,
    counterId: stored.counterId,
    digitalHelp: stored.digitalHelp,
    status: stored.status,
    betterCounterId: stored.betterCounterId,
    createdAt: stored.createdAt,
    expiresAt: codeExpiresAt(stored.createdAt),
    note: stored.note,
  };
}

/** "Niet voor ons" with a better counter, not said before in the same words: the table may be wrong. */
function isNewNotForUs(before: StoredReferral, status: ConfirmationStatus, betterCounterId: string | null): boolean {
  return status === 'not-for-us' && !(before.status === status && before.betterCounterId === betterCounterId);
}

/** The receiving counter's correction joins the admin's queue of feedback, without a question. */
async function reportNotForUs(db: D1Database, tenant: string, referral: StoredReferral, now: Date): Promise<void> {
  await addFeedbackReport(db, {
    tenantId: tenant,
    newItemId: crypto.randomUUID(),
    question: null,
    given: { topicId: referral.topicId, counterId: referral.counterId, basis: 'table' },
    expected: referral.betterCounterId === null ? null : { counterId: referral.betterCounterId },
    source: 'receiving-counter',
    sourceDeskId: null,
    comment: null,
    createdAt: toHour(now),
  });
}

/** The referral behind a typed code, or null when there is none or it expired. */
async function findLiveReferral(db: D1Database, tenant: string, typed: string, now: Date) {
  const code = normaliseCode(typed);
  if (code === null) return null;
  const codeHash = await sha256Hex(code);
  const stored = await findReferral(db, tenant, codeHash);
  return stored && !isCodeExpired(stored.createdAt, now) ? { code, codeHash, stored } : null;
}

export const tenantReferrals = router
  .openapi(createReferralRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const body = c.req.valid('json');
    const { content, ids } = await findPublishedForRequest(c, tenant);
    const signalIds = [...new Set(body.signalIds ?? [])];
    const issues: ErrorIssue[] = [
      ...checkId('topicId', body.topicId, ids, 'topics'),
      ...checkId('counterId', body.counterId, ids, 'counters'),
      ...checkId('sourceDeskId', body.sourceDeskId, ids, 'sourceDesks'),
      ...checkIds('signalIds', signalIds, ids, 'signalCategories'),
    ];
    if (issues.length > 0) throw new ApiError('invalid_referral', { issues });
    const typed = body.note?.trim() || null;
    if (typed !== null) refusePersonalData('note', typed);
    const note = typed === null ? null : storableText(typed, tenantWordsOf(await content()), NOTE_MAX_LENGTH);
    await dailyCeiling(c.env.DB, tenant, 'referral');

    const createdAt = toHour(new Date());
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = generateCode(randomBytes);
      const { meta } = await insertReferral(c.env.DB, {
        tenantId: tenant,
        codeHash: await sha256Hex(code),
        topicId: body.topicId,
        counterId: body.counterId,
        sourceDeskId: body.sourceDeskId,
        digitalHelp: body.digitalHelp ?? false,
        signalIds,
        note,
        createdAt,
      }).run();
      if (meta.changes === 1) {
        const confirmUrl = new URL('/ontvangst', c.req.url);
        confirmUrl.search = new URLSearchParams({ code, tenant }).toString();
        return c.json({ code: formatCode(code), confirmUrl: confirmUrl.href, expiresAt: codeExpiresAt(createdAt) }, 201);
      }
    }
    throw new Error(`No free referral code for ${tenant} after ${CODE_ATTEMPTS} attempts`);
  })
  .openapi(getReferralRoute, async (c) => {
    const { tenant, code } = c.req.valid('param');
    const found = await findLiveReferral(c.env.DB, tenant, code, new Date());
    if (!found) throw new ApiError('referral_not_found');
    return c.json(toReferral(found.code, found.stored), 200);
  })
  .openapi(updateReferralRoute, async (c) => {
    const { tenant, code } = c.req.valid('param');
    const { status, betterCounterId = null } = c.req.valid('json');
    const { ids } = await findPublishedForRequest(c, tenant);
    const now = new Date();
    const found = await findLiveReferral(c.env.DB, tenant, code, now);
    if (!found) throw new ApiError('referral_not_found');

    const issues: ErrorIssue[] = [];
    if (needsBetterCounter(status)) {
      if (betterCounterId === null) issues.push({ path: 'betterCounterId', message: 'Kies het loket dat beter past.' });
      else if (betterCounterId === found.stored.counterId)
        issues.push({ path: 'betterCounterId', message: 'Kies een ander loket dan het loket van de verwijzing.' });
      else issues.push(...checkId('betterCounterId', betterCounterId, ids, 'counters'));
    } else if (betterCounterId !== null) {
      issues.push({ path: 'betterCounterId', message: 'Een beter loket hoort alleen bij referred-on of not-for-us.' });
    }
    if (issues.length > 0) throw new ApiError('invalid_referral', { issues });

    const updated = await updateReferralStatus(c.env.DB, tenant, found.codeHash, { status, betterCounterId, updatedAt: toHour(now) });
    // Retention may have deleted it between the read and the write.
    if (!updated) throw new ApiError('referral_not_found');
    if (isNewNotForUs(found.stored, status, betterCounterId)) await reportNotForUs(c.env.DB, tenant, updated, now);
    return c.json(toReferral(found.code, updated), 200);
  });
