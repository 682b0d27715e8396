/** KPI values and differences as text, per locale (shares as percentages, differences signed). Pure. */
import { formatNumber, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import { kpiFormat } from './kpiLabel';

export function formatKpi(locale: Locale, kpi: string, value: number): string {
  const f = kpiFormat(kpi);
  return f.kind === 'percent' ? formatPercent(locale, value, 1) : formatNumber(locale, value, f.digits);
}

/** A difference b − a with its sign (shares in percentage points, written as %). */
export function formatDiff(locale: Locale, kpi: string, value: number): string {
  let text = formatKpi(locale, kpi, value);
  // A small but real difference must not read as zero: two significant digits instead.
  if (Number.isFinite(value) && value !== 0 && !/[1-9]/.test(text)) {
    const percent = kpiFormat(kpi).kind === 'percent';
    text = `${Number((percent ? value * 100 : value).toPrecision(2))}${percent ? '%' : ''}`;
  }
  return value > 0 && Number.isFinite(value) ? `+${text}` : text;
}

/** "mean [lo, hi]" */
export function formatEstimate(locale: Locale, kpi: string, e: { mean: number; ci95: readonly [number, number] }, diff = false): string {
  const f = diff ? formatDiff : formatKpi;
  return `${f(locale, kpi, e.mean)} [${f(locale, kpi, e.ci95[0])}, ${f(locale, kpi, e.ci95[1])}]`;
}

/** The mean and the interval as two strings (so a cell can wrap between them). */
export function estimateParts(locale: Locale, kpi: string, e: { mean: number; ci95: readonly [number, number] }, diff = false): [mean: string, ci: string] {
  const f = diff ? formatDiff : formatKpi;
  return [f(locale, kpi, e.mean), `[${f(locale, kpi, e.ci95[0])}, ${f(locale, kpi, e.ci95[1])}]`];
}
