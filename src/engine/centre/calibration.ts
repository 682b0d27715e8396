/**
 * Calibration: compares run summaries of the centre presets with the outside figures in
 * models/data/calibration.json, reporting each gap and whether it lies within the stated tolerance.
 * Each figure has a role (DESIGN.md § What makes the model defensible): a *consistency* check repeats
 * an input, a *tuned* figure was reached by setting the parameters it names, a *validation* figure
 * was not used for tuning; only a validation figure within tolerance is "reproduced". Pure; the
 * caller runs the presets and hands in their summaries.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import type { RunSummary } from '../types';
import { runCentreReplications, summariseCentre } from './runCentre';
import type { CentreModels } from './compileCentre';

/** What a calibration figure can show (DESIGN.md § What makes the model defensible). */
export const CALIBRATION_ROLES = ['consistency', 'tuned', 'validation'] as const;
export type CalibrationRole = (typeof CALIBRATION_ROLES)[number];

/** One calibration target (a row of models/data/calibration.json). */
export interface CalibrationTarget {
  id: string;
  preset: string;
  kpi: string;
  /** divide by the same KPI of this preset (an ordering between presets: target 1 with max or min) */
  ratioTo?: string;
  target: number;
  /** the figure is an upper bound (a standard): within when simulated ≤ target + tolerance */
  max?: boolean;
  /** the figure is a lower bound: within when simulated ≥ target − tolerance */
  min?: boolean;
  tolerance: { abs?: number; rel?: number };
  /** consistency: repeats an input; tuned: reached by setting `parameters`; validation: not used for tuning */
  role: CalibrationRole;
  /** one line: which input it echoes, which parameter was tuned to it, or why it is held out */
  why: string;
  /** tuned figures: the registry paths (src/domain/parameters.ts) set to reach it, each marked `tuned` there */
  parameters?: string[];
  source: string;
  note?: string;
  /**
   * A known gap: the model does not reproduce this figure, and says why. The report shows it as
   * outside tolerance; the calibration test fails if the figure comes back within tolerance
   * (then remove the gap and its note in the docs).
   */
  knownGap?: string;
}

/** A preset's scenario and the summary of its run. */
export interface CalibrationRun {
  scenario: CentreScenario;
  summary: RunSummary;
}

/** One compared figure. */
export interface CalibrationRow {
  id: string;
  role: CalibrationRole;
  preset: string;
  kpi: string;
  target: number;
  simulated: number;
  /** simulated − target */
  gap: number;
  /** gap / |target| (NaN when the target is 0) */
  relativeGap: number;
  /** the allowed absolute gap */
  allowed: number;
  within: boolean;
  /** the target's known gap (why the model misses it), if any */
  knownGap?: string;
  source: string;
}

/**
 * A KPI of a run, with four derived ones: `annualCases` (cases per working year), `departments`,
 * `casesPerStaffDay` and `linkedLeadTimeDays` (mean lead time of linked items, 联办件). Pure.
 */
export function calibrationKpi(run: CalibrationRun, kpi: string): number {
  const s = run.scenario;
  const k = run.summary.kpis;
  const days = s.simulation.days - s.simulation.warmupDays;
  switch (kpi) {
    case 'annualCases':
      return (k.casesCompleted.mean * s.opening.workingDaysPerYear) / days;
    case 'departments':
      return s.departments.length;
    case 'casesPerStaffDay':
      return k.casesCompleted.mean / days / Math.max(1, k.staff.mean);
    case 'linkedLeadTimeDays': {
      const linked = run.summary.classes.linked?.leadTimeDays;
      if (!linked) throw new Error(`calibration: no linked items in the run of ${s.name}`);
      return linked.mean;
    }
    default:
      if (!k[kpi]) throw new Error(`calibration: no KPI ${kpi} in the run of ${s.name}`);
      return k[kpi].mean;
  }
}

