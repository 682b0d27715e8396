/** Cross-field rules of a network scenario that a structural schema cannot state. */
import { type DistributionSpec, distributionMean } from '../random/distributions';
import type { NetworkScenario, Route } from './networkSchema';
import { ScenarioError, formatPath } from './ScenarioError';

type Path = Array<string | number>;

/** Throws ScenarioError on the first rule a distribution breaks; pure. */
export function checkDistribution(d: DistributionSpec, path: Path): void {
  const fail = (key: string, rule: string, v: unknown) => {
    throw new ScenarioError(formatPath([...path, key]), rule, v);
  };
  switch (d.dist) {
    case 'exponential':
      if ((d.rate === undefined) === (d.mean === undefined))
        fail('rate', 'give exactly one of rate or mean', d.rate);
      break;
    case 'uniform':
      if (d.max < d.min) fail('max', `must be ≥ min (${d.min})`, d.max);
      break;
    case 'triangular':
      if (d.mode < d.min) fail('mode', `must be ≥ min (${d.min})`, d.mode);
      if (d.max < d.mode) fail('max', `must be ≥ mode (${d.mode})`, d.max);
      break;
    case 'empirical':
      if (d.weights !== undefined) {
        if (d.weights.length !== d.values.length)
          fail('weights', `must have one weight per value (${d.values.length})`, d.weights);
        if (!(d.weights.reduce((a, b) => a + b, 0) > 0)) fail('weights', 'must not all be 0', d.weights);
      }
      break;
    default:
      break;
  }
}

/** Throws ScenarioError on the first cross-field rule the scenario breaks; pure. */
export function checkNetwork(s: NetworkScenario): void {
  const stations = new Set<string>();
  const classes = new Set<string>();
  const fail = (path: Path, rule: string, v: unknown): never => {
    throw new ScenarioError(formatPath(path), rule, v);
  };
  s.stations.forEach((st, i) => {
    if (stations.has(st.id)) fail(['stations', i, 'id'], 'must be unique', st.id);
    stations.add(st.id);
  });
  s.classes.forEach((c, i) => {
    if (classes.has(c.id)) fail(['classes', i, 'id'], 'must be unique', c.id);
    classes.add(c.id);
  });
  const stationList = [...stations].join(', ');
  const checkStation = (path: Path, v: string) => {
    if (!stations.has(v)) fail(path, `must name a station (${stationList})`, v);
  };
  const checkRoutes = (path: Path, routes: Route[]) => {
    let sum = 0;
    routes.forEach((r, j) => {
      if (r.to !== 'exit' && !stations.has(r.to))
        fail([...path, j, 'to'], `must name a station (${stationList}) or "exit"`, r.to);
      if (r.class !== undefined && !classes.has(r.class))
        fail([...path, j, 'class'], `must name a class (${[...classes].join(', ')})`, r.class);
      sum += r.p;
    });
    if (sum > 1 + 1e-9) fail(path, 'branch probabilities must sum to at most 1', Number(sum.toPrecision(12)));
  };
  const checkRouting = (path: Path, routing: Record<string, Route[]>) => {
    for (const [from, routes] of Object.entries(routing)) {
      checkStation([...path, from], from);
      checkRoutes([...path, from], routes);
    }
  };

  if ((s.stop.minutes === undefined) === (s.stop.customers === undefined))
    fail(['stop'], 'give exactly one of minutes or customers', s.stop);
  if (s.warmup !== 'auto' && s.stop.minutes !== undefined && s.warmup.minutes >= s.stop.minutes)
    fail(['warmup', 'minutes'], `must be less than stop.minutes (${s.stop.minutes})`, s.warmup.minutes);

  s.stations.forEach((st, i) => {
    checkDistribution(st.service, ['stations', i, 'service']);
    if (st.patience) checkDistribution(st.patience, ['stations', i, 'patience']);
    if (st.schedule) {
      let last = -1;
      st.schedule.windows.forEach((w, j) => {
        const p = ['stations', i, 'schedule', 'windows', j, 'start'];
        if (w.start >= st.schedule!.periodMinutes)
          fail(p, `must be less than periodMinutes (${st.schedule!.periodMinutes})`, w.start);
        if (w.start <= last) fail(p, 'must be greater than the previous window’s start', w.start);
        last = w.start;
      });
    }
    if (st.servers === 'infinite' && st.schedule) fail(['stations', i, 'schedule'], 'cannot apply to "infinite" servers', st.schedule);
    if (st.workingTime && !s.calendar) fail(['stations', i, 'workingTime'], 'needs a calendar (opening hours to count)', st.workingTime);
  });

  let anyArrivals = false;
  s.classes.forEach((c, i) => {
    const p: Path = ['classes', i];
    if (c.arrivals) {
      anyArrivals = true;
      checkDistribution(c.arrivals.interarrival, [...p, 'arrivals', 'interarrival']);
      if (!(distributionMean(c.arrivals.interarrival) > 0))
        fail([...p, 'arrivals', 'interarrival'], 'must have a mean > 0 (arrivals would never let the clock move)', c.arrivals.interarrival);
      if (typeof c.arrivals.to === 'string') checkStation([...p, 'arrivals', 'to'], c.arrivals.to);
      else {
        checkRoutes([...p, 'arrivals', 'to'], c.arrivals.to);
        const sum = c.arrivals.to.reduce((a, r) => a + r.p, 0);
        if (Math.abs(sum - 1) > 1e-9) fail([...p, 'arrivals', 'to'], 'branch probabilities must sum to 1', sum);
      }
      if (c.arrivals.profile && !c.arrivals.profile.multipliers.some((m) => m > 0))
        fail([...p, 'arrivals', 'profile', 'multipliers'], 'must not all be 0', c.arrivals.profile.multipliers);
    }
    if (c.deadline !== undefined && typeof c.deadline !== 'number') checkDistribution(c.deadline, [...p, 'deadline']);
    for (const [st, d] of Object.entries(c.service ?? {})) {
      checkStation([...p, 'service', st], st);
      checkDistribution(d, [...p, 'service', st]);
    }
    for (const [st, d] of Object.entries(c.patience ?? {})) {
      checkStation([...p, 'patience', st], st);
      checkDistribution(d, [...p, 'patience', st]);
    }
    if (c.routing) checkRouting([...p, 'routing'], c.routing);
  });
  if (!anyArrivals) fail(['classes'], 'at least one class must have arrivals', s.classes.length);
  checkRouting(['routing'], s.routing);
  checkExitReachable(s);
  s.counters.forEach((c, i) => c.stations.forEach((st, j) => checkStation(['counters', i, 'stations', j], st)));
}

