/**
 * Offered load (ρ = arrival rate × mean service ÷ servers) of the resources of a run, computed
 * before it from the scenario alone, so that an overloaded department or station is named before
 * anyone waits for a run whose queues only grow. The shared types and the thresholds live here;
 * the centre's resources are computed in src/engine/centre/offeredLoad.ts, a network's below.
 * Pure.
 */
import { distributionMean } from '../random/distributions';
import type { NetworkScenario } from '../scenario/networkSchema';

/** A load at or above this is unstable: the queue grows without bound (in a day, or over days). */
export const UNSTABLE_LOAD = 1;
/** A load at or above this (and below 1) is reported as near overload: waits are long and very sensitive to demand. */
export const NEAR_LOAD = 0.95;

/** Where a load is offered: a department's windows, its back office, or a network station. */
export type LoadWhere = 'windows' | 'backOffice' | 'station';

/** The offered load of one resource. */
export interface OfferedLoad {
  /** the department id (centre; a shared window group or counter line by its group id), or the station id (network) */
  id: string;
  where: LoadWhere;
  /** ρ on the mean day (centre) or at the mean arrival rate (network) */
  load: number;
  /** ρ in the busiest hour of the busiest simulated day (centre windows) or the busiest slot of the arrival profiles (network); = load where arrivals are flat */
  peakLoad: number;
  /** servers: windows, back-office staff, or the station's (time-averaged when scheduled) */
  servers: number;
  /** windows: mean window minutes per visit (the service time behind `load`), when the resource has visits */
  meanServiceMinutes?: number;
  /** a centre resource shared by several departments (comprehensive windows, the approval bureau) or a stage-3 counter line: `id` is then its group id */
  shared?: true;
}

/** The overload report of a scenario: every resource's load, and those at or near 1 (the JSON's `unstable`). */
export interface LoadReport {
  loads: OfferedLoad[];
  /** load ≥ 1 */
  unstable: OfferedLoad[];
  /** 0.95 ≤ load < 1 */
  near: OfferedLoad[];
}

/** Splits loads into the report's lists (largest first). Pure. */
export function loadReport(loads: OfferedLoad[]): LoadReport {
  const byLoad = [...loads].sort((a, b) => b.load - a.load);
  return {
    loads,
    unstable: byLoad.filter((l) => !(l.load < UNSTABLE_LOAD)),
    near: byLoad.filter((l) => l.load >= NEAR_LOAD && l.load < UNSTABLE_LOAD),
  };
}

/** Branches the traffic equations may walk before a network counts as never emptying. */
const MAX_TRAFFIC_WORK = 1_000_000;

/**
 * Offered load of each finite-server station of a network: the traffic equations over (class,
 * station) pairs, λ_{k,s} = external_{k,s} + Σ λ_{k',s'} P_{k',s' → k,s} (class routing where the
 * class has one, else the network's; class switching on a branch moves the flow to the new class),
 * then ρ_s = Σ_k λ_{k,s} E[S_{k,s}] / c_s. Arrival rates at the profile's mean multiplier (`load`)
 * and its largest (`peakLoad`); a scheduled station's servers are their time average over the
 * cycle; `limit` on arrivals is ignored (a limited class is counted as if unlimited), infinite
 * servers are left out. A routing loop that never exits gives an infinite load. Pure.
 */
