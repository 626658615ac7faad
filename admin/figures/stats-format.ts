/**
 * The figures of `GET /stats` made readable: names instead of ids, rows sorted by count, shares as
 * Dutch percentages, and every ISO week of the range (also the weeks without referrals), so a chart
 * shows gaps as gaps. Pure: tested in Node (tests/admin/stats-format.test.ts).
 */
import type { Stats } from '../../core/api/stats';
import { addDays, amsterdamDate, isoWeek } from '../../core/referrals/amsterdam-calendar';
import { nameOf } from '../format/name-of';

export type Counts = Record<string, number>;

/** Where names come from: the draft first, then the published version (ids the draft removed). */
export interface NameSource {
  counters?: ReadonlyArray<{ id: string; name: string }>;
  topics?: ReadonlyArray<{ id: string; title: { nl: string } }>;
  sourceDesks?: ReadonlyArray<{ id: string; name: string }>;
  signalCategories?: ReadonlyArray<{ id: string; name: string }>;
}

export interface Names {
  counter: (id: string) => string;
  topic: (id: string) => string;
  desk: (id: string) => string;
  category: (id: string) => string;
}

/** Names from the first source that has the id: the draft's names win over older published ones. */
export function namesFrom(sources: ReadonlyArray<NameSource | null | undefined>): Names {
  const counters = sources.map((source) => source?.counters);
  const topics = sources.map((source) => source?.topics);
  const desks = sources.map((source) => source?.sourceDesks);
  const categories = sources.map((source) => source?.signalCategories);
  const byName = (item: { name: string }) => item.name;
  return {
    counter: (id) => nameOf(counters, id, byName),
    topic: (id) => nameOf(topics, id, (topic) => topic.title.nl),
    desk: (id) => nameOf(desks, id, byName),
    category: (id) => nameOf(categories, id, byName),
  };
}

const PERCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat('nl-NL');

/** 0.4167 → "42%". */
export function formatShare(share: number): string {
  return PERCENT.format(Number.isFinite(share) ? share : 0);
}

export function formatCount(count: number): string {
  return NUMBER.format(count);
}

/** `part` of `total` as a share; 0 when there is nothing to divide. */
export function shareOf(part: number, total: number): number {
  return total > 0 ? part / total : 0;
}

export interface CountRow {
  id: string;
  name: string;
  count: number;
  share: number;
}

/** Most first; equal counts by name, so the order never jumps between reloads. */
export function rankCounts(counts: Counts, name: (id: string) => string): CountRow[] {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([id, count]) => ({ id, name: name(id), count, share: shareOf(count, total) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl'));
}

/* Dates as YYYY-MM-DD calendar days, computed in UTC so no time zone shifts them. */

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && fromDay(toDay(value)) === value;
}

const DAY_NAME = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-28" → "28 november 2026". */
export function formatDay(day: string): string {
  return isDay(day) ? DAY_NAME.format(toDay(day)) : day;
}

/** Today in Amsterdam, and the 12 weeks up to it (84 days, today included). */
export function defaultRange(now: Date): { from: string; to: string } {
  const to = amsterdamDate(now);
  return { from: addDays(to, -83).date, to };
}

/** Every ISO week that the range touches, in order. */
export function weeksBetween(from: string, to: string): string[] {
  if (!isDay(from) || !isDay(to) || from > to) return [];
  const weeks: string[] = [];
  for (let day = toDay(from); day <= toDay(to); day += DAY_MS) {
    const week = isoWeek(fromDay(day));
    if (weeks.at(-1) !== week) weeks.push(week);
  }
  return weeks;
}

export interface WeekPoint {
  week: string;
  /** The week's number within its year: 48 for "2026-W48". */
  number: number;
  /** "week 48"; with the year when the range crosses a new year. */
  label: string;
  count: number;
}

export function weekSeries(byWeek: Counts, from: string, to: string): WeekPoint[] {
  const weeks = weeksBetween(from, to);
  const crossesYear = new Set(weeks.map((week) => week.slice(0, 4))).size > 1;
  // Weeks the server counted outside our list (should not happen) still show up.
  const all = [...new Set([...weeks, ...Object.keys(byWeek)])].sort();
  return all.map((week) => {
    const [year, number] = week.split('-W');
    const label = crossesYear ? `week ${Number(number)} (${year})` : `week ${Number(number)}`;
    return { week, number: Number(number), label, count: byWeek[week] ?? 0 };
  });
}

export interface DomainRow {
  domain: string;
  total: number;
  top: CountRow[];
}

/** Per domain of the referral's topic, the signal categories most first; busiest domain first. */
export function signalsByDomain(byCategoryAndDomain: Record<string, Counts>, names: Names, top = 3): DomainRow[] {
  return Object.entries(byCategoryAndDomain)
    .map(([domain, counts]) => {
      const rows = rankCounts(counts, names.category);
      return { domain, total: rows.reduce((sum, row) => sum + row.count, 0), top: rows.slice(0, top) };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.domain.localeCompare(b.domain, 'nl'));
}

export interface CategoryTrend {
  id: string;
  name: string;
  total: number;
  perWeek: number[];
}

/** The categories most registered in the range, with their count per week of `weeks`. */
export function categoryTrends(
  byWeekAndCategory: Record<string, Counts>,
  weeks: readonly string[],
  names: Names,
  top = 5,
): CategoryTrend[] {
  const totals: Counts = {};
  for (const counts of Object.values(byWeekAndCategory)) {
    for (const [id, n] of Object.entries(counts)) totals[id] = (totals[id] ?? 0) + n;
  }
  return rankCounts(totals, names.category)
    .slice(0, top)
    .map((row) => ({ id: row.id, name: row.name, total: row.count, perWeek: weeks.map((week) => byWeekAndCategory[week]?.[row.id] ?? 0) }));
}

export interface MisrouteRow {
  from: string;
  to: string;
  notForUs: number;
  referredOn: number;
  total: number;
  share: string;
}

export function misrouteRows(misroutes: Stats['misroutes'], names: Names): MisrouteRow[] {
  return [...misroutes]
    .sort((a, b) => b.total - a.total || b.share - a.share)
    .map((m) => ({
      from: names.counter(m.fromCounterId),
      to: names.counter(m.toCounterId),
      notForUs: m.notForUs,
      referredOn: m.referredOn,
      total: m.total,
      share: formatShare(m.share),
    }));
}

/** The file name of the CSV download: "loketwijzer-cijfers-voorbeeldstad-2026-09-01-2026-11-28.csv". */
export function csvFileName(tenant: string, from: string, to: string): string {
  return `loketwijzer-cijfers-${tenant}-${from}-${to}.csv`;
}

/** The words for a kind of anonymous write in a notice. */
const WRITE_KIND_WORDS: Record<Stats['ceilingsReached'][number]['kind'], string> = {
  signal: 'signalen',
  referral: 'verwijzingen',
  feedback: 'meldingen "klopt niet"',
};

/**
 * The notice for a day past its daily ceiling: "Vandaag meer dan 1.000 signalen: mogelijk misbruik."
 * on `today`, otherwise with the date.
 */
export function ceilingNotice(reached: Stats['ceilingsReached'][number], today: string): string {
  const when = reached.date === today ? 'Vandaag' : `Op ${formatDay(reached.date)}`;
  return `${when} meer dan ${formatCount(reached.ceiling)} ${WRITE_KIND_WORDS[reached.kind]}: mogelijk misbruik. Wat daarboven kwam, is niet opgeslagen.`;
}
