/** KPI values and differences as text, per locale (shares as percentages, their differences in percentage points, signed). Pure. */
import { formatNumber, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import { kpiFormat } from './kpiLabel';

export function formatKpi(locale: Locale, kpi: string, value: number): string {
  const f = kpiFormat(kpi);
  return f.kind === 'percent' ? formatPercent(locale, value, 1) : formatNumber(locale, value, f.digits);
}

/** The unit of a share's difference: percentage points (pp, 个百分点). */
export const PERCENTAGE_POINTS: Readonly<Record<Locale, string>> = { en: ' pp', 'zh-CN': ' 个百分点' };

/** Whether a KPI's differences are written in percentage points (it is a share). */
export function inPercentagePoints(kpi: string): boolean {
  return kpiFormat(kpi).kind === 'percent';
}

/** A difference b − a with its sign and no unit (a share's as percentage points: 0.012 → "+1.2"). */
function signedDiff(locale: Locale, kpi: string, value: number): string {
  const pp = inPercentagePoints(kpi);
  const v = pp ? value * 100 : value;
  let text = pp ? formatNumber(locale, v, 1) : formatKpi(locale, kpi, v);
  // A small but real difference must not read as zero: two significant digits instead.
  if (Number.isFinite(v) && v !== 0 && !/[1-9]/.test(text)) text = `${Number(v.toPrecision(2))}`;
  return v > 0 && Number.isFinite(v) ? `+${text}` : text;
}

/** A difference b − a with its sign (shares in percentage points: "+1.2 pp", "+1.2 个百分点"). */
export function formatDiff(locale: Locale, kpi: string, value: number): string {
  const text = signedDiff(locale, kpi, value);
  return inPercentagePoints(kpi) && Number.isFinite(value) ? `${text}${PERCENTAGE_POINTS[locale]}` : text;
}

/** "mean [lo, hi]" (a difference's unit, pp, once after the mean) */
export function formatEstimate(locale: Locale, kpi: string, e: { mean: number; ci95: readonly [number, number] }, diff = false): string {
  const [mean, ci] = estimateParts(locale, kpi, e, diff);
  return `${mean} ${ci}`;
}

/** The mean and the interval as two strings (so a cell can wrap between them); a difference's unit (pp) follows the mean. */
export function estimateParts(locale: Locale, kpi: string, e: { mean: number; ci95: readonly [number, number] }, diff = false): [mean: string, ci: string] {
  if (!diff) return [formatKpi(locale, kpi, e.mean), `[${formatKpi(locale, kpi, e.ci95[0])}, ${formatKpi(locale, kpi, e.ci95[1])}]`];
  return [formatDiff(locale, kpi, e.mean), `[${signedDiff(locale, kpi, e.ci95[0])}, ${signedDiff(locale, kpi, e.ci95[1])}]`];
}
