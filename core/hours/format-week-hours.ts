/**
 * A location's weekly hours as one line for the referral slip:
 * "ma t/m vr 10:00–17:30, za 10:00–14:00". Consecutive days with the same hours are joined.
 */
import type { Day, Lang, OpeningHours } from '../content/schema';
import { WEEK } from './amsterdam-time';
import { hoursOn } from './opening-status';

export const SHORT_DAYS: Record<Lang, Record<Day, string>> = {
  nl: { mo: 'ma', tu: 'di', we: 'wo', th: 'do', fr: 'vr', sa: 'za', su: 'zo' },
  en: { mo: 'Mon', tu: 'Tue', we: 'Wed', th: 'Thu', fr: 'Fri', sa: 'Sat', su: 'Sun' },
};

const TEXT = {
  nl: { through: ' t/m ', and: ' en ', none: 'geen vaste openingstijden' },
  en: { through: '–', and: ' and ', none: 'no regular opening hours' },
} satisfies Record<Lang, unknown>;

interface DayRun {
  first: Day;
  last: Day;
  length: number;
  hours: string;
}

function formatDays(run: DayRun, lang: Lang): string {
  const names = SHORT_DAYS[lang];
  if (run.length === 1) return names[run.first];
  const joiner = run.length === 2 ? TEXT[lang].and : TEXT[lang].through;
  return `${names[run.first]}${joiner}${names[run.last]}`;
}

export function formatWeekHours(hours: readonly OpeningHours[], lang: Lang): string {
  const location = { hours: [...hours] };
  const runs: DayRun[] = [];
  for (const day of WEEK) {
    const dayHours = hoursOn(location, day)
      .map((range) => `${range.opens}–${range.closes}`)
      .join(TEXT[lang].and);
    if (!dayHours) continue;
    const previous = runs.at(-1);
    const follows = previous && WEEK.indexOf(previous.last) === WEEK.indexOf(day) - 1;
    if (previous && follows && previous.hours === dayHours) {
      previous.last = day;
      previous.length++;
    } else {
      runs.push({ first: day, last: day, length: 1, hours: dayHours });
    }
  }
  if (runs.length === 0) return TEXT[lang].none;
  return runs.map((run) => `${formatDays(run, lang)} ${run.hours}`).join(', ');
}
