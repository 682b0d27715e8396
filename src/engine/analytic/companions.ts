/**
 * Picks the analytic companions that apply to a network scenario and evaluates them: Erlang C
 * and M/M/1 (one exponential station), Pollaczek–Khinchine (M/G/1), Allen–Cunneen (G/G/c),
 * Jackson (open exponential networks, with feedback), Cobham (priority M/G/1), and for networks
 * with general service an Allen–Cunneen decomposition (`allenCunneenNetwork`, Poisson flows
 * assumed between stations).
 */
import { distributionMean, distributionScv, distributionVariance, type DistributionSpec } from '../random/distributions';
import type { NetworkScenario } from '../scenario/networkSchema';
import { allenCunneen } from './allenCunneen';
import { cobham } from './cobham';
import { type QueueMeasures, erlangC } from './erlangC';
import { jackson } from './jackson';
import { mm1 } from './mm1';
import { pollaczekKhinchine } from './pollaczekKhinchine';

/** Analytic values keyed by formula, then metric (or station/class, then metric). */
export type Analytic = Record<string, Record<string, number | Record<string, number>>>;

/** Most stations a network may have for its companions to be computed (dense matrices beyond). */
export const MAX_COMPANION_STATIONS = 200;

/** `record[key]` when it is the record's own entry (a station id `toString` is not a method). */
const ownEntry = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

const measures = (q: QueueMeasures): Record<string, number> => ({ ...q });

