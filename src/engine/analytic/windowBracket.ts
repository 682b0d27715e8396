/**
 * How many windows a department needs so that a target share of its applicants waits at most a
 * target time ("90% of waits ≤ 15 minutes"), bracketed by two analytic formulas before any
 * simulation. Pure.
 *
 * - lower: the fewest windows with offered load ρ = a/c < 1 on the mean day (a = λ·E[S], the
 *   offered traffic in erlangs): with fewer the queue grows through the day, whatever the target.
 * - upper: the fewest windows meeting the target in an M/M/c queue (Erlang C) fed at the busiest
 *   hour's rate as if it lasted all day: P(W ≤ t) = 1 − C(c, a)·e^{−(cμ − λ)t}. Real days have
 *   calmer hours, so the simulated answer is at most this, and at least `lower`.
 */
import type { OfferedLoad } from './offeredLoad';
import { erlangC } from './erlangC';
import { exp } from '../random/fdlibm';

/** P(W ≤ t) in M/M/c with arrival rate λ, service rate μ per server, c servers (0 when ρ ≥ 1). Pure. */
export function erlangCWaitWithin(lambda: number, mu: number, c: number, t: number): number {
  if (lambda <= 0) return 1;
  const q = erlangC(lambda, mu, c);
  if (!Number.isFinite(q.meanWaitMinutes)) return 0;
  return 1 - q.probWait * exp(-(c * mu - lambda) * t);
}

/** The fewest servers c ≥ 1 with P(W ≤ t) ≥ share in M/M/c (λ, μ per minute; t minutes). Pure. */
export function fewestServersErlangC(lambda: number, mu: number, t: number, share: number, maxServers = 100_000): number {
  if (lambda <= 0) return 1;
  let c = Math.max(1, Math.floor(lambda / mu) + 1);
  while (c < maxServers && erlangCWaitWithin(lambda, mu, c, t) < share) c++;
  return c;
}

/** A service target: `share` of applicants wait at most `minutes`. */
export interface WaitTarget {
  share: number;
  minutes: number;
}

/** One department's window bracket. */
export interface WindowBracket {
  /** department id */
  id: string;
  /** windows in the scenario */
  windows: number;
  /** offered traffic on the mean day and in the busiest hour, erlangs (a = λ·E[S]) */
  offered: number;
  peakOffered: number;
  /** mean window minutes per visit */
  meanServiceMinutes: number;
  /** fewest windows with ρ < 1 on the mean day */
  lower: number;
  /** fewest windows meeting the target by Erlang C at the busiest hour's rate (≥ lower) */
  upper: number;
}

/**
 * The bracket of one department's windows from its offered load (a `windows` entry of the centre's
 * load report with its mean service time). Pure.
 */
export function windowBracket(load: OfferedLoad, target: WaitTarget): WindowBracket {
  const es = load.meanServiceMinutes ?? 0;
  const offered = load.load * load.servers;
  const peakOffered = load.peakLoad * load.servers;
  const lower = Math.max(1, Math.floor(offered) + 1);
  const upper = es > 0 ? Math.max(lower, fewestServersErlangC(peakOffered / es, 1 / es, target.minutes, target.share)) : lower;
  return { id: load.id, windows: load.servers, offered, peakOffered, meanServiceMinutes: es, lower, upper };
}

/** The brackets of every department's own windows in a load report (shared window groups left out). Pure. */
export function windowBrackets(loads: readonly OfferedLoad[], target: WaitTarget): WindowBracket[] {
  return loads.filter((l) => l.where === 'windows' && !l.shared && Number.isFinite(l.load)).map((l) => windowBracket(l, target));
}
