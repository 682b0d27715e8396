/** Network features, each checked on the flat records of small runs. */
import { describe, expect, it } from 'vitest';
import { erlangB } from '../../src/engine/analytic/erlangC';
import { Outcome } from '../../src/engine/des/records';
import { runReplications } from '../../src/engine/run/runReplications';
import { simulateReplication } from '../../src/engine/run/simulate';
import { summarise } from '../../src/engine/run/summarise';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { registerScenarioKind } from '../../src/engine/scenario/registry';
import type { NetworkScenario } from '../../src/engine/scenario/networkSchema';
import { exp, network, singleStation } from './helpers';

const det = (value: number) => ({ dist: 'deterministic', value });

describe('stop rules', () => {
  it('stop by customers: exactly N arrivals, then the system drains', () => {
    const sc = singleStation({ arrival: exp(0.9), service: exp(1), stop: { customers: 500 }, warmup: { minutes: 0 } });
    const { records, result } = simulateReplication(sc, 0);
    expect(records.cases).toBe(500);
    expect(result.kpis.casesCompleted).toBe(500);
    expect(result.kpis.inSystemAtEnd).toBe(0);
  });

  it('stop by minutes without drain leaves cases in the system; with drain, none', () => {
    const open = simulateReplication(singleStation({ arrival: exp(2), service: exp(1), stop: { minutes: 100 }, warmup: { minutes: 0 } }), 0);
    expect(open.records.end).toBe(100);
    expect(open.result.kpis.inSystemAtEnd).toBeGreaterThan(0);
    const drained = simulateReplication(singleStation({ arrival: exp(2), service: exp(1), stop: { minutes: 100, drain: true }, warmup: { minutes: 0 } }), 0);
    expect(drained.result.kpis.inSystemAtEnd).toBe(0);
    expect(drained.records.end).toBeGreaterThan(100);
    expect(Math.max(...drained.records.caseArrive)).toBeLessThan(100);
  });

  it('a drained run ends when the only cases left wait where there are never servers (regression: it looped forever)', () => {
    const sc = singleStation({
      arrival: exp(1),
      service: exp(1),
      stop: { minutes: 50, drain: true },
      warmup: { minutes: 0 },
      station: { schedule: { periodMinutes: 60, windows: [{ start: 0, servers: 0 }, { start: 30, servers: 0 }] } },
    });
    const { result } = simulateReplication(sc, 0);
    expect(result.kpis.inSystemAtEnd).toBe(result.kpis.arrivals);
    const limited = network({
      stop: { customers: 100, drain: false },
      classes: [{ id: 'c', arrivals: { to: 'q', interarrival: det(1), limit: 5 } }],
      stations: [{ id: 'q', service: det(0.5) }],
    });
    expect(simulateReplication(limited, 0).records.cases).toBe(5);
  });

  it('a runaway replication fails with an error at stop.maxEvents instead of hanging', () => {
    // loading refuses a budget below the expected events (issue 12); the run's own check is the
    // safety net for an estimate that falls short, so the budget is cut after loading
    const sc = singleStation({ arrival: exp(1), service: exp(1.2), stop: { minutes: 1e6 }, warmup: { minutes: 0 } });
    sc.stop.maxEvents = 5000;
    expect(() => simulateReplication(sc, 0)).toThrow(/^invalid stop.maxEvents: was exceeded at minute [\d.]+ .*, got 5000$/);
  });

  it('arrival limit per class', () => {
    const sc = network({
      stop: { minutes: 1000 },
      classes: [{ id: 'c', arrivals: { to: 'q', interarrival: det(1), limit: 7 } }],
      stations: [{ id: 'q', service: det(0.5) }],
    });
    expect(simulateReplication(sc, 0).records.cases).toBe(7);
  });
});

describe('simultaneous events', () => {
  it('D/D/1 with interarrival = service = 1: a departure at the same instant frees the server first, nobody waits', () => {
    const sc = network({
      stop: { customers: 50 },
      classes: [{ id: 'c', arrivals: { to: 'q', interarrival: det(1) } }],
      stations: [{ id: 'q', service: det(1) }],
    });
    const { result } = simulateReplication(sc, 0);
    expect(result.kpis.casesCompleted).toBe(50);
    expect(result.kpis.meanWaitMinutes).toBe(0);
    expect(result.stations.q.utilisation).toBeCloseTo(50 / 51, 9); // idle until the first arrival at t = 1
  });
});

