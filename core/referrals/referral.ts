/** What a referral is, apart from where it is stored: its statuses, its hour-precise times and its lifetime. */

export const REFERRAL_STATUSES = ['sent', 'arrived', 'helped', 'referred-on', 'not-for-us'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** What the receiving counter may set. */
export const CONFIRMATION_STATUSES = ['arrived', 'helped', 'referred-on', 'not-for-us'] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];

/** These two mean the table sent the resident to the wrong counter: they name the better one. */
export function needsBetterCounter(status: ReferralStatus): boolean {
  return status === 'referred-on' || status === 'not-for-us';
}

/** The resident arrived and was helped there. */
export function isConfirmed(status: ReferralStatus): boolean {
  return status === 'arrived' || status === 'helped';
}

export const NOTE_MAX_LENGTH = 280;
export const CODE_LIFETIME_DAYS = 60;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Stored times say only the hour, so no record can be tied to a moment: "2026-11-28T14:00:00Z". */
export function toHour(instant: Date): string {
  return `${instant.toISOString().slice(0, 13)}:00:00Z`;
}

/** A code works for 60 days from the hour it was made. */
export function codeExpiresAt(createdHour: string): string {
  return toHour(new Date(Date.parse(createdHour) + CODE_LIFETIME_DAYS * DAY_MS));
}

export function isCodeExpired(createdHour: string, now: Date): boolean {
  return now.getTime() >= Date.parse(createdHour) + CODE_LIFETIME_DAYS * DAY_MS;
}

/** The hour before which records are deleted: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return toHour(cutoff);
}
