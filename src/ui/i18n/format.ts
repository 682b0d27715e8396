/** Number formatting for the UI, per locale. Pure apart from a formatter cache. */
import type { Locale } from './messages';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** 0 for values that round to zero at `digits` decimals, so no "-0.0" appears. */
function noNegativeZero(value: number, digits: number): number {
  return Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
}

/** A number with a fixed count of decimals; non-finite values show as "—". */
export function formatNumber(locale: Locale, value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(noNegativeZero(value, digits));
}

/** A share in [0, 1] as a percentage, e.g. 0.903 → "90.3%". */
export function formatPercent(locale: Locale, value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(noNegativeZero(value, digits + 2));
}

/** A count with grouping, e.g. 1234567 → "1,234,567". */
export function formatInteger(locale: Locale, value: number): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(locale, { maximumFractionDigits: 0 }).format(noNegativeZero(value, 0));
}
