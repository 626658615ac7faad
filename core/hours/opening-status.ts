/**
 * Whether a location is open at an instant, and when it opens next, in Amsterdam wall-clock time.
 */
import type { Day, Location } from '../content/schema';
import { addDays, amsterdamTime, toMinutes } from './amsterdam-time';

export interface TimeRange {
  opens: string;
  closes: string;
}

export interface NextOpening {
  day: Day;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  opens: string;
}

export interface OpeningStatus {
  /** The local day and date the status was computed for. */
  today: { day: Day; date: string };
  openNow: boolean;
  /** Today's opening hours, earliest first; empty when closed all day. */
  todayHours: TimeRange[];
  /** When open now: the time it closes (adjoining ranges count as one). */
  closesAt?: string;
  /** When closed now: the next opening within a week. Absent when the location has no hours at all. */
  nextOpening?: NextOpening;
}

/** A week later is the same weekday again, so a week ahead finds every weekly opening. */
const DAYS_AHEAD = 7;

export function hoursOn(location: Pick<Location, 'hours'>, day: Day): TimeRange[] {
  return location.hours
    .filter((hours) => hours.days.includes(day))
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort((a, b) => toMinutes(a.opens) - toMinutes(b.opens));
}

/** The closing time of the range that holds `minutes`, following ranges that start where the previous one ends. */
function closingTime(ranges: TimeRange[], minutes: number): string | undefined {
  let closesAt: string | undefined;
  for (const range of ranges) {
    const opens = toMinutes(range.opens);
    const closes = toMinutes(range.closes);
    const holdsNow = opens <= minutes && minutes < closes;
    const extendsOpenRange = closesAt !== undefined && opens <= toMinutes(closesAt);
    if (holdsNow || extendsOpenRange) {
      if (closesAt === undefined || closes > toMinutes(closesAt)) closesAt = range.closes;
    }
  }
  return closesAt;
}

function findNextOpening(location: Pick<Location, 'hours'>, date: string, minutes: number): NextOpening | undefined {
  for (let ahead = 0; ahead <= DAYS_AHEAD; ahead++) {
    const candidate = addDays(date, ahead);
    const opening = hoursOn(location, candidate.day).find((range) => ahead > 0 || toMinutes(range.opens) > minutes);
    if (opening) return { day: candidate.day, date: candidate.date, opens: opening.opens };
  }
  return undefined;
}

export function openingStatus(location: Pick<Location, 'hours'>, now: Date): OpeningStatus {
  const { day, date, minutes } = amsterdamTime(now);
  const todayHours = hoursOn(location, day);
  const closesAt = closingTime(todayHours, minutes);
  const today = { day, date };
  if (closesAt !== undefined) return { today, openNow: true, todayHours, closesAt };
  const nextOpening = findNextOpening(location, date, minutes);
  return nextOpening ? { today, openNow: false, todayHours, nextOpening } : { today, openNow: false, todayHours };
}
