/**
 * "Cijfers": what the desks recorded. Referrals per week, counter, topic and desk, how many the
 * receiving counter confirmed, routing errors per counter pair (van het kastje naar de muur), the
 * signal categories per domain and over time, and the questions without an answer. For every role.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Stats } from '../../core/api/stats';
import { amsterdamDate } from '../../core/referrals/amsterdam-calendar';
import { DataTable, type Column, type DataTableProps } from '../components/data-table';
import { ErrorNotice } from '../components/error-notice';
import { useAdmin } from '../context';
import { BarChart } from '../figures/bar-chart';
import { CorrectionsTable } from '../figures/corrections-table';
import { CountTable } from '../figures/count-table';
import {
  type CategoryTrend,
  categoryTrends,
  csvFileName,
  defaultRange,
  ceilingNotice,
  formatCount,
  formatDay,
  formatShare,
  isDay,
  misrouteRows,
  namesFrom,
  rankCounts,
  shareOf,
  signalsByDomain,
  weekSeries,
  type DomainRow,
  type MisrouteRow,
  type WeekPoint,
} from '../figures/stats-format';
import { saveFile } from '../format/save-file';
import { labelOf } from '../i18n/label-of';
import { nl } from '../i18n/nl';
import { ViewHeader } from './view-header';

const f = nl.figures;

type Range = { from: string; to: string };
type RangeErrors = Partial<Record<'from' | 'to', string>>;

function checkRange(range: Range): RangeErrors {
  const errors: RangeErrors = {};
  if (!isDay(range.from)) errors.from = f.dateInvalid;
  if (!isDay(range.to)) errors.to = f.dateInvalid;
  if (!errors.from && !errors.to && range.from > range.to) errors.to = f.rangeOrder;
  return errors;
}

function DateField({
  id,
  label,
  value,
  error,
  onValue,
}: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onValue: (v: string) => void;
}) {
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        class="input"
        type="date"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onValue((event.target as HTMLInputElement).value)}
      />
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: preact.ComponentChildren }) {
  return (
    <section class="figures-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p class="view-intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A section that is one table of figures: its heading names the table too. */
function TableSection<Row>({
  id,
  title,
  intro,
  ...table
}: { id: string; title: string; intro?: string } & Omit<DataTableProps<Row>, 'caption'>) {
  return (
    <Section id={id} title={title} intro={intro}>
      <DataTable {...table} caption={title} short />
    </Section>
  );
}

/**
 * The weeks run oldest to newest, left to right: open the table at the newest (the current week)
 * rather than at weeks long gone, which mostly show zeros. Scrolls once per table element.
 */
function scrollToNewest(region: HTMLDivElement | null): void {
  if (!region || region.dataset.scrolled) return;
  region.dataset.scrolled = 'true';
  region.scrollLeft = region.scrollWidth;
}

