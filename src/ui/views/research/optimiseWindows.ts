/**
 * The window optimiser's search, pure: the fewest windows per department meeting a wait target,
 * searched inside each department's analytic bracket (src/engine/analytic/windowBracket.ts, via
 * the worker) by bisection, every department at once (one simulation per step tests every
 * department's midpoint), then confirmed by a simulation at the answer. When the bracket's upper
 * end fails in simulation the bracket is widened (doubled) and the search goes on. The caller
 * runs the simulations (in the worker pool); this module only decides what to run next.
 */
import type { ScenarioJson } from '../../draft/leverDraft';

/** A department's search state: the answer lies in [lo, hi]; `hiChecked` once hi met the target in simulation. */
export interface DepartmentSearch {
  id: string;
  /** the analytic bracket it started from */
  lower: number;
  upper: number;
  lo: number;
  hi: number;
  hiChecked: boolean;
}

/** A department's simulated share within the target (mean over replications) at a windows count. */
export type Outcomes = Readonly<Record<string, number>>;

/** The largest windows count a search widens to. */
export const MAX_WINDOWS = 500;

/** Start: every department searched within its bracket. Pure. */
export function startSearch(brackets: readonly { id: string; lower: number; upper: number }[]): DepartmentSearch[] {
  return brackets.map((b) => ({ id: b.id, lower: b.lower, upper: b.upper, lo: b.lower, hi: Math.max(b.lower, b.upper), hiChecked: false }));
}

/** Whether every department's search has closed on a checked answer. Pure. */
export function searchDone(s: readonly DepartmentSearch[]): boolean {
  return s.every((d) => d.lo === d.hi && d.hiChecked);
}

/**
 * The windows to simulate next, one per department: hi while hi is unchecked (the bracket's top
 * must be shown to meet the target), else the midpoint of [lo, hi]; a closed department stays at
 * its answer. Pure.
 */
export function nextProbe(s: readonly DepartmentSearch[]): Record<string, number> {
  return Object.fromEntries(s.map((d) => [d.id, !d.hiChecked ? d.hi : d.lo === d.hi ? d.hi : Math.floor((d.lo + d.hi) / 2)]));
}

/**
 * Narrow every department's range by one simulated probe: met at w → hi = w (checked), missed →
 * lo = w + 1 (and when w was an unchecked hi, the range widens to [w + 1, 2w]). Pure.
 */
export function narrow(s: readonly DepartmentSearch[], probe: Record<string, number>, met: (id: string) => boolean): DepartmentSearch[] {
  return s.map((d) => {
    const w = probe[d.id];
    if (d.lo === d.hi && d.hiChecked) return d;
    if (met(d.id)) return { ...d, hi: w, hiChecked: true, lo: Math.min(d.lo, w) };
    if (!d.hiChecked) {
      const lo = w + 1;
      return lo > MAX_WINDOWS ? { ...d, lo: MAX_WINDOWS, hi: MAX_WINDOWS, hiChecked: true } : { ...d, lo, hi: Math.min(MAX_WINDOWS, Math.max(lo, 2 * w)) };
    }
    return { ...d, lo: Math.min(w + 1, d.hi) };
  });
}

/**
 * The scenario with each listed department's windows set, its back office kept the same size
 * (back-office servers = max(1, staff − windows), so staff moves with the windows). Pure.
 */
export function withWindows(json: ScenarioJson, windows: Readonly<Record<string, number>>): ScenarioJson {
  const deps = Array.isArray(json.departments) ? (json.departments as ScenarioJson[]) : [];
  return {
    ...json,
    departments: deps.map((d) => {
      const id = String(d.id);
      if (!(id in windows)) return d;
      const w0 = typeof d.windows === 'number' ? d.windows : 0;
      const s0 = typeof d.staff === 'number' ? d.staff : w0 + 1;
      const backOffice = Math.max(1, s0 - w0);
      return { ...d, windows: windows[id], staff: windows[id] + backOffice };
    }),
  };
}