/**
 * Throws if a case can get somewhere it can never leave from: every (station, class) a case can
 * reach must have a path to exit (else a drained run would never end); pure.
 */
function checkExitReachable(s: NetworkScenario): void {
  const key = (st: string, c: string) => `${st}\u0000${c}`;
  const rowOf = (st: string, c: string): Route[] =>
    s.classes.find((x) => x.id === c)?.routing?.[st] ?? s.routing[st] ?? [];
  const next = (st: string, c: string) => {
    const out: [string, string][] = [];
    let sum = 0;
    for (const r of rowOf(st, c)) {
      if (r.p <= 0) continue;
      sum += r.p;
      out.push([r.to, r.class ?? c]);
    }
    if (sum < 1 - 1e-12) out.push(['exit', c]);
    return out;
  };
  // nodes reachable from the entries
  const seen = new Map<string, [string, string]>();
  const stack: [string, string][] = [];
  for (const c of s.classes) {
    if (!c.arrivals) continue;
    const entries = typeof c.arrivals.to === 'string' ? [c.arrivals.to] : c.arrivals.to.filter((r) => r.p > 0).map((r) => r.to);
    for (const st of entries) if (st !== 'exit') stack.push([st, c.id]);
  }
  while (stack.length > 0) {
    const [st, c] = stack.pop()!;
    if (seen.has(key(st, c))) continue;
    seen.set(key(st, c), [st, c]);
    for (const [to, c2] of next(st, c)) if (to !== 'exit' && !seen.has(key(to, c2))) stack.push([to, c2]);
  }
  // nodes that can reach exit: iterate to a fixed point
  const leaves = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [k, [st, c]] of seen) {
      if (leaves.has(k)) continue;
      if (next(st, c).some(([to, c2]) => to === 'exit' || leaves.has(key(to, c2)))) {
        leaves.add(k);
        changed = true;
      }
    }
  }
  for (const [k, [st, c]] of seen) {
    if (!leaves.has(k)) {
      const own = s.classes.find((x) => x.id === c)?.routing?.[st];
      const path = own ? `classes[${s.classes.findIndex((x) => x.id === c)}].routing.${st}` : `routing.${st}`;
      throw new ScenarioError(path, `cases of class ${c} can never reach exit from here`, own ?? s.routing[st]);
    }
  }
}
