/**
 * The referral counts as a CSV file for Excel: UTF-8 with BOM, `;`, CRLF. One row per week,
 * counter, topic, source desk, status and digital help, so a pivot table can group any way.
 */
import { toExcelCsv } from '../io/excel-csv';
import { amsterdamWeek } from './amsterdam-calendar';
import type { CorrectionFacts, ReferralFacts } from './stats';

/** The status of the rows that count corrected advice, next to the referrals' statuses. */
export const CORRECTED_STATUS = 'advies-gecorrigeerd';

export const STATS_CSV_COLUMNS = [
  'week',
  'loket_id',
  'loket',
  'onderwerp_id',
  'onderwerp',
  'balie_id',
  'balie',
  'status',
  'digitale_hulp',
  'aantal',
] as const;

export interface CsvNames {
  counter: (id: string) => string | undefined;
  topic: (id: string) => string | undefined;
  sourceDesk: (id: string) => string | undefined;
}

/**
 * `corrections` add one row per week and counter with the status `advies-gecorrigeerd`: how often
 * staff corrected that counter's advice (topic, desk and digital help stay empty).
 */
export function referralsToCsv(referrals: readonly ReferralFacts[], names: CsvNames, corrections: readonly CorrectionFacts[] = []): string {
  const rows = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const add = (row: string[]) => {
    const key = JSON.stringify(row);
    rows.set(key, row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const c of corrections) {
    add([amsterdamWeek(c.createdAt), c.counterId, names.counter(c.counterId) ?? '', '', '', '', '', CORRECTED_STATUS, '']);
  }
  for (const r of referrals) {
    const row = [
      amsterdamWeek(r.createdAt),
      r.counterId,
      names.counter(r.counterId) ?? '',
      r.topicId,
      names.topic(r.topicId) ?? '',
      r.sourceDeskId,
      names.sourceDesk(r.sourceDeskId) ?? '',
      r.status,
      r.digitalHelp ? 'ja' : 'nee',
    ];
    add(row);
  }
  const data = [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    // The count is a positive number: guarding leaves it as it is.
    .map(([key, row]) => [...row, String(counts.get(key))]);
  return toExcelCsv(STATS_CSV_COLUMNS, data);
}
