/**
 * Output of run summaries: the JSON object of the CLI contract, CSV rows and the human table.
 * Pure functions from a RunSummary (and paired differences) to strings.
 */
import { isConfigurationKpi, kpiSpec } from '../domain/kpis';
import { impreciseKpis, MIN_REPLICATIONS, RELATIVE_HALF_WIDTH } from '../domain/precision';
import { judgeDifference } from '../domain/significance';
import type { Estimate, IntervalMethod, RunSummary } from '../engine/types';
import type { LoadReport, OfferedLoad } from '../engine/analytic/offeredLoad';

export interface JsonEstimate {
  mean: number;
  ci95: [number, number];
  /** how ci95 was made when not the plain t interval (an interval kept inside the KPI's bounds) */
  method?: IntervalMethod;
}

type Grouped = Record<string, Record<string, JsonEstimate>>;

/** The `run --json` object (the waits array is dropped). */
export interface RunJson {
  name: string;
  type: string;
  seed: number;
  replications: number;
  kpis: Record<string, JsonEstimate>;
  /** values the scenario sets (staff, windows, integration index, configured shares): the same in every replication, so no CI (issue 9 point 9) */
  configuration?: Record<string, number>;
  stations: Grouped;
  classes: Grouped;
  /** per department (centre runs): wait, queue length, window and back-office utilisation, lead time, overdue */
  departments?: Grouped;
  analytic: RunSummary['analytic'];
  events: number;
  engineSeconds: number;
  /** resources whose offered load is ≥ 1, computed before the run (issue 9 point 7, issue 12 point 2) */
  unstable?: UnstableJson[];
  /** resources whose offered load is in [0.95, 1) */
  nearUnstable?: UnstableJson[];
}

/** One overloaded resource in `--json`: a department's windows or back office, or a network station. */
export interface UnstableJson {
  id: string;
  where: OfferedLoad['where'];
  /** ρ on the mean day (centre) or at the mean arrival rate (network) */
  load: number;
  /** ρ in the busiest hour of the busiest day (centre windows) or the busiest profile slot (network) */
  peakLoad: number;
  servers: number;
}

function unstableJson(l: OfferedLoad): UnstableJson {
  return { id: l.id, where: l.where, load: l.load, peakLoad: l.peakLoad, servers: l.servers };
}

/** The `unstable` and `nearUnstable` fields of `--json` from an overload report. */
export function overloadJson(r: LoadReport): Pick<RunJson, 'unstable' | 'nearUnstable'> {
  return { unstable: r.unstable.map(unstableJson), nearUnstable: r.near.map(unstableJson) };
}

/** "department fund's back office", "window group comprehensive", "station hall". */
function resourceName(l: OfferedLoad): string {
  if (l.where === 'station') return `station ${l.id}`;
  if (l.shared) return `${l.where === 'windows' ? 'window group' : 'back office'} ${l.id}`;
  return `department ${l.id}'s ${l.where === 'windows' ? 'windows' : 'back office'}`;
}

/**
 * The warning lines printed to stderr before a run: one per resource with offered load ≥ 1
 * (`warning:`) or in [0.95, 1) (`note:`), naming it; `prefix` tells two scenarios apart in compare.
 */
export function overloadLines(r: LoadReport, prefix = ''): string[] {
  const line = (l: OfferedLoad, level: string, what: string) => {
    const noun = l.where === 'windows' ? 'window' : l.where === 'backOffice' ? 'staff' : 'server';
    const servers = `${num(l.servers)} ${noun}${noun !== 'staff' && l.servers !== 1 ? 's' : ''}`;
    const basis = l.where === 'station' ? 'at the mean arrival rate' : 'on the mean day';
    const peak = l.where === 'windows' ? `busiest hour ${num(l.peakLoad)}; ` : l.where === 'station' && l.peakLoad !== l.load ? `busiest profile slot ${num(l.peakLoad)}; ` : '';
    return `${level}: ${prefix}${resourceName(l)}: offered load ${num(l.load)} ${what} ${basis} (${peak}${servers})`;
  };
  return [
    ...r.unstable.map((l) => line(l, 'warning', '≥ 1 (the queue grows without bound)')),
    ...r.near.map((l) => line(l, 'note', 'near 1 (waits long and very sensitive to demand)')),
  ];
}

export interface Differences {
  kpis: Record<string, Estimate>;
  stations: Record<string, Record<string, Estimate>>;
  classes: Record<string, Record<string, Estimate>>;
  departments?: Record<string, Record<string, Estimate>>;
}

export function estimateJson(e: Estimate): JsonEstimate {
  return { mean: e.mean, ci95: [e.ci95[0], e.ci95[1]], ...(e.method ? { method: e.method } : {}) };
}

