/**
 * What a run's progress means to a planner: simulated working days done out of the total (a
 * replication simulates `daysPerReplication` days) and the time left, extrapolated from the time
 * the finished replications took. Pure.
 */
import type { RunProgress } from '../../client/simPool';

export interface ProgressDetail {
  daysDone?: number;
  daysTotal?: number;
  /** seconds, once at least one replication has finished */
  secondsLeft?: number;
}

export function progressDetail(p: RunProgress): ProgressDetail {
  const out: ProgressDetail = {};
  if (p.daysPerReplication !== undefined && p.total > 0) {
    out.daysDone = p.done * p.daysPerReplication;
    out.daysTotal = p.total * p.daysPerReplication;
  }
  if (p.elapsedMs !== undefined && p.done > 0 && p.done < p.total) out.secondsLeft = Math.max(1, Math.round(((p.elapsedMs / p.done) * (p.total - p.done)) / 1000));
  return out;
}