describe('losses', () => {
  it('balking at queue length 0 makes M/M/c/c: loss rate ≈ Erlang B (c = 3, a = 2.5)', () => {
    const sc = singleStation({ arrival: exp(2.5), service: exp(1), servers: 3, replications: 10, stop: { minutes: 5000 }, station: { balking: { queueLength: 0 } } });
    const s = summarise(sc, runReplications(sc, { from: 0, to: 10 }));
    const b = erlangB(3, 2.5);
    expect(Math.abs(s.kpis.abandonedRate.mean - b)).toBeLessThanOrEqual(1.5 * s.kpis.abandonedRate.halfWidth);
    expect(s.stations.q.balked.mean).toBeGreaterThan(0);
    expect(s.kpis.meanWaitMinutes.mean).toBe(0);
  });

  it('waiting room 2 at one server (M/M/1/3): blocking ≈ (1 − ρ)ρ³/(1 − ρ⁴)', () => {
    const sc = singleStation({ arrival: exp(0.9), service: exp(1), replications: 10, stop: { minutes: 10_000 }, station: { waitingRoom: 2 } });
    const s = summarise(sc, runReplications(sc, { from: 0, to: 10 }));
    const rho = 0.9;
    const pK = ((1 - rho) * rho ** 3) / (1 - rho ** 4);
    expect(Math.abs(s.kpis.abandonedRate.mean - pK)).toBeLessThanOrEqual(1.5 * s.kpis.abandonedRate.halfWidth);
    expect(s.stations.q.blocked.mean).toBeGreaterThan(0);
  });

  it('reneging: every reneged visit waited exactly its (deterministic) patience, served ones no longer', () => {
    const sc = singleStation({ arrival: exp(1.5), service: exp(1), stop: { minutes: 2000 }, warmup: { minutes: 0 }, station: { patience: det(2.5) } });
    const { records: r, result } = simulateReplication(sc, 0);
    let reneged = 0;
    for (let v = 0; v < r.visits; v++) {
      if (r.visitOutcome[v] === Outcome.RENEGED) {
        reneged++;
        expect(r.visitEnd[v] - r.visitArrive[v]).toBeCloseTo(2.5, 9);
      } else if (r.visitStart[v] === r.visitStart[v]) expect(r.visitStart[v] - r.visitArrive[v]).toBeLessThanOrEqual(2.5 + 1e-9);
    }
    expect(reneged).toBeGreaterThan(0);
    expect(result.stations.q.reneged).toBe(reneged);
  });
});

describe('disciplines', () => {
  it('EDF serves the earliest due date first', () => {
    const sc = network({
      stop: { minutes: 3000 },
      classes: [
        { id: 'urgent', deadline: 5, arrivals: { to: 'q', interarrival: exp(0.4) } },
        { id: 'relaxed', deadline: { dist: 'uniform', min: 50, max: 100 }, arrivals: { to: 'q', interarrival: exp(0.5) } },
      ],
      stations: [{ id: 'q', discipline: 'edf', service: exp(1) }],
    });
    const { records: r, result } = simulateReplication(sc, 0);
    // at every service start, no waiting visit had an earlier due date
    const starts = [...Array(r.visits).keys()].filter((v) => r.visitStart[v] === r.visitStart[v]);
    let violations = 0;
    for (const v of starts) {
      const t = r.visitStart[v];
      for (const w of starts) if (r.visitArrive[w] < t && r.visitStart[w] > t && r.caseDeadline[r.visitCase[w]] < r.caseDeadline[r.visitCase[v]]) violations++;
    }
    expect(violations).toBe(0);
    expect(result.classes.urgent.meanWaitMinutes).toBeLessThan(result.classes.relaxed.meanWaitMinutes);
    expect(result.classes.urgent.onTimeRate).toBeGreaterThan(0);
    expect(result.kpis.onTimeRate).toBeGreaterThan(0);
  });
});

