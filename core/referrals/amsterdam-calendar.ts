/**
 * Days and ISO weeks as a Dutch municipality counts them: in Europe/Amsterdam, whatever the time
 * zone of the server. Stored hours are UTC; Amsterdam is one or two whole hours ahead, so every
 * stored hour falls in exactly one local day.
 */
import { addDays, amsterdamTime } from '../hours/amsterdam-time';
import { toHour } from './referral';

/** The local calendar date of an instant: YYYY-MM-DD. */
export function amsterdamDate(instant: Date): string {
  return amsterdamTime(instant).date;
}

/** The instant local midnight starts `date` (YYYY-MM-DD), as an ISO hour in UTC. */
export function amsterdamMidnight(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Midnight in Amsterdam is 22:00 or 23:00 UTC the day before; take the one that reads 00:00 there.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, day) - offsetHours * 3_600_000);
    const local = amsterdamTime(candidate);
    if (local.date === date && local.minutes === 0) return toHour(candidate);
  }
  throw new RangeError(`loketwijzer/referrals: no Amsterdam midnight on ${date}`);
}

/** The ISO 8601 week of a calendar date: "2026-W48". Weeks start on Monday; week 1 holds the first Thursday. */
export function isoWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  const weekday = (utc.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(utc.getTime() + (3 - weekday) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The Amsterdam ISO week of a stored UTC hour. */
export function amsterdamWeek(hour: string): string {
  return isoWeek(amsterdamDate(new Date(hour)));
}

export { addDays };