export function FiguresView() {
  const { api, draft, published, announce, session } = useAdmin();
  const [range, setRange] = useState<Range>(() => defaultRange(new Date()));
  const [shown, setShown] = useState<Range>(range);
  const [errors, setErrors] = useState<RangeErrors>({});
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    void api.stats(shown.from, shown.to).then((result) => {
      if (cancelled) return;
      setLoading(false);
      if (result.ok) {
        setStats(result.data);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [api, shown]);

  const names = useMemo(
    () => namesFrom([draft.state.edited, published.state.status === 'ready' ? published.state.bundle.content : null]),
    [draft.state.edited, published.state],
  );

  const submit = (event: Event) => {
    event.preventDefault();
    const found = checkRange(range);
    setErrors(found);
    if (found.from || found.to) {
      requestAnimationFrame(() => document.getElementById(found.from ? 'figures-from' : 'figures-to')?.focus());
      return;
    }
    setShown({ ...range });
    announce(f.loadingRange(formatDay(range.from), formatDay(range.to)));
  };

  const download = async () => {
    const result = await api.downloadStatsCsv(shown.from, shown.to);
    if (result.ok) saveFile(result.data, csvFileName(session.tenant.id, shown.from, shown.to));
    else announce(result.error.message);
  };

  return (
    <section class="view figures" aria-labelledby="view-title">
      <ViewHeader title={f.title} intro={f.intro}>
        <button type="button" class="button" onClick={() => void download()}>
          {f.downloadCsv}
        </button>
      </ViewHeader>
      <form class="toolbar figures-range" onSubmit={submit} aria-label={f.rangeLabel} noValidate>
        <DateField
          id="figures-from"
          label={f.from}
          value={range.from}
          error={errors.from}
          onValue={(from) => setRange((r) => ({ ...r, from }))}
        />
        <DateField id="figures-to" label={f.to} value={range.to} error={errors.to} onValue={(to) => setRange((r) => ({ ...r, to }))} />
        <div class="toolbar-end">
          <button type="submit" class="button button-primary">
            {f.show}
          </button>
        </div>
      </form>
      {error && <ErrorNotice>{error}</ErrorNotice>}
      {loading && !stats && <p class="loading">{nl.loading}</p>}
      {stats && <FiguresBody stats={stats} names={names} />}
    </section>
  );
}

/** Days on which the tenant received more than its daily ceiling: possibly abuse. */
function CeilingNotices({ reached }: { reached: Stats['ceilingsReached'] }) {
  const today = amsterdamDate(new Date());
  return (
    <div class="notice notice-warning" role="status">
      <p>
        <strong>{f.abuseTitle}</strong>
      </p>
      <ul>
        {reached.map((day) => (
          <li key={`${day.date}-${day.kind}`}>{ceilingNotice(day, today)}</li>
        ))}
      </ul>
    </div>
  );
}

const MISROUTE_COLUMNS: readonly Column<MisrouteRow>[] = [
  { key: 'from', header: f.fromCounter, rowHeader: true, cell: (m) => m.from },
  { key: 'to', header: f.toCounter, cell: (m) => m.to },
  { key: 'not-for-us', header: f.notForUs, numeric: true, cell: (m) => formatCount(m.notForUs) },
  { key: 'referred-on', header: f.referredOn, numeric: true, cell: (m) => formatCount(m.referredOn) },
  { key: 'total', header: f.count, numeric: true, cell: (m) => formatCount(m.total) },
  { key: 'share', header: f.misrouteShare, numeric: true, cell: (m) => m.share },
];

const DOMAIN_COLUMNS: readonly Column<DomainRow>[] = [
  { key: 'domain', header: f.domain, rowHeader: true, cell: (d) => d.domain },
  { key: 'total', header: f.count, numeric: true, cell: (d) => formatCount(d.total) },
  {
    key: 'top',
    header: f.topCategories,
    cell: (d) => (
      <ol class="figures-top">
        {d.top.map((c) => (
          <li key={c.id}>
            {c.name} ({formatCount(c.count)})
          </li>
        ))}
      </ol>
    ),
  },
];

/** One column per week of the range; a zero is dimmed, so the weeks with signals stand out. */
function trendColumns(weeks: readonly WeekPoint[]): Column<CategoryTrend>[] {
  return [
    { key: 'category', header: f.category, rowHeader: true, cell: (c) => c.name },
    ...weeks.map((w, i): Column<CategoryTrend> => ({
      key: w.week,
      header: w.label,
      numeric: true,
      cell: (c) => {
        const n = c.perWeek[i] ?? 0;
        return n === 0 ? <span class="figures-zero">0</span> : formatCount(n);
      },
    })),
    { key: 'total', header: f.count, numeric: true, cell: (c) => formatCount(c.total) },
  ];
}

/** The questions as residents typed them: Dutch whatever the interface's language. */
const UNANSWERED_COLUMNS: readonly Column<Stats['unanswered'][number]>[] = [
  { key: 'question', header: f.question, lang: 'nl', cell: (q) => q.question },
  { key: 'count', header: f.count, numeric: true, cell: (q) => formatCount(q.count) },
];

function FiguresBody({ stats, names }: { stats: Stats; names: ReturnType<typeof namesFrom> }) {
  const r = stats.referrals;
  const weeks = weekSeries(r.byWeek, stats.from, stats.to);
  const trends = categoryTrends(
    stats.signals.byWeekAndCategory,
    weeks.map((w) => w.week),
    names,
  );
  const domains = signalsByDomain(stats.signals.byCategoryAndDomain, names);
  const misroutes = misrouteRows(stats.misroutes, names);
  const wrong = (r.byStatus['not-for-us'] ?? 0) + (r.byStatus['referred-on'] ?? 0);
  return (
    <>
      {stats.ceilingsReached.length > 0 && <CeilingNotices reached={stats.ceilingsReached} />}
      <p class="figures-period">{f.period(formatDay(stats.from), formatDay(stats.to))}</p>
      <dl class="figures-summary">
        <div>
          <dt>{f.total}</dt>
          <dd>{formatCount(r.total)}</dd>
        </div>
        <div>
          <dt>{f.confirmed}</dt>
          <dd>
            {formatShare(shareOf(r.confirmed, r.total))} <span class="figures-sub">{f.ofTotal(r.confirmed, r.total)}</span>
          </dd>
        </div>
        <div>
          <dt>{f.wrongCounter}</dt>
          <dd>
            {formatShare(shareOf(wrong, r.total))} <span class="figures-sub">{f.ofTotal(wrong, r.total)}</span>
          </dd>
        </div>
        <div>
          <dt>{f.digitalHelp}</dt>
          <dd>{formatCount(r.digitalHelp)}</dd>
        </div>
      </dl>

      <Section id="figures-weeks" title={f.perWeek}>
        <BarChart
          id="chart-weeks"
          title={f.perWeek}
          summary={f.chartSummary(r.total, weeks.length, Math.max(0, ...weeks.map((w) => w.count)))}
          bars={weeks.map((w) => ({ key: w.week, label: String(w.number), longLabel: w.label, value: w.count }))}
          columnLabel={f.week}
          valueLabel={f.referrals}
        />
      </Section>

      <div class="figures-grid">
        <Section id="figures-counters" title={f.perCounter}>
          <CountTable id="table-counters" caption={f.perCounter} nameLabel={f.counter} rows={rankCounts(r.byCounter, names.counter)} />
        </Section>
        <Section id="figures-desks" title={f.perDesk}>
          <CountTable id="table-desks" caption={f.perDesk} nameLabel={f.desk} rows={rankCounts(r.bySourceDesk, names.desk)} />
        </Section>
        <Section id="figures-topics" title={f.perTopic}>
          <CountTable id="table-topics" caption={f.perTopic} nameLabel={f.topic} rows={rankCounts(r.byTopic, names.topic)} />
        </Section>
        <Section id="figures-status" title={f.perStatus}>
          <CountTable
            id="table-status"
            caption={f.perStatus}
            nameLabel={f.status}
            rows={rankCounts(r.byStatus, (id) => labelOf(f.statuses, id) ?? id)}
          />
        </Section>
      </div>

      <TableSection
        id="figures-misroutes"
        title={f.misroutes}
        intro={f.misroutesIntro}
        captionId="misroutes-caption"
        rows={misroutes}
        rowKey={(m) => `${m.from}→${m.to}`}
        columns={MISROUTE_COLUMNS}
        empty={f.noMisroutes}
      />

      <Section id="figures-corrections" title={f.corrections} intro={f.correctionsIntro}>
        <CorrectionsTable
          byCounter={stats.corrections.byCounter}
          byCounterAndWeek={stats.corrections.byCounterAndWeek}
          weeks={weeks}
          counterName={names.counter}
        />
      </Section>

      <TableSection
        id="figures-signals"
        title={f.signalsByDomain}
        intro={f.signalsIntro}
        captionId="domains-caption"
        rows={domains}
        rowKey={(d) => d.domain}
        columns={DOMAIN_COLUMNS}
        empty={f.none}
      />

      <TableSection
        id="figures-trends"
        title={f.signalsOverTime}
        captionId="trends-caption"
        tableClass="table-compact table-weeks"
        regionRef={scrollToNewest}
        rows={trends}
        rowKey={(c) => c.id}
        columns={trendColumns(weeks)}
        empty={f.none}
      />

      <TableSection
        id="figures-unanswered"
        title={f.unanswered}
        intro={f.unansweredIntro}
        captionId="unanswered-caption"
        rows={stats.unanswered}
        rowKey={(q) => q.question}
        columns={UNANSWERED_COLUMNS}
        empty={f.none}
      />
    </>
  );
}
