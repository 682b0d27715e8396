/**
 * Properties over random small networks (fast-check): conservation, a clock that never goes
 * back, determinism, utilisation in [0, 1], split-independence, and Little's law as an exact
 * sample-path identity on drained runs (∫N dt = Σ time in system).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Outcome } from '../../src/engine/des/records';
import { runReplications } from '../../src/engine/run/runReplications';
import { simulateReplication } from '../../src/engine/run/simulate';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { NetworkScenario } from '../../src/engine/scenario/networkSchema';
import type { ReplicationResult } from '../../src/engine/types';

const dist = fc.oneof(
  fc.record({ dist: fc.constant('exponential'), mean: fc.double({ min: 0.2, max: 3, noNaN: true }) }),
  fc.record({ dist: fc.constant('deterministic'), value: fc.double({ min: 0.1, max: 2, noNaN: true }) }),
  fc.record({ dist: fc.constant('erlang'), k: fc.integer({ min: 1, max: 4 }), mean: fc.double({ min: 0.2, max: 2, noNaN: true }) }),
  fc.record({ dist: fc.constant('uniform'), min: fc.constant(0.1), max: fc.double({ min: 0.2, max: 3, noNaN: true }) }),
  fc.record({ dist: fc.constant('lognormal'), mean: fc.double({ min: 0.2, max: 2, noNaN: true }), cv: fc.double({ min: 0.1, max: 2, noNaN: true }) }),
);

/** A random network document with up to 3 stations and 2 classes and every feature switchable. */
const networkDoc = fc
  .record({
    nS: fc.integer({ min: 1, max: 3 }),
    nC: fc.integer({ min: 1, max: 2 }),
    seed: fc.integer({ min: 0, max: 1000 }),
    drain: fc.boolean(),
    minutes: fc.integer({ min: 30, max: 300 }),
    byCustomers: fc.boolean(),
    customers: fc.integer({ min: 1, max: 300 }),
    warmup: fc.constantFrom(0, 0, 10),
    switchClass: fc.boolean(),
    profile: fc.option(fc.array(fc.constantFrom(0, 0.25, 0.5, 1, 2), { minLength: 1, maxLength: 4 }), { nil: undefined }),
    calendar: fc.option(fc.record({ hoursPerDay: fc.constantFrom(1, 2), daysPerWeek: fc.integer({ min: 1, max: 7 }), closing: fc.constantFrom('serve-all', 'send-home') }), { nil: undefined }),
    stations: fc.array(
      fc.record({
        servers: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant('infinite' as const)),
        discipline: fc.constantFrom('fifo', 'priority', 'edf'),
        service: dist,
        waitingRoom: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        balking: fc.option(fc.record({ queueLength: fc.integer({ min: 0, max: 4 }), probability: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: undefined }),
        patience: fc.option(dist, { nil: undefined }),
        schedule: fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { nil: undefined }),
        workingTime: fc.boolean(),
        feedback: fc.double({ min: 0, max: 0.4, noNaN: true }),
        onward: fc.double({ min: 0, max: 0.5, noNaN: true }),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    classes: fc.array(fc.record({ interarrival: dist, priority: fc.integer({ min: 0, max: 2 }), deadline: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }) }), { minLength: 2, maxLength: 2 }),
  })
  .map((g) => {
    const ids = ['a', 'b', 'c'].slice(0, g.nS);
    return {
      type: 'onewindow/network',
      version: 1,
      seed: g.seed,
      replications: 2,
      stop: g.byCustomers ? { customers: g.customers, drain: g.drain } : { minutes: g.minutes, drain: g.drain },
      warmup: { minutes: g.warmup },
      counters: [{ id: 'atA', stations: ['a'] }],
      calendar: g.calendar,
      classes: g.classes.slice(0, g.nC).map((c, i) => ({
        id: `k${i}`,
        priority: c.priority,
        deadline: c.deadline,
        arrivals: {
          to: ids[i % g.nS],
          interarrival: c.interarrival,
          profile: i === 0 && g.profile && g.profile.some((x) => x > 0) ? { periodMinutes: 40, multipliers: g.profile } : undefined,
        },
      })),
      stations: ids.map((id, i) => {
        const st = g.stations[i];
        const finite = st.servers !== 'infinite';
        return {
          id,
          servers: st.servers,
          discipline: st.discipline,
          service: st.service,
          waitingRoom: st.waitingRoom,
          balking: st.balking,
          patience: st.patience,
          workingTime: g.calendar !== undefined && st.workingTime,
          schedule: finite && st.schedule ? { periodMinutes: 60, windows: [{ start: 0, servers: st.schedule[0] }, { start: 30, servers: st.schedule[1] }] } : undefined,
        };
      }),
      routing: Object.fromEntries(
        ids.map((id, i) => [
          id,
          [
            { to: id, p: g.stations[i].feedback },
            { to: ids[(i + 1) % g.nS], p: g.stations[i].onward, class: g.switchClass && g.nC === 2 ? 'k1' : undefined },
          ],
        ]),
      ),
    };
  });

/** fixed seed for reproducible CI; FC_SEED=random explores new cases locally */
const seed = process.env.FC_SEED === 'random' ? undefined : Number(process.env.FC_SEED ?? 20261126);

const strip = (r: ReplicationResult) => ({ ...r, engineSeconds: 0 });

