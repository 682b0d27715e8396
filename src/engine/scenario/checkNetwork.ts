/** Cross-field rules of a network scenario that a structural schema cannot state. */
import { type DistributionSpec, distributionMean } from '../random/distributions';
import type { NetworkScenario, Route } from './networkSchema';
import { ScenarioError, clip, formatPath } from './ScenarioError';
import { NETWORK_BOUNDS } from './distributionSchema';
import { checkRunBudget } from './estimateRun';
import { routingRow } from './routingRow';
import type { Rule } from './rules';

type Path = Array<string | number>;

/** Throws ScenarioError on the first rule a distribution breaks; pure. */
export function checkDistribution(d: DistributionSpec, path: Path): void {
  const fail = (key: string, rule: Rule, v: unknown) => {
    throw new ScenarioError(formatPath([...path, key]), rule, v);
  };
  switch (d.dist) {
    case 'exponential':
      if ((d.rate === undefined) === (d.mean === undefined))
        fail('rate', { code: 'exactlyOne', a: 'rate', b: 'mean' }, d.rate);
      break;
    case 'uniform':
      if (d.max < d.min) fail('max', { code: 'field.gte', field: 'min', value: d.min }, d.max);
      break;
    case 'triangular':
      if (d.mode < d.min) fail('mode', { code: 'field.gte', field: 'min', value: d.min }, d.mode);
      if (d.max < d.mode) fail('max', { code: 'field.gte', field: 'mode', value: d.mode }, d.max);
      break;
    case 'empirical':
      if (d.weights !== undefined) {
        if (d.weights.length !== d.values.length)
          fail('weights', { code: 'weights.perValue', count: d.values.length }, d.weights);
        if (!(d.weights.reduce((a, b) => a + b, 0) > 0)) fail('weights', { code: 'weights.notAllZero' }, d.weights);
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
  const fail = (path: Path, rule: Rule, v: unknown): never => {
    throw new ScenarioError(formatPath(path), rule, v);
  };
  s.stations.forEach((st, i) => {
    if (stations.has(st.id)) fail(['stations', i, 'id'], { code: 'id.unique' }, st.id);
    stations.add(st.id);
  });
  s.classes.forEach((c, i) => {
    if (classes.has(c.id)) fail(['classes', i, 'id'], { code: 'id.unique' }, c.id);
    classes.add(c.id);
  });
  if (s.stations.length * s.classes.length > NETWORK_BOUNDS.maxStationClassPairs)
    fail(['classes'], { code: 'network.pairs', max: NETWORK_BOUNDS.maxStationClassPairs, stations: s.stations.length }, s.classes.length);
  const stationList = clip([...stations].join(', '), 80);
  const checkStation = (path: Path, v: string) => {
    if (!stations.has(v)) fail(path, { code: 'station.known', stations: stationList }, v);
  };
  const checkRoutes = (path: Path, routes: Route[]) => {
    let sum = 0;
    routes.forEach((r, j) => {
      if (r.to !== 'exit' && !stations.has(r.to))
        fail([...path, j, 'to'], { code: 'station.knownOrExit', stations: stationList }, r.to);
      if (r.class !== undefined && !classes.has(r.class))
        fail([...path, j, 'class'], { code: 'class.known', classes: clip([...classes].join(', '), 80) }, r.class);
      sum += r.p;
    });
    if (sum > 1 + 1e-9) fail(path, { code: 'routes.sumAtMost1' }, Number(sum.toPrecision(12)));
  };
  const checkRouting = (path: Path, routing: Record<string, Route[]>) => {
    for (const [from, routes] of Object.entries(routing)) {
      checkStation([...path, from], from);
      checkRoutes([...path, from], routes);
    }
  };

  if ((s.stop.minutes === undefined) === (s.stop.customers === undefined))
    fail(['stop'], { code: 'exactlyOne', a: 'minutes', b: 'customers' }, s.stop);
  if (s.warmup !== 'auto' && s.stop.minutes !== undefined && s.warmup.minutes >= s.stop.minutes)
    fail(['warmup', 'minutes'], { code: 'field.lt', field: 'stop.minutes', value: s.stop.minutes }, s.warmup.minutes);

  s.stations.forEach((st, i) => {
    if (st.servers !== 'infinite' && st.servers > NETWORK_BOUNDS.maxServers)
      fail(['stations', i, 'servers'], { code: 'servers.max', max: NETWORK_BOUNDS.maxServers }, st.servers);
    checkDistribution(st.service, ['stations', i, 'service']);
    if (st.patience) checkDistribution(st.patience, ['stations', i, 'patience']);
    if (st.schedule) {
      let last = -1;
      st.schedule.windows.forEach((w, j) => {
        const p = ['stations', i, 'schedule', 'windows', j, 'start'];
        if (w.start >= st.schedule!.periodMinutes)
          fail(p, { code: 'field.lt', field: 'periodMinutes', value: st.schedule!.periodMinutes }, w.start);
        if (w.start <= last) fail(p, { code: 'schedule.increasing' }, w.start);
        last = w.start;
      });
    }
    if (st.servers === 'infinite' && st.schedule) fail(['stations', i, 'schedule'], { code: 'schedule.notInfinite' }, st.schedule);
    if (st.workingTime && !s.calendar) fail(['stations', i, 'workingTime'], { code: 'workingTime.calendar' }, st.workingTime);
  });

  let anyArrivals = false;
  s.classes.forEach((c, i) => {
    const p: Path = ['classes', i];
    if (c.arrivals) {
      anyArrivals = true;
      checkDistribution(c.arrivals.interarrival, [...p, 'arrivals', 'interarrival']);
      if (!(distributionMean(c.arrivals.interarrival) > 0))
        fail([...p, 'arrivals', 'interarrival'], { code: 'arrivals.meanPositive' }, c.arrivals.interarrival);
      if (typeof c.arrivals.to === 'string') checkStation([...p, 'arrivals', 'to'], c.arrivals.to);
      else {
        checkRoutes([...p, 'arrivals', 'to'], c.arrivals.to);
        const sum = c.arrivals.to.reduce((a, r) => a + r.p, 0);
        if (Math.abs(sum - 1) > 1e-9) fail([...p, 'arrivals', 'to'], { code: 'routes.sumTo1' }, sum);
      }
      if (c.arrivals.profile && !c.arrivals.profile.multipliers.some((m) => m > 0))
        fail([...p, 'arrivals', 'profile', 'multipliers'], { code: 'weights.notAllZero' }, c.arrivals.profile.multipliers);
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
  if (!anyArrivals) fail(['classes'], { code: 'arrivals.none' }, s.classes.length);
  checkRouting(['routing'], s.routing);
  checkExitReachable(s);
  s.counters.forEach((c, i) => c.stations.forEach((st, j) => checkStation(['counters', i, 'stations', j], st)));
  checkRunBudget(s);
}

/**
 * Throws if a case can get somewhere it can never leave from: every (station, class) a case can
 * reach must have a path to exit (else a drained run would never end). Linear in the number of
 * (station, class) pairs reached and their branches: a forward search from the entries, then a
 * backward search from exit over the reversed edges (issue 12: a fixed-point loop made a chain
 * of 800 stations take minutes); pure.
 */
function checkExitReachable(s: NetworkScenario): void {
  const classById = new Map(s.classes.map((c, i) => [c.id, { c, i }]));
  const key = (st: string, c: string) => `${st}\u0000${c}`;
  const next = (st: string, c: string) => {
    const out: [string, string][] = [];
    let sum = 0;
    for (const r of routingRow(s, classById.get(c)?.c, st)) {
      if (r.p <= 0) continue;
      sum += r.p;
      out.push([r.to, r.class ?? c]);
    }
    if (sum < 1 - 1e-12) out.push(['exit', c]);
    return out;
  };
  // nodes reachable from the entries, with their edges
  const seen = new Map<string, { st: string; c: string; out: [string, string][] }>();
  const stack: [string, string][] = [];
  for (const c of s.classes) {
    if (!c.arrivals) continue;
    const entries = typeof c.arrivals.to === 'string' ? [c.arrivals.to] : c.arrivals.to.filter((r) => r.p > 0).map((r) => r.to);
    for (const st of entries) if (st !== 'exit') stack.push([st, c.id]);
  }
  while (stack.length > 0) {
    const [st, c] = stack.pop()!;
    const k = key(st, c);
    if (seen.has(k)) continue;
    const out = next(st, c);
    seen.set(k, { st, c, out });
    for (const [to, c2] of out) if (to !== 'exit' && !seen.has(key(to, c2))) stack.push([to, c2]);
  }
  // nodes that can reach exit: a backward search from the nodes with an exit branch
  const into = new Map<string, string[]>();
  const leaves = new Set<string>();
  const queue: string[] = [];
  for (const [k, n] of seen) {
    for (const [to, c2] of n.out) {
      if (to === 'exit') {
        if (!leaves.has(k)) {
          leaves.add(k);
          queue.push(k);
        }
      } else {
        const k2 = key(to, c2);
        const list = into.get(k2);
        if (list) list.push(k);
        else into.set(k2, [k]);
      }
    }
  }
  while (queue.length > 0) {
    const k = queue.pop()!;
    for (const from of into.get(k) ?? []) {
      if (leaves.has(from)) continue;
      leaves.add(from);
      queue.push(from);
    }
  }
  for (const [k, { st, c }] of seen) {
    if (!leaves.has(k)) {
      const cls = classById.get(c);
      const own = cls?.c.routing !== undefined && Object.hasOwn(cls.c.routing, st) ? cls.c.routing[st] : undefined;
      const path = own ? formatPath(['classes', cls!.i, 'routing', st]) : formatPath(['routing', st]);
      throw new ScenarioError(path, { code: 'routes.exit', cls: c }, own ?? routingRow(s, undefined, st));
    }
  }
}