/** Steady-state analytic companions of a network, for those that apply (else {}); pure. */
export function analyticCompanions(sc: NetworkScenario): Analytic {
  const out: Analytic = {};
  // the formulas assume a stationary open network without losses or calendars
  if (sc.calendar) return out;
  // dense n × n routing matrices and an O(n³) solve: a wide network gets none (issue 12)
  if (sc.stations.length > MAX_COMPANION_STATIONS) return out;
  for (const st of sc.stations) if (st.schedule || st.balking || st.patience || st.waitingRoom !== undefined || st.servers === 'infinite') return out;
  for (const c of sc.classes) {
    if (c.patience && Object.keys(c.patience).length > 0) return out;
    if (c.arrivals && (c.arrivals.profile || c.arrivals.limit !== undefined)) return out;
    if (c.routing && Object.keys(c.routing).length > 0) return out;
    if (c.arrivals && typeof c.arrivals.to !== 'string') return out;
    if (sc.routing && Object.values(sc.routing).some((rs) => rs.some((r) => r.class !== undefined))) return out;
  }
  const arriving = sc.classes.filter((c) => c.arrivals);
  const poisson = arriving.every((c) => c.arrivals!.interarrival.dist === 'exponential');
  const serviceOf = (stIndex: number, classId: string): DistributionSpec =>
    ownEntry(sc.classes.find((c) => c.id === classId)?.service, sc.stations[stIndex].id) ?? sc.stations[stIndex].service;
  const nS = sc.stations.length;
  const idx = new Map(sc.stations.map((s, i) => [s.id, i]));
  const lambdaOf = (c: (typeof arriving)[number]) => 1 / distributionMean(c.arrivals!.interarrival);

  // one service distribution per station, whatever the class
  const sameService = sc.stations.every((_, i) => {
    const specs = sc.classes.map((c) => JSON.stringify(serviceOf(i, c.id)));
    return specs.every((s) => s === specs[0]);
  });
  const routing = sc.stations.map((st) => {
    const row = new Array<number>(nS).fill(0);
    for (const r of ownEntry(sc.routing, st.id) ?? []) if (r.to !== 'exit') row[idx.get(r.to)!] += r.p;
    return row;
  });
  const feedbackFree = routing.every((row) => row.every((p) => p === 0));
  const servers = sc.stations.map((s) => s.servers as number);

  if (nS === 1 && feedbackFree) {
    const lambda = arriving.reduce((a, c) => a + lambdaOf(c), 0);
    const st = sc.stations[0];
    if (sameService) {
      const svc = st.service;
      const es = distributionMean(svc);
      const scvS = distributionScv(svc);
      if (poisson && svc.dist === 'exponential') {
        out.erlangC = measures(erlangC(lambda, 1 / es, servers[0]));
        if (servers[0] === 1) out.mm1 = measures(mm1(lambda, 1 / es));
      }
      if (poisson && servers[0] === 1) out.pollaczekKhinchine = measures(pollaczekKhinchine(lambda, es, distributionVariance(svc)));
      if (poisson || arriving.length === 1) {
        const scvA = poisson ? 1 : distributionScv(arriving[0].arrivals!.interarrival);
        out.allenCunneen = measures(allenCunneen(lambda, scvA, es, scvS, servers[0]));
      }
    }
    if (poisson && servers[0] === 1 && st.discipline === 'priority') {
      // Cobham by priority level (equal priorities share a level, FIFO inside)
      const levels = [...new Set(arriving.map((c) => c.priority))].sort((a, b) => a - b);
      const lv = levels.map((p) => {
        const cs = arriving.filter((c) => c.priority === p);
        const lam = cs.reduce((a, c) => a + lambdaOf(c), 0);
        let m1 = 0;
        let m2 = 0;
        for (const c of cs) {
          const d = serviceOf(0, c.id);
          const m = distributionMean(d);
          m1 += (lambdaOf(c) / lam) * m;
          m2 += (lambdaOf(c) / lam) * (distributionVariance(d) + m * m);
        }
        return { lambda: lam, meanService: m1, varService: m2 - m1 * m1 };
      });
      const wq = cobham(lv);
      const cob: Record<string, Record<string, number>> = {};
      for (const c of arriving) cob[c.id] = { meanWaitMinutes: wq[levels.indexOf(c.priority)] };
      out.cobham = cob;
    }
    return out;
  }

  const external = new Array<number>(nS).fill(0);
  for (const c of arriving) external[idx.get(c.arrivals!.to as string)!] += lambdaOf(c);
  // general service: decomposition with Poisson flows between stations (c²ₐ = 1) and
  // Allen–Cunneen at each station — an approximation, exact in mean only for Jackson networks
  if (poisson && sameService && !sc.stations.every((s) => s.service.dist === 'exponential')) {
    const res = jackson({ external, routing, servers, mu: sc.stations.map((s) => 1 / distributionMean(s.service)) });
    const gamma = external.reduce((a, b) => a + b, 0);
    const ac: Record<string, number | Record<string, number>> = {};
    let lq = 0;
    let l = 0;
    sc.stations.forEach((st, i) => {
      const q = allenCunneen(res.lambda[i], 1, distributionMean(st.service), distributionScv(st.service), servers[i]);
      lq += q.meanQueueLength;
      l += q.meanInSystem;
      ac[st.id] = { arrivalRate: res.lambda[i], utilisation: q.utilisation, meanWaitMinutes: q.meanWaitMinutes, meanQueueLength: q.meanQueueLength };
    });
    ac.meanWaitMinutes = lq / gamma;
    ac.meanTimeInSystemMinutes = l / gamma;
    ac.meanInSystem = l;
    out.allenCunneenNetwork = ac;
  }

  // open Jackson network: Poisson arrivals, exponential service with one rate per station
  if (poisson && sameService && sc.stations.every((s) => s.service.dist === 'exponential')) {
    const res = jackson({
      external,
      routing,
      servers,
      mu: sc.stations.map((s) => 1 / distributionMean(s.service)),
    });
    const j: Record<string, number | Record<string, number>> = {
      meanWaitMinutes: res.meanWaitMinutes,
      meanTimeInSystemMinutes: res.meanTimeInSystemMinutes,
      meanInSystem: res.meanInSystem,
    };
    sc.stations.forEach((s, i) => {
      j[s.id] = {
        arrivalRate: res.lambda[i],
        utilisation: res.stations[i].utilisation,
        meanWaitMinutes: res.stations[i].meanWaitMinutes,
        meanQueueLength: res.stations[i].meanQueueLength,
      };
    });
    out.jackson = j;
  }
  return out;
}
