/**
 * The columns of a sweep's CSV — one home for `onewindow sweep --csv` (src/cli/sweepOutput.ts)
 * and the Research view's download (src/ui/views/research/sweepExport.ts):
 *
 *   point, <one column per swept parameter or lever>, scope, id, metric, mean, lo, hi, method, <extra…>
 *
 * One row per grid point × estimate; `scope` is `kpi` (empty `id`), `station`, `class` or
 * `department`; `lo`/`hi` bound the 95% interval and `method` says how it was made (`t`, `log-t`,
 * `logit-t`, `clipped`). A writer appends its own columns after `method` (the CLI: the sweep's
 * fingerprint and size, which `onewindow merge` reads; the UI: label, replications, seed, days).
 * Cells are RFC 4180 (a field with a comma, quote or line end is quoted); a number that is not
 * finite is an empty cell. Line ends and a byte-order mark are the caller's. Pure; imports nothing.
 */

/** The columns between the swept values and a writer's own, in order. */
export const SWEEP_ESTIMATE_COLUMNS = ['scope', 'id', 'metric', 'mean', 'lo', 'hi', 'method'] as const;

/** An estimate as the CSV needs it (the engine's Estimate has this shape). */
export interface SweepCsvEstimate {
  mean: number;
  ci95: readonly [number, number];
  method?: string;
}

/** One CSV cell: numbers as written by String (not finite → empty), strings quoted when they must be, anything else as JSON. Pure. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header line (no line end): `point`, the swept columns, the estimate's columns, then `extra`. Pure. */
export function sweepCsvHeaderLine(swept: readonly string[], extra: readonly string[] = []): string {
  return ['point', ...swept, ...SWEEP_ESTIMATE_COLUMNS, ...extra].map(csvCell).join(',');
}

/** One row (no line end) of grid point `point` at `values`, for one estimate, then the writer's `extra` cells. Pure. */
export function sweepCsvRow(
  point: number,
  values: readonly unknown[],
  estimate: { scope: string; id: string; metric: string; e: SweepCsvEstimate },
  extra: readonly unknown[] = [],
): string {
  const { scope, id, metric, e } = estimate;
  return [point, ...values, scope, id, metric, e.mean, e.ci95[0], e.ci95[1], e.method ?? 't', ...extra].map(csvCell).join(',');
}