export function networkOfferedLoad(sc: NetworkScenario): LoadReport {
  const nS = sc.stations.length;
  const nK = sc.classes.length;
  const sIdx = new Map(sc.stations.map((s, i) => [s.id, i]));
  const kIdx = new Map(sc.classes.map((c, i) => [c.id, i]));
  const ext = new Float64Array(nK * nS);
  const extPeak = new Float64Array(nK * nS);
  sc.classes.forEach((c, k) => {
    const a = c.arrivals;
    if (!a) return;
    const rate = 1 / distributionMean(a.interarrival);
    const ms = a.profile?.multipliers;
    const mean = ms ? ms.reduce((x, y) => x + y, 0) / ms.length : 1;
    const peak = ms ? ms.reduce((a, m) => (m > a ? m : a), 0) : 1;
    const branches = typeof a.to === 'string' ? [{ to: a.to, p: 1, class: undefined as string | undefined }] : a.to;
    for (const b of branches) {
      const s = sIdx.get(b.to);
      if (s === undefined) continue;
      const k2 = b.class !== undefined ? (kIdx.get(b.class) ?? k) : k;
      ext[k2 * nS + s] += rate * mean * b.p;
      extPeak[k2 * nS + s] += rate * peak * b.p;
    }
  });
  const routesOf = (k: number, s: number) => {
    const own = sc.classes[k].routing;
    const id = sc.stations[s].id;
    return own && Object.hasOwn(own, id) ? own[id] : Object.hasOwn(sc.routing, id) ? sc.routing[id] : [];
  };
  const solve = (e: Float64Array): Float64Array => {
    // the traffic equations summed step by step over the pairs that hold flow (a sparse frontier):
    // linear in the branches walked, so a chain of 5,000 stations costs 5,000 steps, not 5,000²
    // (issue 12); a flow that never leaves (a loop without exit) exhausts the work cap
    const x = new Float64Array(e.length);
    let cur = Float64Array.from(e);
    let nxt = new Float64Array(e.length);
    let active: number[] = [];
    for (let i = 0; i < e.length; i++) if (e[i] !== 0) active.push(i);
    let nextActive: number[] = [];
    let work = 0;
    while (active.length > 0) {
      let mass = 0;
      for (const i of active) {
        x[i] += cur[i];
        mass += cur[i];
      }
      let total = 0;
      for (const i of active) total += x[i];
      if (!(mass > 1e-12 * Math.max(1, total))) return x;
      if (work > MAX_TRAFFIC_WORK || !Number.isFinite(mass)) break;
      nextActive = [];
      for (const i of active) {
        const f = cur[i];
        cur[i] = 0;
        const k = Math.floor(i / nS);
        const s = i - k * nS;
        for (const r of routesOf(k, s)) {
          work++;
          const s2 = sIdx.get(r.to);
          if (s2 === undefined || r.p <= 0) continue;
          const k2 = r.class !== undefined ? (kIdx.get(r.class) ?? k) : k;
          const j = k2 * nS + s2;
          if (nxt[j] === 0) nextActive.push(j);
          nxt[j] += f * r.p;
        }
      }
      [cur, nxt] = [nxt, cur];
      active = nextActive;
    }
    if (active.length === 0) return x;
    // no convergence: some flow never leaves (a loop without exit)
    return x.map((v) => (v > 0 ? Infinity : 0));
  };
  const flow = solve(ext);
  const flowPeak = solve(extPeak);
  const loads: OfferedLoad[] = [];
  sc.stations.forEach((st, s) => {
    if (st.servers === 'infinite') return;
    let servers: number = st.servers;
    if (st.schedule) {
      const w = [...st.schedule.windows].sort((a, b) => a.start - b.start);
      const period = st.schedule.periodMinutes;
      let area = 0;
      w.forEach((win, i) => {
        const end = i + 1 < w.length ? w[i + 1].start : period;
        area += win.servers * Math.max(0, Math.min(end, period) - Math.min(win.start, period));
      });
      // before the first window starts, the last window's servers hold (the schedule repeats)
      area += w[w.length - 1].servers * Math.min(w[0].start, period);
      servers = area / period;
    }
    let work = 0;
    let workPeak = 0;
    sc.classes.forEach((c, k) => {
      const spec = c.service && Object.hasOwn(c.service, st.id) ? c.service[st.id] : st.service;
      const es = distributionMean(spec);
      if (flow[k * nS + s] > 0) work += flow[k * nS + s] * es;
      if (flowPeak[k * nS + s] > 0) workPeak += flowPeak[k * nS + s] * es;
    });
    const rho = (w: number) => (w === 0 ? 0 : servers > 0 ? w / servers : Infinity);
    loads.push({ id: st.id, where: 'station', load: rho(work), peakLoad: rho(workPeak), servers });
  });
  return loadReport(loads);
}
