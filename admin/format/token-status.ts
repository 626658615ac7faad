/** What the Sleutels view says about a token's validity. Pure: tested in Node (tests/admin/token-status.test.ts). */
import type { ApiToken } from '../../core/api/tokens';
import { nl } from '../i18n/nl';
import { formatDateTime } from './dates';

/** Revoked, expired, or until when it works. */
export function tokenStatus(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now: Date): string {
  const t = nl.tokens;
  if (token.revokedAt !== null) return t.revokedOn(formatDateTime(token.revokedAt));
  if (token.expiresAt === null) return t.noExpiry;
  if (Date.parse(token.expiresAt) <= now.getTime()) return t.expiredOn(formatDateTime(token.expiresAt));
  return t.validUntil(formatDateTime(token.expiresAt));
}
