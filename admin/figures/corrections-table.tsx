/**
 * How often staff corrected each counter's advice, per ISO week of the range: one row per
 * counter (most corrected first), one column per week, and the total.
 */
import { DataTable, type Column } from '../components/data-table';
import { nl } from '../i18n/nl';
import { formatCount, rankCounts, type CountRow, type WeekPoint } from './stats-format';

const f = nl.figures;

interface CorrectionsTableProps {
  byCounter: Record<string, number>;
  byCounterAndWeek: Record<string, Record<string, number>>;
  weeks: readonly WeekPoint[];
  counterName: (id: string) => string;
}

export function CorrectionsTable({ byCounter, byCounterAndWeek, weeks, counterName }: CorrectionsTableProps) {
  const columns: Column<CountRow>[] = [
    { key: 'counter', header: f.counter, rowHeader: true, cell: (row) => row.name },
    ...weeks.map((week): Column<CountRow> => ({
      key: week.week,
      header: <abbr title={week.label}>{week.number}</abbr>,
      numeric: true,
      cell: (row) => formatCount(byCounterAndWeek[row.id]?.[week.week] ?? 0),
    })),
    { key: 'total', header: f.count, numeric: true, cell: (row) => formatCount(row.count) },
  ];
  return (
    <DataTable
      captionId="corrections-caption"
      caption={f.corrections}
      rows={rankCounts(byCounter, counterName)}
      rowKey={(row) => row.id}
      columns={columns}
      empty={f.noCorrections}
    />
  );
}
