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

const HEADER = ['scope', 'id', 'metric', 'label', 'mean', 'ci95_low', 'ci95_high', 'half_width', 'replications', 'theory'];

/** CSV text (with a UTF-8 byte-order mark so spreadsheet programs read the Chinese labels). */
export function summaryCsv(summary: RunSummary, labelOf?: (metric: string) => string, theoryOf?: (metric: string) => number | undefined): string {
  const lines = [HEADER.join(',')];
  for (const r of summaryRows(summary, labelOf, theoryOf)) {
    const e = r.estimate;
    lines.push([r.scope, r.id, r.metric, r.label, e.mean, e.ci95[0], e.ci95[1], e.halfWidth, e.n, r.theory].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The summary as JSON, without the (large) pooled wait sample. */
export function summaryJson(summary: RunSummary): string {
  const { waits, ...rest } = summary;
  return JSON.stringify({ ...rest, waitSampleSize: waits.length }, null, 2) + '\n';
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