function mapValues<T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

function groupedJson(g: Record<string, Record<string, Estimate>>): Grouped {
  return mapValues(g, (m) => mapValues(m, estimateJson));
}

/** The simulated KPIs: every estimate but the configuration's. */
function simulatedKpis(kpis: Record<string, Estimate>): Record<string, Estimate> {
  return Object.fromEntries(Object.entries(kpis).filter(([m]) => !isConfigurationKpi(m)));
}

/** The configuration values among the KPIs (src/domain/kpis.ts group `configuration`): each the mean, which every replication repeats. */
function configurationOf(kpis: Record<string, Estimate>): Record<string, number> {
  return Object.fromEntries(Object.entries(kpis).filter(([m]) => isConfigurationKpi(m)).map(([m, e]) => [m, e.mean]));
}

export function runJson(s: RunSummary): RunJson {
  return {
    name: s.name,
    type: s.kind,
    seed: s.seed,
    replications: s.replications,
    kpis: mapValues(simulatedKpis(s.kpis), estimateJson),
    ...(Object.keys(configurationOf(s.kpis)).length > 0 ? { configuration: configurationOf(s.kpis) } : {}),
    stations: groupedJson(s.stations),
    classes: groupedJson(s.classes),
    ...(s.departments ? { departments: groupedJson(s.departments) } : {}),
    analytic: s.analytic,
    events: s.events,
    engineSeconds: s.engineSeconds,
  };
}

