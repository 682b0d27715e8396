/**
 * What a run's progress means to a planner: simulated working days done out of the total (a
 * replication simulates `daysPerReplication` days; the workers also count the days of replications
 * still running) and the time left, extrapolated from the time the days (or, without days, the
 * finished replications) took. Pure.
 */
import type { RunProgress } from '../../client/simPool';

export interface ProgressDetail {
  daysDone?: number;
  daysTotal?: number;
  /** seconds, once some simulated days (or a replication) are done */
  secondsLeft?: number;
  /** the share of the work done, 0–1 (days when known, else replications) */
  share: number;
}

export function progressDetail(p: RunProgress): ProgressDetail {
  const out: ProgressDetail = { share: p.total > 0 ? Math.min(1, p.done / p.total) : 0 };
  if (p.daysPerReplication !== undefined && p.total > 0) {
    out.daysTotal = p.total * p.daysPerReplication;
    out.daysDone = Math.min(out.daysTotal, Math.max(p.daysDone ?? 0, p.done * p.daysPerReplication));
    out.share = out.daysTotal > 0 ? out.daysDone / out.daysTotal : out.share;
  }
  if (p.elapsedMs !== undefined && out.share > 0 && out.share < 1) out.secondsLeft = Math.max(1, Math.round(((p.elapsedMs / out.share) * (1 - out.share)) / 1000));
  return out;
}
