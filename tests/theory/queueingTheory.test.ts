/**
 * The engine against queueing theory: replications with a warm-up cut, the analytic value must
 * lie in the 95% t interval of the replication means widened by half (for residual warm-up bias).
 * Little's law L = λW is checked on every run.
 */
import { describe, expect, it } from 'vitest';
import { cobham } from '../../src/engine/analytic/cobham';
import { erlangC } from '../../src/engine/analytic/erlangC';
import { jackson } from '../../src/engine/analytic/jackson';
import { mm1 } from '../../src/engine/analytic/mm1';
import { pollaczekKhinchine } from '../../src/engine/analytic/pollaczekKhinchine';
import { runReplications } from '../../src/engine/run/runReplications';
import { summarise } from '../../src/engine/run/summarise';
import type { NetworkScenario } from '../../src/engine/scenario/networkSchema';
import type { Estimate, ReplicationResult } from '../../src/engine/types';
import { exp, network, singleStation } from '../engine/helpers';

/** Asserts that `value` lies in the estimate's 95% interval widened by `slack`. */
function expectCovers(e: Estimate, value: number, slack = 1.5): void {
  const hw = e.halfWidth * slack;
  expect(e.n).toBeGreaterThan(1);
  expect(Math.abs(e.mean - value), `mean ${e.mean} ± ${e.halfWidth} vs theory ${value}`).toBeLessThanOrEqual(hw);
  expect(e.halfWidth / value, 'interval too wide to be a test').toBeLessThan(0.1);
}

/** Little's law per replication: time-average number in system ≈ throughput × mean time in system. */
function expectLittle(reps: ReplicationResult[]): void {
  for (const r of reps) {
    const L = r.kpis.meanInSystem;
    const lw = r.kpis.throughputPerMinute * r.kpis.meanTimeInSystemMinutes;
    expect(Math.abs(L - lw) / L, `replication ${r.replication}: L = ${L}, λW = ${lw}`).toBeLessThan(0.03);
  }
}

function run(sc: NetworkScenario) {
  const reps = runReplications(sc, { from: 0, to: sc.replications });
  expectLittle(reps);
  return { reps, s: summarise(sc, reps) };
}

