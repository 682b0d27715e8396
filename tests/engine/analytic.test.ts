import { describe, expect, it } from 'vitest';
import { allenCunneen } from '../../src/engine/analytic/allenCunneen';
import { cobham } from '../../src/engine/analytic/cobham';
import { erlangB, erlangC } from '../../src/engine/analytic/erlangC';
import { jackson } from '../../src/engine/analytic/jackson';
import { mm1 } from '../../src/engine/analytic/mm1';
import { pollaczekKhinchine } from '../../src/engine/analytic/pollaczekKhinchine';
import { analyticCompanions } from '../../src/engine/analytic/companions';
import { exp, network, singleStation } from './helpers';

describe('analytic companions', () => {
  it('Erlang C for M/M/10, λ = 9, μ = 1: Wq = 0.66873 min, P(wait) = 0.66873', () => {
    const r = erlangC(9, 1, 10);
    expect(r.meanWaitMinutes).toBeCloseTo(0.668732, 5);
    expect(r.probWait).toBeCloseTo(0.668732, 5);
    expect(r.meanQueueLength).toBeCloseTo(9 * 0.668732, 4);
    expect(r.utilisation).toBe(0.9);
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
  });
  it('Erlang C with c = 1 equals M/M/1: Wq = ρ/(μ − λ)', () => {
    expect(erlangC(0.8, 1, 1).meanWaitMinutes).toBeCloseTo(mm1(0.8, 1).meanWaitMinutes, 12);
    expect(mm1(0.8, 1).meanWaitMinutes).toBeCloseTo(4, 12);
    expect(mm1(1.2, 1).meanWaitMinutes).toBe(Infinity);
  });
  it('P-K for M/D/1 halves the M/M/1 wait: Wq = ρ/(2μ(1 − ρ))', () => {
    expect(pollaczekKhinchine(0.8, 1, 0).meanWaitMinutes).toBeCloseTo(2, 12);
    expect(pollaczekKhinchine(0.8, 1, 1).meanWaitMinutes).toBeCloseTo(4, 12);
  });
  it('Allen–Cunneen is exact for M/M/c and scales by (c²ₐ + c²ₛ)/2', () => {
    expect(allenCunneen(9, 1, 1, 1, 10).meanWaitMinutes).toBeCloseTo(erlangC(9, 1, 10).meanWaitMinutes, 12);
    expect(allenCunneen(9, 1, 1, 0, 10).meanWaitMinutes).toBeCloseTo(erlangC(9, 1, 10).meanWaitMinutes / 2, 12);
  });
  it('Jackson: traffic equations with feedback λ = γ/(1 − p)', () => {
    const r = jackson({ external: [1, 0], routing: [[0, 0.5], [0.5, 0]], servers: [2, 1], mu: [2, 3] });
    // λ1 = 1 + 0.5 λ2, λ2 = 0.5 λ1 → λ1 = 4/3, λ2 = 2/3
    expect(r.lambda[0]).toBeCloseTo(4 / 3, 10);
    expect(r.lambda[1]).toBeCloseTo(2 / 3, 10);
    expect(r.meanTimeInSystemMinutes).toBeCloseTo(r.stations[0].meanInSystem + r.stations[1].meanInSystem, 10);
  });
  it("Cobham: W₀/((1 − σₖ₋₁)(1 − σₖ)) for two classes", () => {
    const [w1, w2] = cobham([
      { lambda: 0.3, meanService: 1, varService: 1 },
      { lambda: 0.4, meanService: 1, varService: 1 },
    ]);
    const w0 = (0.3 * 2 + 0.4 * 2) / 2;
    expect(w1).toBeCloseTo(w0 / (1 * 0.7), 12);
    expect(w2).toBeCloseTo(w0 / (0.7 * 0.3), 12);
  });
});

describe('which companions apply', () => {
  const twoStations = (service: Record<string, unknown>) =>
    network({
      stop: { minutes: 100 },
      classes: [{ id: 'c', arrivals: { to: 'a', interarrival: exp(1) } }],
      stations: [
        { id: 'a', servers: 2, service },
        { id: 'b', servers: 1, service: exp(2) },
      ],
      routing: { a: [{ to: 'b', p: 0.6 }, { to: 'a', p: 0.1 }] },
    });
  it('one exponential station: Erlang C, M/M/1 (c = 1), P-K, Allen–Cunneen', () => {
    expect(Object.keys(analyticCompanions(singleStation({ arrival: exp(0.5), service: exp(1) })))).toEqual(['erlangC', 'mm1', 'pollaczekKhinchine', 'allenCunneen']);
    expect(Object.keys(analyticCompanions(singleStation({ arrival: exp(0.5), service: exp(1), servers: 3 })))).toEqual(['erlangC', 'allenCunneen']);
  });
  it('networks: Jackson when exponential, the Allen–Cunneen decomposition otherwise; none with losses or calendars', () => {
    expect(Object.keys(analyticCompanions(twoStations(exp(1.5))))).toEqual(['jackson']);
    expect(Object.keys(analyticCompanions(twoStations({ dist: 'erlang', k: 2, mean: 1 })))).toEqual(['allenCunneenNetwork']);
    expect(analyticCompanions(singleStation({ arrival: exp(0.5), service: exp(1), station: { patience: exp(1) } }))).toEqual({});
    expect(analyticCompanions(singleStation({ arrival: exp(0.5), service: exp(1), extra: { calendar: {} } }))).toEqual({});
  });
});