/** The `compare --json` object: both runs and the paired differences b − a. */
export function compareJson(a: RunSummary, b: RunSummary, d: Differences, overload?: { a: LoadReport; b: LoadReport }) {
  return {
    a: { ...runJson(a), ...(overload ? overloadJson(overload.a) : {}) },
    b: { ...runJson(b), ...(overload ? overloadJson(overload.b) : {}) },
    differences: mapValues(d.kpis, estimateJson),
    stationDifferences: groupedJson(d.stations),
    classDifferences: groupedJson(d.classes),
    ...(d.departments && Object.keys(d.departments).length > 0 ? { departmentDifferences: groupedJson(d.departments) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV

export function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvNumber(x: number): string {
  return Number.isFinite(x) ? String(x) : '';
}

/** One row per (scope, id, metric): `scope,id,metric,mean,lo,hi`; KPIs have an empty id. */
export function estimatesCsv(
  kpis: Record<string, Estimate>,
  stations: Record<string, Record<string, Estimate>>,
  classes: Record<string, Record<string, Estimate>>,
  departments: Record<string, Record<string, Estimate>> = {},
): string {
  const rows = ['scope,id,metric,mean,lo,hi'];
  const row = (scope: string, id: string, metric: string, e: Estimate) =>
    rows.push([scope, csvField(id), csvField(metric), csvNumber(e.mean), csvNumber(e.ci95[0]), csvNumber(e.ci95[1])].join(','));
  for (const [m, e] of Object.entries(kpis)) row('kpi', '', m, e);
  for (const [id, ms] of Object.entries(stations)) for (const [m, e] of Object.entries(ms)) row('station', id, m, e);
  for (const [id, ms] of Object.entries(classes)) for (const [m, e] of Object.entries(ms)) row('class', id, m, e);
  for (const [id, ms] of Object.entries(departments)) for (const [m, e] of Object.entries(ms)) row('department', id, m, e);
  return rows.join('\n') + '\n';
}

export function runCsv(s: RunSummary): string {
  return estimatesCsv(s.kpis, s.stations, s.classes, s.departments);
}

// ---------------------------------------------------------------------------------------------
// Human-readable table

/** A number to about four significant figures, thousands grouped; '—' for NaN/∞. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '—' : x > 0 ? '∞' : '−∞';
  const a = Math.abs(x);
  if (a === 0) return '0';
  if (Number.isInteger(x) || a >= 10_000) return Math.round(x).toLocaleString('en-US');
  if (a >= 100) return x.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (a >= 1) return x.toFixed(3);
  if (a >= 0.001) return x.toFixed(4);
  return x.toExponential(2);
}

function ci(e: Estimate): string {
  return `[${num(e.ci95[0])}, ${num(e.ci95[1])}]` + (e.method ? ` ${e.method}` : '');
}

/** Whether a metric is a share (written as % in the UI; its differences in percentage points). */
function isShare(metric: string): boolean {
  return kpiSpec(metric)?.format.kind === 'percent';
}

/** A share as a percentage with about four significant figures ("89.31%"), for the compare table. */
function percent(x: number): string {
  return Number.isFinite(x) ? `${num(x * 100)}%` : num(x);
}

/** A difference with its sign; a share's in percentage points ("+1.250 pp"). */
export function diffText(metric: string, x: number): string {
  const v = isShare(metric) ? x * 100 : x;
  const text = (v > 0 && Number.isFinite(v) ? '+' : '') + num(v);
  return isShare(metric) ? `${text} pp` : text;
}

/** The 95% CI of a difference; a share's in percentage points ("[+0.5, +2.0] pp"). */
function diffCi(metric: string, e: Estimate): string {
  const sign = (x: number) => (x > 0 ? '+' : '') + num(x);
  const scale = isShare(metric) ? 100 : 1;
  return `[${sign(e.ci95[0] * scale)}, ${sign(e.ci95[1] * scale)}]${isShare(metric) ? ' pp' : ''}`;
}

/** The note under a table when an interval was kept inside its KPI's bounds. */
const BOUNDED_NOTE =
  'log-t / logit-t: the t interval crossed the KPI\'s bound (0, or 1 for a share), so it was made on the log (logit) scale by the delta method and transformed back; clipped: cut at the bound.';

/** The note under a table when some estimates are too imprecise for the digits shown (src/domain/precision.ts). */
function impreciseNote(names: string[]): string {
  const shown = names.length > NOTE_NAMES ? [...names.slice(0, NOTE_NAMES), `and ${names.length - NOTE_NAMES} more marked !`] : names;
  return `! too few replications for the precision shown (fewer than ${MIN_REPLICATIONS}, or a 95% half-width above both the KPI's practical threshold and ${RELATIVE_HALF_WIDTH * 100}% of its mean): ${shown.join(', ')}. Run more replications.`;
}

/** How many names the too-few-replications note spells out (the rest are marked ! in their tables). */
const NOTE_NAMES = 8;

/** Left-aligned text columns (the first by default), right-aligned numbers; two spaces between columns. */
export function table(header: string[], rows: string[][], leftColumns: number[] = [0]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (leftColumns.includes(i) ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

type Analytic = RunSummary['analytic'];

/** Where an analytic value is looked up: network KPIs, a station, or a class. */
export type AnalyticScope = { kind: 'kpi' } | { kind: 'station'; id: string; only: boolean } | { kind: 'class'; id: string } | { kind: 'department'; id: string };

/**
 * Analytic companions of a metric, as `value (formula, …)`: network KPIs are
 * `analytic[formula][metric]`; a station's or class's are `analytic[formula][id][metric]` (Jackson,
 * Cobham), and for a one-station network the network-level formulas describe its only station.
 */
export function analyticFor(analytic: Analytic, metric: string, scope: AnalyticScope): string {
  if (scope.kind === 'department') return ''; // no formula describes a centre's department
  const byValue = new Map<string, string[]>();
  for (const [formula, values] of Object.entries(analytic ?? {})) {
    let v: unknown;
    if (scope.kind === 'kpi') v = values[metric];
    else {
      const nested = values[scope.id];
      if (nested !== null && typeof nested === 'object') v = nested[metric];
      else if (scope.kind === 'station' && scope.only) v = values[metric];
    }
    if (typeof v !== 'number') continue;
    const text = num(v);
    byValue.set(text, [...(byValue.get(text) ?? []), formula]);
  }
  return [...byValue].map(([text, formulas]) => `${text} (${formulas.join(', ')})`).join('; ');
}

/** The unit of a KPI from the catalogue ('share' for a share, printed as a fraction here), else ''. */
function unitOf(metric: string): string {
  const spec = kpiSpec(metric);
  if (!spec) return '';
  return spec.unit?.en ?? (spec.format.kind === 'percent' ? 'share' : '');
}

function estimatesTable(title: string, ests: Record<string, Estimate>, analytic: Analytic, scope: AnalyticScope, units = false): { text: string; bounded: boolean; imprecise: string[] } {
  const imprecise = impreciseKpis(ests);
  const flagged = new Set(imprecise);
  const rows = Object.entries(ests).map(([m, e]) => [m, num(e.mean), ci(e), flagged.has(m) ? '!' : '', units ? unitOf(m) : '', analyticFor(analytic, m, scope)]);
  const columns = [title, 'mean', '95% CI', '', 'unit', 'analytic'];
  // keep the flag, unit and analytic columns only when some row has one
  const keep = columns.map((_, i) => i < 3 || rows.some((r) => r[i] !== ''));
  const pick = (r: string[]) => r.filter((_, i) => keep[i]);
  const text = table(pick(columns), rows.map(pick), [0, 3, 4, 5].filter((i) => keep[i]).map((i) => keep.slice(0, i).filter(Boolean).length));
  const bounded = Object.values(ests).some((e) => e.method !== undefined && e.method !== 't');
  return { text, bounded, imprecise: imprecise.map((m) => (scope.kind === 'kpi' ? m : `${scope.kind} ${scope.id} ${m}`)) };
}

export interface RunInfo {
  workers: number;
  wallSeconds: number;
}

export function runTable(s: RunSummary, info?: RunInfo): string {
  const tables = [estimatesTable('KPI', simulatedKpis(s.kpis), s.analytic, { kind: 'kpi' }, s.kind === 'onewindow/centre')];
  const config = Object.entries(configurationOf(s.kpis));
  if (config.length > 0)
    tables.push({ text: table(['configuration (input, no CI)', 'value', 'unit'], config.map(([m, x]) => [m, num(x), unitOf(m)]), [0, 2]), bounded: false, imprecise: [] });
  const only = Object.keys(s.stations).length === 1;
  for (const [id, ms] of Object.entries(s.stations)) tables.push(estimatesTable(`station ${id}`, ms, s.analytic, { kind: 'station', id, only }));
  for (const [id, ms] of Object.entries(s.classes)) tables.push(estimatesTable(`class ${id}`, ms, s.analytic, { kind: 'class', id }));
  for (const [id, ms] of Object.entries(s.departments ?? {})) tables.push(estimatesTable(`department ${id}`, ms, s.analytic, { kind: 'department', id }));
  const header =
    `${s.name} (${s.kind}) — seed ${s.seed}, ${s.replications} replication${s.replications === 1 ? '' : 's'}, ` +
    `${s.events.toLocaleString('en-US')} events, engine ${s.engineSeconds.toFixed(2)} s` +
    (info ? `, wall ${info.wallSeconds.toFixed(2)} s on ${info.workers} thread${info.workers === 1 ? '' : 's'}` : '');
  const notes: string[] = [];
  if (tables.some((t) => t.bounded)) notes.push(BOUNDED_NOTE);
  const imprecise = tables.flatMap((t) => t.imprecise);
  if (imprecise.length > 0) notes.push(impreciseNote(imprecise));
  return [header, ...tables.map((t) => t.text), ...(notes.length > 0 ? [notes.join('\n')] : [])].join('\n\n') + '\n';
}

/** A value of the compare table's A and B columns: a share as a percentage, otherwise a number. */
function meanText(metric: string, e: Estimate | undefined): string {
  const x = e?.mean ?? NaN;
  return isShare(metric) ? percent(x) : num(x);
}

/** The compare table's reading of B − A: the verdict of src/domain/significance.ts, '' when the CI holds 0. */
function verdictText(metric: string, e: Estimate): string {
  const v = judgeDifference(metric, e).verdict;
  return v === 'none' ? '' : v;
}

export function compareTable(a: RunSummary, b: RunSummary, d: Differences): string {
  const flagged = new Set([...impreciseKpis(a.kpis), ...impreciseKpis(b.kpis)]);
  // configuration (an input of each side) is shown as its difference, without a CI or a verdict
  const row = (m: string, ea: Estimate | undefined, eb: Estimate | undefined, e: Estimate, flag: boolean) =>
    isConfigurationKpi(m)
      ? [m, meanText(m, ea), meanText(m, eb), diffText(m, e.mean), 'configuration', '', '']
      : [m, meanText(m, ea), meanText(m, eb), diffText(m, e.mean), diffCi(m, e), verdictText(m, e), flag ? '!' : ''];
  const header = (title: string) => [title, 'A mean', 'B mean', 'B − A', '95% CI of B − A', 'reading', ''];
  const rows = Object.entries(d.kpis).map(([m, e]) => row(m, a.kpis[m], b.kpis[m], e, flagged.has(m)));
  const parts = [
    `A: ${a.name}   B: ${b.name}   — common random numbers, seed ${a.seed}, ${a.replications} paired replications`,
    table(header('KPI'), rows, [0, 5, 6]),
  ];
  for (const [id, ms] of Object.entries(d.stations)) {
    const srows = Object.entries(ms).map(([m, e]) => row(m, a.stations[id]?.[m], b.stations[id]?.[m], e, false));
    parts.push(table(header(`station ${id}`), srows, [0, 5, 6]));
  }
  const notes = [
    'better / worse / changed: significant — the 95% CI of B − A excludes 0 and |B − A| is at least the KPI\'s practical threshold (src/domain/kpis.ts); negligible: the CI excludes 0 but the difference is below that threshold; blank: the CI holds 0. Shares: A and B in %, differences in percentage points (pp).',
  ];
  if (flagged.size > 0) notes.push(impreciseNote([...flagged]));
  return parts.join('\n\n') + '\n\n' + notes.join('\n') + '\n';
}