describe('queueing theory', () => {
  it('M/M/1 (λ = 0.7, μ = 1): Wq = ρ/(μ − λ) = 2.333, L = ρ/(1 − ρ)', () => {
    const { s } = run(singleStation({ arrival: exp(0.7), service: exp(1), replications: 20, stop: { minutes: 20_000 }, warmup: { minutes: 1000 } }));
    const th = mm1(0.7, 1);
    expectCovers(s.kpis.meanWaitMinutes, th.meanWaitMinutes);
    expectCovers(s.kpis.meanInSystem, th.meanInSystem);
    expectCovers(s.stations.q.utilisation, th.utilisation);
    expect(s.analytic.mm1.meanWaitMinutes).toBeCloseTo(th.meanWaitMinutes, 12);
  });

  it('M/M/c mean wait in queue ≈ Erlang C / (cμ − λ) (c = 3, λ = 2.4, μ = 1)', () => {
    const { s } = run(singleStation({ arrival: exp(2.4), service: exp(1), servers: 3, replications: 20, stop: { minutes: 10_000 }, warmup: { minutes: 500 } }));
    const th = erlangC(2.4, 1, 3);
    expectCovers(s.kpis.meanWaitMinutes, th.meanWaitMinutes);
    expectCovers(s.stations.q.meanQueueLength, th.meanQueueLength);
    expectCovers(s.stations.q.utilisation, th.utilisation);
    expect(s.analytic.erlangC.probWait).toBeCloseTo(th.probWait, 12);
  });

  it('M/D/1 wait ≈ Pollaczek–Khinchine λE[S²]/(2(1 − ρ)) = ρ/(2μ(1 − ρ)) (λ = 0.7, D = 1)', () => {
    const { s } = run(singleStation({ arrival: exp(0.7), service: { dist: 'deterministic', value: 1 }, replications: 20, stop: { minutes: 20_000 } }));
    const th = pollaczekKhinchine(0.7, 1, 0);
    expect(th.meanWaitMinutes).toBeCloseTo(0.7 / 0.6, 12);
    expectCovers(s.kpis.meanWaitMinutes, th.meanWaitMinutes);
    expect(s.analytic.pollaczekKhinchine.meanWaitMinutes).toBeCloseTo(th.meanWaitMinutes, 12);
  });

  it('M/G/1 (lognormal, cv = 1) wait ≈ Pollaczek–Khinchine λ(Var S + E[S]²)/(2(1 − ρ))', () => {
    const { s } = run(singleStation({ arrival: exp(0.6), service: { dist: 'lognormal', mean: 1, cv: 1 }, replications: 20, stop: { minutes: 30_000 } }));
    const th = pollaczekKhinchine(0.6, 1, 1);
    expectCovers(s.kpis.meanWaitMinutes, th.meanWaitMinutes);
  });

  it('Jackson network with feedback: λ = γ + λP, each station M/M/cᵢ, W = ΣLᵢ/γ', () => {
    const sc = network({
      seed: 3,
      replications: 20,
      stop: { minutes: 10_000 },
      warmup: { minutes: 500 },
      classes: [{ id: 'c', arrivals: { to: 'a', interarrival: exp(1) } }],
      stations: [
        { id: 'a', servers: 2, service: exp(1.5) },
        { id: 'b', servers: 1, service: exp(2) },
      ],
      routing: {
        a: [{ to: 'a', p: 0.2 }, { to: 'b', p: 0.6 }],
        b: [{ to: 'a', p: 0.25 }],
      },
    });
    const { s } = run(sc);
    const th = jackson({ external: [1, 0], routing: [[0.2, 0.6], [0.25, 0]], servers: [2, 1], mu: [1.5, 2] });
    expectCovers(s.kpis.meanTimeInSystemMinutes, th.meanTimeInSystemMinutes);
    expectCovers(s.kpis.meanInSystem, th.meanInSystem);
    expectCovers(s.stations.a.meanWaitMinutes, th.stations[0].meanWaitMinutes);
    expectCovers(s.stations.b.meanWaitMinutes, th.stations[1].meanWaitMinutes);
    expectCovers(s.stations.a.utilisation, th.stations[0].utilisation);
    const j = s.analytic.jackson as Record<string, number>;
    expect(j.meanTimeInSystemMinutes).toBeCloseTo(th.meanTimeInSystemMinutes, 10);
  });

  it("two-class priority M/M/1 ≈ Cobham W₀/((1 − σₖ₋₁)(1 − σₖ)) (λ = 0.3 + 0.4, μ = 1)", () => {
    const sc = network({
      seed: 5,
      replications: 20,
      stop: { minutes: 20_000 },
      warmup: { minutes: 1000 },
      classes: [
        { id: 'green', priority: 0, arrivals: { to: 'q', interarrival: exp(0.3) } },
        { id: 'normal', priority: 1, arrivals: { to: 'q', interarrival: exp(0.4) } },
      ],
      stations: [{ id: 'q', discipline: 'priority', service: exp(1) }],
    });
    const { s } = run(sc);
    const [w1, w2] = cobham([
      { lambda: 0.3, meanService: 1, varService: 1 },
      { lambda: 0.4, meanService: 1, varService: 1 },
    ]);
    expectCovers(s.classes.green.meanWaitMinutes, w1);
    expectCovers(s.classes.normal.meanWaitMinutes, w2);
    // the conservation law: the overall mean wait is the FIFO M/M/1 one
    expectCovers(s.kpis.meanWaitMinutes, mm1(0.7, 1).meanWaitMinutes);
    const cob = s.analytic.cobham as Record<string, Record<string, number>>;
    expect(cob.green.meanWaitMinutes).toBeCloseTo(w1, 12);
  });

  it('warm-up "auto" (MSER-5) lands near the analytic M/M/c wait from an empty start', () => {
    const sc = singleStation({ arrival: exp(2.4), service: exp(1), servers: 3, replications: 10, stop: { minutes: 5000 }, warmup: 'auto' });
    const { s, reps } = run(sc);
    expectCovers(s.kpis.meanWaitMinutes, erlangC(2.4, 1, 3).meanWaitMinutes, 2);
    for (const r of reps) expect(r.kpis.warmupMinutes).toBeLessThan(2500);
  });
});
