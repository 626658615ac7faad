/**
 * Wall-clock time in Amsterdam, whatever the time zone of the device or the server.
 * Uses `Intl` with an explicit time zone, so daylight saving time (last Sunday of March
 * 02:00 → 03:00, last Sunday of October 03:00 → 02:00) comes from the platform's tz data.
 */
import type { Day } from '../content/schema';
import { TIME_ZONE } from './time-zone';

/** Monday first, as on every Dutch opening-hours sign. */
export const WEEK: readonly Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

export interface AmsterdamTime {
  day: Day;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Minutes since local midnight, 0 to 1439. */
  minutes: number;
}

let formatter: Intl.DateTimeFormat | undefined;

/** Created on first use: constructing it costs more than a page load should pay for nothing. */
function amsterdamFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return formatter;
}

export function amsterdamTime(instant: Date): AmsterdamTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of amsterdamFormatter().formatToParts(instant)) parts[part.type] = part.value;
  // "Mon" … "Sun": their first two letters are our day codes.
  const day = WEEK.find((code) => code === parts.weekday?.slice(0, 2).toLowerCase());
  if (!day) throw new RangeError(`loketwijzer/hours: cannot read the weekday of ${instant.toISOString()}`);
  // Some engines still write midnight as 24 despite hourCycle h23.
  const hour = Number(parts.hour) % 24;
  return {
    day,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: hour * 60 + Number(parts.minute),
  };
}

/** The calendar date `count` days after `date` (YYYY-MM-DD) and its weekday: pure calendar arithmetic. */
export function addDays(date: string, count: number): { date: string; day: Day } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + count));
  return {
    date: shifted.toISOString().slice(0, 10),
    // getUTCDay: 0 is Sunday.
    day: WEEK[(shifted.getUTCDay() + 6) % 7] as Day,
  };
}

/** "HH:MM" → minutes since midnight; "24:00" is 1440. */
export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}
