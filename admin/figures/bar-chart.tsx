/**
 * A bar chart as SVG: `role="img"` named by its <title> and described by a one-line summary, with
 * the same numbers in a table under "Toon als tabel" for screen readers and for copying.
 * No inline styles (the admin runs under `style-src 'self'`): colours come from admin/styles.css.
 */
import { nl } from '../i18n/nl';
import { formatCount } from './stats-format';

export interface Bar {
  key: string;
  /** Under the bar: short. */
  label: string;
  /** In the table: long. */
  longLabel: string;
  value: number;
}

interface BarChartProps {
  id: string;
  title: string;
  summary: string;
  bars: readonly Bar[];
  columnLabel: string;
  valueLabel: string;
}

const HEIGHT = 200;
const TOP = 24;
const BOTTOM = 28;
const BAR = 28;
const GAP = 14;

export function BarChart({ id, title, summary, bars, columnLabel, valueLabel }: BarChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const width = Math.max(320, bars.length * (BAR + GAP) + GAP);
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <figure class="chart">
      <svg
        class="chart-svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line class="chart-axis" x1="0" x2={width} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        {bars.map((bar, i) => {
          const h = Math.round((bar.value / max) * plot);
          const x = GAP + i * (BAR + GAP);
          const y = HEIGHT - BOTTOM - h;
          return (
            <g key={bar.key}>
              <rect class="chart-bar" x={x} y={y} width={BAR} height={h} />
              <text class="chart-value" x={x + BAR / 2} y={y - 6} text-anchor="middle">
                {bar.value}
              </text>
              <text class="chart-label" x={x + BAR / 2} y={HEIGHT - 8} text-anchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="visually-hidden">{title}</figcaption>
      <details class="chart-table">
        <summary>{nl.figures.showTable}</summary>
        <table class="table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{columnLabel}</th>
              <th scope="col" class="cell-number">
                {valueLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.longLabel}</th>
                <td class="cell-number">{formatCount(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