describe('servers and calendars', () => {
  it('a schedule with 0 servers in [0, 30) of each hour starts no service then', () => {
    const sc = singleStation({
      arrival: exp(0.2),
      service: det(1),
      stop: { minutes: 2000 },
      warmup: { minutes: 0 },
      station: { schedule: { periodMinutes: 60, windows: [{ start: 0, servers: 0 }, { start: 30, servers: 2 }] } },
    });
    const { records: r, result } = simulateReplication(sc, 0);
    for (let v = 0; v < r.visits; v++) {
      const s = r.visitStart[v];
      if (s === s) expect(s % 60).toBeGreaterThanOrEqual(30 - 1e-9);
    }
    expect(result.stations.q.utilisation).toBeGreaterThan(0);
    expect(result.stations.q.utilisation).toBeLessThanOrEqual(1);
  });

  it('calendar: arrivals only in opening hours on working days; serve-all finishes everyone', () => {
    const sc = singleStation({
      arrival: exp(1.5),
      service: exp(1),
      stop: { minutes: 14 * 1440 },
      warmup: { minutes: 0 },
      extra: { calendar: { hoursPerDay: 2, daysPerWeek: 5, closing: 'serve-all' } },
    });
    const { records: r, result } = simulateReplication(sc, 0);
    for (let k = 0; k < r.cases; k++) {
      const t = r.caseArrive[k];
      expect(t % 1440).toBeLessThan(120);
      expect(Math.floor(t / 1440) % 7).toBeLessThan(5);
    }
    expect(r.cases).toBeGreaterThan(1500);
    expect(result.stations.q.sentHome).toBe(0);
    expect(result.stations.q.utilisation).toBeLessThanOrEqual(1);
  });

  it('calendar send-home: the waiting are sent home at closing; no service starts after it', () => {
    const sc = singleStation({
      arrival: exp(1.5),
      service: exp(1),
      stop: { minutes: 7 * 1440 },
      warmup: { minutes: 0 },
      extra: { calendar: { hoursPerDay: 2, daysPerWeek: 5, closing: 'send-home' } },
    });
    const { records: r, result } = simulateReplication(sc, 0);
    for (let v = 0; v < r.visits; v++) {
      const s = r.visitStart[v];
      if (s === s) expect(s % 1440).toBeLessThanOrEqual(120);
      if (r.visitOutcome[v] === Outcome.SENT_HOME) expect(r.visitEnd[v] % 1440).toBeCloseTo(120, 9);
    }
    expect(result.stations.q.sentHome).toBeGreaterThan(0);
    expect(result.kpis.abandoned).toBe(result.stations.q.sentHome);
  });

  it('infinite servers: nobody waits; mean number in service ≈ λ/μ', () => {
    const sc = singleStation({ arrival: exp(3), service: exp(0.5), replications: 5, stop: { minutes: 5000 }, station: { servers: 'infinite' } });
    const s = summarise(sc, runReplications(sc, { from: 0, to: 5 }));
    expect(s.kpis.meanWaitMinutes.mean).toBe(0);
    expect(Math.abs(s.stations.q.meanInService.mean - 6) / 6).toBeLessThan(0.03);
    expect(s.stations.q.utilisation).toBeUndefined();
  });
});