/** Compares every target with its preset's run; runs are keyed by preset id. Pure. */
export function calibrationReport(targets: readonly CalibrationTarget[], runs: Record<string, CalibrationRun>): CalibrationRow[] {
  return targets.map((t) => {
    const run = runs[t.preset];
    if (!run) throw new Error(`calibration: no run for preset ${t.preset}`);
    let simulated = calibrationKpi(run, t.kpi);
    if (t.ratioTo) {
      const other = runs[t.ratioTo];
      if (!other) throw new Error(`calibration: no run for preset ${t.ratioTo}`);
      simulated /= calibrationKpi(other, t.kpi);
    }
    const gap = simulated - t.target;
    const allowed = Math.max(t.tolerance.abs ?? 0, (t.tolerance.rel ?? 0) * Math.abs(t.target));
    const within = t.max ? simulated <= t.target + allowed : t.min ? simulated >= t.target - allowed : Math.abs(gap) <= allowed + 1e-12;
    return { id: t.id, role: t.role, preset: t.preset, kpi: t.ratioTo ? `${t.kpi} ÷ ${t.ratioTo}` : t.kpi, target: t.target, simulated, gap, relativeGap: t.target !== 0 ? gap / Math.abs(t.target) : NaN, allowed, within, source: t.source, ...(t.knownGap ? { knownGap: t.knownGap } : {}) };
  });
}

const fmt = (x: number) => (Math.abs(x) >= 1000 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(2) : x.toFixed(4));

/** The report as an aligned text table (one row per target). Pure. */
export function formatCalibrationReport(rows: readonly CalibrationRow[]): string {
  const head = ['target id', 'role', 'preset', 'kpi', 'target', 'simulated', 'gap', 'gap %', 'allowed', 'ok'];
  const body = rows.map((r) => [r.id, r.role, r.preset, r.kpi, fmt(r.target), fmt(r.simulated), fmt(r.gap), Number.isNaN(r.relativeGap) ? '—' : `${(r.relativeGap * 100).toFixed(1)}%`, fmt(r.allowed), r.within ? 'yes' : r.knownGap ? 'NO (known gap)' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Per role: how many figures, how many within tolerance, and the ids outside. Pure. */
export type CalibrationTally = Record<CalibrationRole, { n: number; within: number; outside: string[] }>;

export function tallyByRole(rows: readonly CalibrationRow[]): CalibrationTally {
  const tally = Object.fromEntries(CALIBRATION_ROLES.map((r) => [r, { n: 0, within: 0, outside: [] as string[] }])) as CalibrationTally;
  for (const r of rows) {
    const t = tally[r.role];
    t.n++;
    if (r.within) t.within++;
    else t.outside.push(r.id);
  }
  return tally;
}

/**
 * The summary by role, in words: consistency checks and tuned figures are "within tolerance";
 * only validation figures within tolerance are "reproduced". Pure.
 */
export function calibrationSummary(rows: readonly CalibrationRow[]): string {
  const t = tallyByRole(rows);
  const out = (x: { outside: string[] }) => (x.outside.length ? `; OUTSIDE: ${x.outside.join(', ')}` : '');
  return [
    `${rows.length} figures by role:`,
    `  consistency (repeat an input, prove nothing about the mechanisms): ${t.consistency.within} of ${t.consistency.n} within tolerance${out(t.consistency)}`,
    `  tuned (reached by setting a parameter to them): ${t.tuned.within} of ${t.tuned.n} within tolerance${out(t.tuned)}`,
    `  validation (not used for tuning): ${t.validation.within} of ${t.validation.n} reproduced within tolerance${out(t.validation)}`,
  ].join('\n');
}

/**
 * Runs every preset the targets name (loaded scenarios keyed by preset id) for `replications`
 * replications and compares: what a CLI `calibrate` command prints with formatCalibrationReport.
 * Pure apart from timings; a full-year Dalian 2009 replication takes about 2.5 s of CPU.
 */
export function runCalibration(targets: readonly CalibrationTarget[], scenarios: Record<string, CentreScenario>, models: CentreModels, replications = 5): CalibrationRow[] {
  const runs: Record<string, CalibrationRun> = {};
  for (const id of new Set(targets.flatMap((t) => [t.preset, ...(t.ratioTo ? [t.ratioTo] : [])]))) {
    const scenario = scenarios[id];
    if (!scenario) throw new Error(`calibration: no scenario for preset ${id}`);
    runs[id] = { scenario, summary: summariseCentre(scenario, runCentreReplications(scenario, { from: 0, to: replications, models })) };
  }
  return calibrationReport(targets, runs);
}
