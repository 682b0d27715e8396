/**
 * A run's results as files a planner or researcher can keep: CSV (one row per KPI, station,
 * class and department metric, with the 95% CI) and JSON (the summary without the wait sample). Pure.
 */
import type { Estimate, RunSummary } from '../../engine/types';

export interface CsvRow {
  scope: 'kpi' | 'station' | 'class' | 'department';
  /** station, class or department id; '' for centre-wide KPIs */
  id: string;
  metric: string;
  /** the metric's name in the UI language, if it has one */
  label: string;
  estimate: Estimate;
  /** analytic value, if any */
  theory?: number;
}

/** Quote a CSV field when it needs it (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every estimate of a summary as rows: KPIs, then stations, classes and departments (centre runs). */
export function summaryRows(summary: RunSummary, labelOf: (metric: string) => string = () => '', theoryOf: (metric: string) => number | undefined = () => undefined): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const [metric, estimate] of Object.entries(summary.kpis)) rows.push({ scope: 'kpi', id: '', metric, label: labelOf(metric), estimate, theory: theoryOf(metric) });
  for (const [scope, groups] of [['station', summary.stations], ['class', summary.classes], ['department', summary.departments ?? {}]] as const) {
    for (const [id, metrics] of Object.entries(groups)) {
      for (const [metric, estimate] of Object.entries(metrics)) rows.push({ scope, id, metric, label: labelOf(metric), estimate });
    }
  }
  return rows;
}

/**
 * The CSV's columns: `replications` is the estimate's n; `interval_method` how its 95% interval was
 * made (t, log-t, logit-t, clipped: src/engine/types.ts IntervalMethod); `applies` "no" when the KPI
 * had no case to be computed over (its mean is then a placeholder 0); `seed` the run's base seed.
 */
const HEADER = ['scope', 'id', 'metric', 'label', 'mean', 'ci95_low', 'ci95_high', 'half_width', 'replications', 'theory', 'unit', 'interval_method', 'applies', 'seed'];

/** CSV text (with a UTF-8 byte-order mark so spreadsheet programs read the Chinese labels); `unitOf` gives each metric's unit (empty for shares and counts without one). */
export function summaryCsv(
  summary: RunSummary,
  labelOf?: (metric: string) => string,
  theoryOf?: (metric: string) => number | undefined,
  unitOf: (metric: string) => string = () => '',
): string {
  const lines = [HEADER.join(',')];
  const na = new Set(summary.notApplicable ?? []);
  for (const r of summaryRows(summary, labelOf, theoryOf)) {
    const e = r.estimate;
    const applies = r.scope === 'kpi' && na.has(r.metric) ? 'no' : 'yes';
    lines.push([r.scope, r.id, r.metric, r.label, e.mean, e.ci95[0], e.ci95[1], e.halfWidth, e.n, r.theory, unitOf(r.metric), e.method ?? 't', applies, summary.seed].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/**
 * The summary as JSON, without the (large) pooled wait sample; with the scenario that ran, its
 * seed and replications written in, so that `onewindow run <that scenario>` reproduces the numbers.
 */
export function summaryJson(summary: RunSummary, scenario?: unknown): string {
  const { waits, ...rest } = summary;
  const reproducible =
    scenario && typeof scenario === 'object'
      ? {
          scenario: { ...(scenario as Record<string, unknown>), seed: summary.seed, replications: summary.replications },
          reproduce: `npx onewindow run <scenario.json> --json  # the "scenario" object saved as a file: seed ${summary.seed}, ${summary.replications} replications`,
        }
      : {};
  return JSON.stringify({ type: 'onewindow/run-result', version: 1, ...rest, waitSampleSize: waits.length, ...reproducible }, null, 2) + '\n';
}

/** A file name from a scenario name: letters, digits and CJK kept, the rest as dashes. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'onewindow';
}