describe('routing, classes and per-case bookkeeping', () => {
  it('feedback p = ½ and a visit counter: visits per case ≈ 1/(1 − p) = 2', () => {
    const sc = network({
      stop: { minutes: 20_000 },
      classes: [{ id: 'c', arrivals: { to: 'desk', interarrival: exp(0.3) } }],
      stations: [{ id: 'desk', servers: 2, service: exp(2) }],
      routing: { desk: [{ to: 'desk', p: 0.5 }] },
      counters: [{ id: 'visits', stations: ['desk'] }],
    });
    const { result, records: r } = simulateReplication(sc, 0);
    expect(Math.abs(result.kpis.visitsPerCase - 2)).toBeLessThan(0.1);
    let same = true;
    for (let k = 0; k < r.cases; k++) same &&= r.counters[0][k] === r.caseVisits[k];
    expect(same).toBe(true);
  });

  it('class switching on a routing branch uses the new class’s service time', () => {
    const sc = network({
      stop: { minutes: 500 },
      warmup: { minutes: 0 },
      classes: [
        { id: 'new', arrivals: { to: 'a', interarrival: det(10) } },
        { id: 'checked', service: { b: det(7) } },
      ],
      stations: [
        { id: 'a', service: det(1) },
        { id: 'b', service: det(2) },
      ],
      routing: { a: [{ to: 'b', p: 1, class: 'checked' }] },
    });
    const { records: r, result } = simulateReplication(sc, 0);
    for (let v = 0; v < r.visits; v++) {
      if (r.visitStation[v] === 1 && r.visitEnd[v] === r.visitEnd[v]) {
        expect(r.visitClass[v]).toBe(1);
        expect(r.visitEnd[v] - r.visitStart[v]).toBe(7);
      }
    }
    expect(result.classes.new.meanTimeInSystemMinutes).toBe(8);
  });

  it('arrival profile: multiplier 0 in the second half of each 100-minute cycle stops arrivals there', () => {
    const sc = network({
      stop: { minutes: 5000 },
      classes: [{ id: 'c', arrivals: { to: 'q', interarrival: exp(1), profile: { periodMinutes: 100, multipliers: [2, 0] } } }],
      stations: [{ id: 'q', servers: 5, service: exp(1) }],
    });
    const { records: r } = simulateReplication(sc, 0);
    for (let k = 0; k < r.cases; k++) expect(r.caseArrive[k] % 100).toBeLessThan(50);
    // rate 2 for half the time: about 5000 arrivals
    expect(Math.abs(r.cases - 5000)).toBeLessThan(300);
  });

  it('a compiled kind can add per-replication metrics from the flat records', () => {
    const net = singleStation({ arrival: exp(0.5), service: exp(1), stop: { minutes: 1000 } });
    registerScenarioKind<{ type: 'test/wrapped'; version: number; net: NetworkScenario }>({
      type: 'test/wrapped',
      currentVersion: 1,
      migrations: {},
      schema: { safeParse: (d: unknown) => ({ success: true, data: { ...(d as object), net } }) } as never,
      compile: (s) => ({
        network: s.net,
        extraMetrics: (records) => ({ kpis: { longWaits: records.caseWait.filter((w) => w > 5).length } }),
      }),
    });
    const sc = loadScenario({ type: 'test/wrapped', version: 1 });
    const [r] = runReplications(sc, { from: 0, to: 1 });
    expect(r.kpis.longWaits).toBeGreaterThanOrEqual(0);
    expect(r.kpis.meanWaitMinutes).toBeGreaterThan(0);
  });
});

describe('working-time service', () => {
  it('a back office of 2 working days (960 open minutes) skips nights and the weekend', () => {
    const sc = network({
      stop: { minutes: 6 * 1440, drain: true },
      warmup: { minutes: 0 },
      calendar: { hoursPerDay: 8, daysPerWeek: 5 },
      // arrivals every 400 open minutes: Mon 400, Tue 320 (open minute 800), Wed 240, Thu 160, Fri 80, Fri 480 → next Mon
      classes: [{ id: 'c', arrivals: { to: 'office', interarrival: { dist: 'deterministic', value: 400 } } }],
      stations: [{ id: 'office', servers: 'infinite', service: { dist: 'deterministic', value: 960 }, workingTime: true }],
    });
    const { records: r } = simulateReplication(sc, 0);
    const open = (t: number) => {
      const w = Math.floor(t / 10080);
      const d = Math.floor((t - w * 10080) / 1440);
      return w * 2400 + d * 480 + (t - w * 10080 - d * 1440);
    };
    for (let v = 0; v < r.visits; v++) {
      if (r.visitEnd[v] !== r.visitEnd[v]) continue;
      // 960 open minutes later, at an instant inside opening hours (or exactly at a closing)
      expect(open(r.visitEnd[v]) - open(r.visitStart[v])).toBeCloseTo(960, 9);
      expect(r.visitEnd[v] % 1440).toBeLessThanOrEqual(480);
      expect(Math.floor(r.visitEnd[v] / 1440) % 7).toBeLessThan(5);
    }
    // Friday's case (arrives day 4, minute 80) finishes Tuesday of the next week at minute 80
    const fri = [...r.caseArrive].findIndex((t) => Math.floor(t / 1440) === 4);
    expect(r.caseDepart[fri]).toBe(7 * 1440 + 1440 + (r.caseArrive[fri] - 4 * 1440));
  });

  it('needs a calendar', () => {
    expect(() =>
      network({
        stop: { minutes: 100 },
        classes: [{ id: 'c', arrivals: { to: 'o', interarrival: { dist: 'deterministic', value: 1 } } }],
        stations: [{ id: 'o', service: { dist: 'deterministic', value: 1 }, workingTime: true }],
      }),
    ).toThrow('invalid stations[0].workingTime: needs a calendar (opening hours to count), got true');
  });
});
