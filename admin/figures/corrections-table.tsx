/**
 * How often staff corrected each counter's advice, per ISO week of the range: one row per
 * counter (most corrected first), one column per week, and the total.
 */
import { nl } from '../i18n/nl';
import { formatCount, rankCounts, type WeekPoint } from './stats-format';

const f = nl.figures;

interface CorrectionsTableProps {
  byCounter: Record<string, number>;
  byCounterAndWeek: Record<string, Record<string, number>>;
  weeks: readonly WeekPoint[];
  counterName: (id: string) => string;
}

export function CorrectionsTable({ byCounter, byCounterAndWeek, weeks, counterName }: CorrectionsTableProps) {
  const rows = rankCounts(byCounter, counterName);
  if (rows.length === 0) return <p class="figures-empty">{f.noCorrections}</p>;
  return (
    <div class="table-scroll" role="region" aria-labelledby="corrections-caption" tabIndex={0}>
      <table class="table">
        <caption id="corrections-caption" class="visually-hidden">
          {f.corrections}
        </caption>
        <thead>
          <tr>
            <th scope="col">{f.counter}</th>
            {weeks.map((week) => (
              <th key={week.week} scope="col" class="cell-number">
                <abbr title={week.label}>{week.number}</abbr>
              </th>
            ))}
            <th scope="col" class="cell-number">
              {f.count}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {weeks.map((week) => (
                <td key={week.week} class="cell-number">
                  {formatCount(byCounterAndWeek[row.id]?.[week.week] ?? 0)}
                </td>
              ))}
              <td class="cell-number">{formatCount(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
