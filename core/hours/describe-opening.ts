/**
 * An opening status as one short sentence for people: "Nu open tot 17:30",
 * "Nu gesloten. Open morgen om 10:00", "Closed now. Opens Tuesday at 13:00".
 */
import type { Day, Lang } from '../content/schema';
import { addDays } from './amsterdam-time';
import type { NextOpening, OpeningStatus } from './opening-status';

const DAY_NAMES: Record<Lang, Record<Day, string>> = {
  nl: { mo: 'maandag', tu: 'dinsdag', we: 'woensdag', th: 'donderdag', fr: 'vrijdag', sa: 'zaterdag', su: 'zondag' },
  en: { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' },
};

const TEXT = {
  nl: {
    openUntil: (time: string) => `Nu open tot ${time}`,
    closedThen: (when: string) => `Nu gesloten. Open ${when}`,
    noHours: 'Geen vaste openingstijden bekend',
    today: (time: string) => `vandaag om ${time}`,
    tomorrow: (time: string) => `morgen om ${time}`,
    onDay: (day: string, time: string) => `${day} om ${time}`,
    nextWeek: (day: string, time: string) => `volgende week ${day} om ${time}`,
  },
  en: {
    openUntil: (time: string) => `Open now until ${time}`,
    closedThen: (when: string) => `Closed now. Opens ${when}`,
    noHours: 'No regular opening hours known',
    today: (time: string) => `today at ${time}`,
    tomorrow: (time: string) => `tomorrow at ${time}`,
    onDay: (day: string, time: string) => `${day} at ${time}`,
    nextWeek: (day: string, time: string) => `next ${day} at ${time}`,
  },
} satisfies Record<Lang, unknown>;

function describeWhen(next: NextOpening, todayDate: string, lang: Lang): string {
  const text = TEXT[lang];
  if (next.date === todayDate) return text.today(next.opens);
  if (next.date === addDays(todayDate, 1).date) return text.tomorrow(next.opens);
  const dayName = DAY_NAMES[lang][next.day];
  if (next.date === addDays(todayDate, 7).date) return text.nextWeek(dayName, next.opens);
  return text.onDay(dayName, next.opens);
}

export function describeOpening(status: OpeningStatus, lang: Lang): string {
  const text = TEXT[lang];
  if (status.openNow && status.closesAt) return text.openUntil(status.closesAt);
  if (!status.nextOpening) return text.noHours;
  return text.closedThen(describeWhen(status.nextOpening, status.today.date, lang));
}