describe('engine properties on random networks', () => {
  it('conservation: arrivals = completed + in system + abandoned; clock never goes back; records ordered', () => {
    fc.assert(
      fc.property(networkDoc, (doc) => {
        const sc = loadScenario(doc) as NetworkScenario;
        const out = simulateReplication(sc, 0);
        expect(out.clockWentBack).toBe(false);
        const r = out.records;
        let done = 0;
        let inside = 0;
        let gone = 0;
        for (let k = 0; k < r.cases; k++) {
          const o = r.caseOutcome[k];
          if (o === Outcome.DONE) done++;
          else if (o === Outcome.WAITING) inside++;
          else gone++;
          if (o !== Outcome.WAITING && !(r.caseDepart[k] >= r.caseArrive[k])) expect.fail(`case ${k} left before it came`);
        }
        expect(done + inside + gone).toBe(r.cases);
        const k = out.result.kpis;
        expect(k.arrivals).toBe(k.casesCompleted + k.inSystemAtEnd + k.abandoned);
        if (r.warmup === 0) expect(k.arrivals).toBe(r.cases);
        else expect(k.arrivals).toBeLessThanOrEqual(r.cases);
        // a drained run ends empty, unless cases wait where a schedule never gives servers
        const neverServed = sc.stations.some((st) => st.schedule?.windows.every((w) => w.servers === 0));
        if ((doc.stop as { drain: boolean }).drain && !neverServed) expect(inside).toBe(0);
        let ordered = true;
        for (let v = 0; v < r.visits; v++) {
          const a = r.visitArrive[v];
          const s = r.visitStart[v];
          const e = r.visitEnd[v];
          if (s === s) ordered &&= s >= a;
          if (e === e) ordered &&= e >= (s === s ? s : a);
          ordered &&= a <= r.end && (v === 0 || a >= r.visitArrive[v - 1]);
        }
        expect(ordered).toBe(true);
        // station p90 wait = type-7 quantile of the started cohort visits' waits (by sorting)
        sc.stations.forEach((st, i) => {
          const w: number[] = [];
          for (let v = 0; v < r.visits; v++)
            if (r.visitStation[v] === i && r.visitStart[v] === r.visitStart[v] && r.visitArrive[v] >= r.warmup) w.push(r.visitStart[v] - r.visitArrive[v]);
          w.sort((x, y) => x - y);
          const h = (w.length - 1) * 0.9;
          const lo = Math.floor(h);
          const q = w.length === 0 ? NaN : w[lo] + (h - lo) * ((w[lo + 1] ?? w[lo]) - w[lo]);
          const got = out.result.stations[st.id].p90WaitMinutes;
          if (!(Number.isNaN(q) && Number.isNaN(got))) expect(Math.abs(got - q)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(q)));
        });
        for (const st of Object.values(out.result.stations)) {
          if (st.utilisation !== undefined) {
            expect(st.utilisation).toBeGreaterThanOrEqual(0);
            expect(st.utilisation).toBeLessThanOrEqual(1 + 1e-9);
          }
        }
      }),
      { numRuns: 60, seed },
    );
  });

  it("Little's law on every drained run: ∫N dt = Σ time in system, ∫Q dt = Σ queue time", () => {
    fc.assert(
      fc.property(networkDoc, (doc) => {
        (doc.stop as { drain: boolean }).drain = true;
        const sc = loadScenario(doc) as NetworkScenario;
        const out = simulateReplication(sc, 1);
        const r = out.records;
        let sojourn = 0;
        // cases left in the system (stuck where there are never servers) count up to the end
        const upTo = (x: number) => (x === x ? x : r.end);
        // the part of [from, to] inside the statistics window [warmup, end]
        const inWindow = (from: number, to: number) => Math.max(0, Math.min(to, r.end) - Math.max(from, r.warmup));
        for (let k = 0; k < r.cases; k++) sojourn += inWindow(r.caseArrive[k], upTo(r.caseDepart[k]));
        const span = r.end - r.warmup;
        if (!(span > 0)) return; // the run ended before the warm-up: no window, time averages are NaN
        const L = out.result.kpis.meanInSystem * span;
        expect(Math.abs(L - sojourn)).toBeLessThanOrEqual(1e-6 * (1 + sojourn));
        const queued = new Float64Array(sc.stations.length);
        for (let v = 0; v < r.visits; v++) {
          const s = r.visitStart[v];
          queued[r.visitStation[v]] += inWindow(r.visitArrive[v], s === s ? s : upTo(r.visitEnd[v]));
        }
        sc.stations.forEach((st, i) => {
          const q = out.result.stations[st.id].meanQueueLength * span;
          expect(Math.abs(q - queued[i])).toBeLessThanOrEqual(1e-6 * (1 + queued[i]));
        });
      }),
      { numRuns: 40, seed },
    );
  });

  it('same seed → same numbers (results deep-equal apart from engineSeconds)', () => {
    fc.assert(
      fc.property(networkDoc, (doc) => {
        const a = runReplications(loadScenario(doc), { from: 0, to: 2 }).map(strip);
        const b = runReplications(loadScenario(doc), { from: 0, to: 2 }).map(strip);
        expect(b).toEqual(a);
      }),
      { numRuns: 25, seed },
    );
  });

  it('split-independence: replications [0,4) + [4,8) equal [0,8)', () => {
    fc.assert(
      fc.property(networkDoc, (doc) => {
        const sc = loadScenario(doc) as NetworkScenario;
        const whole = runReplications(sc, { from: 0, to: 8 }).map(strip);
        const other = loadScenario(doc);
        const parts = [...runReplications(other, { from: 4, to: 8 }), ...runReplications(other, { from: 0, to: 4 })]
          .sort((x, y) => x.replication - y.replication)
          .map(strip);
        expect(parts).toEqual(whole);
      }),
      { numRuns: 15, seed },
    );
  });
});
