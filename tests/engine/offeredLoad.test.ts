/** Offered load before a run (issue 9 point 7, issue 12 point 2): networks and centres. */
import { describe, expect, it } from 'vitest';
import { networkOfferedLoad, loadReport } from '../../src/engine/analytic/offeredLoad';
import { centreOfferedLoad } from '../../src/engine/centre/offeredLoad';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { runCentreReplications } from '../../src/engine/centre/runCentre';
import { overloadOf } from '../../src/engine/run/overload';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { NetworkScenario } from '../../src/engine/scenario/networkSchema';
import { centreModels, engineModels } from '../../models/centreTypes/centreModels';
import { loadPreset, short, variant } from '../centre/helpers';

function network(extra: Record<string, unknown>): NetworkScenario {
  return loadScenario({ type: 'onewindow/network', version: 1, stop: { minutes: 100 }, ...extra }) as NetworkScenario;
}
const exp = (rate: number) => ({ dist: 'exponential', rate });

describe('networkOfferedLoad', () => {
  it('M/M/c: ρ = λ / (c μ)', () => {
    const r = networkOfferedLoad(network({ classes: [{ id: 'a', arrivals: { to: 'hall', interarrival: exp(1.5) } }], stations: [{ id: 'hall', servers: 2, service: exp(1) }] }));
    expect(r.loads).toHaveLength(1);
    expect(r.loads[0]).toMatchObject({ id: 'hall', where: 'station', servers: 2 });
    expect(r.loads[0].load).toBeCloseTo(0.75, 12);
    expect(r.unstable).toEqual([]);
    expect(r.near).toEqual([]);
  });

  it('feedback: λ_s solves the traffic equations, λ = γ / (1 − p) at a station that sends p back to itself', () => {
    const r = networkOfferedLoad(
      network({
        classes: [{ id: 'a', arrivals: { to: 'a', interarrival: exp(1) } }],
        stations: [{ id: 'a', servers: 3, service: exp(1) }, { id: 'b', servers: 1, service: { dist: 'deterministic', value: 0.5 } }],
        routing: { a: [{ to: 'a', p: 0.5 }, { to: 'b', p: 0.5 }] },
      }),
    );
    const [a, b] = r.loads;
    expect(a.load).toBeCloseTo(2 / 3, 9); // λ_a = 2, 3 servers, E[S] = 1
    expect(b.load).toBeCloseTo(0.5, 9); // λ_b = 1, E[S] = 0.5
  });

  it('names a station at load ≥ 1, by its peak profile slot too, and a loop that never exits as infinite', () => {
    const r = networkOfferedLoad(
      network({
        classes: [{ id: 'a', arrivals: { to: 'x', interarrival: exp(1), profile: { periodMinutes: 60, multipliers: [0.5, 1.5] } } }],
        stations: [{ id: 'x', servers: 1, service: exp(1.02) }, { id: 'loop', servers: 1, service: exp(1) }],
        routing: { x: [{ to: 'exit', p: 1 }] },
      }),
    );
    expect(r.near.map((l) => l.id)).toEqual(['x']);
    expect(r.near[0].peakLoad).toBeCloseTo(1.5 / 1.02, 9);
    // the schema refuses a loop with no way out; built past it, the load is infinite rather than a hang
    const sc = network({ classes: [{ id: 'a', arrivals: { to: 'x', interarrival: exp(1) } }], stations: [{ id: 'x', servers: 5, service: exp(1) }] });
    const loop = networkOfferedLoad({ ...sc, routing: { x: [{ to: 'x', p: 1 }] } });
    expect(loop.unstable.map((l) => [l.id, l.load])).toEqual([['x', Infinity]]);
  });

  it('a scheduled station counts its time-averaged servers; class switching carries the flow to the new class’s service', () => {
    const r = networkOfferedLoad(
      network({
        classes: [
          { id: 'a', arrivals: { to: 'x', interarrival: exp(1) }, routing: { x: [{ to: 'y', p: 1, class: 'b' }] } },
          { id: 'b', service: { y: { dist: 'deterministic', value: 3 } } },
        ],
        stations: [
          { id: 'x', servers: 1, service: exp(2), schedule: { periodMinutes: 100, windows: [{ start: 0, servers: 1 }, { start: 50, servers: 3 }] } },
          { id: 'y', servers: 2, service: exp(1) },
        ],
      }),
    );
    expect(r.loads[0].servers).toBeCloseTo(2, 12);
    expect(r.loads[0].load).toBeCloseTo(0.25, 12);
    expect(r.loads[1].load).toBeCloseTo(1.5, 12); // λ = 1 of class b, E[S] = 3, 2 servers
    expect(r.unstable.map((l) => l.id)).toEqual(['y']);
  });

  it('loadReport: unstable is load ≥ 1 (largest first), near is [0.95, 1)', () => {
    const l = (id: string, load: number) => ({ id, where: 'station' as const, load, peakLoad: load, servers: 1 });
    const r = loadReport([l('a', 0.94), l('b', 0.95), l('c', 1), l('d', 2), l('e', 0.999)]);
    expect(r.unstable.map((x) => x.id)).toEqual(['d', 'c']);
    expect(r.near.map((x) => x.id)).toEqual(['e', 'b']);
  });
});

describe('centreOfferedLoad', () => {
  const dalian = loadPreset('dalian-2009');

  it('issue 9: Dalian 2009 with 3 of aic’s windows names aic’s windows (load ≥ 1, × windows/3 the preset’s)', () => {
    const base = centreOfferedLoad(compileCentre(dalian, centreModels));
    const cut = variant(dalian, (x) => {
      x.departments.find((d) => d.id === 'aic')!.windows = 3;
    });
    const r = overloadOf(cut, engineModels);
    const aic = (rep: typeof r) => rep.loads.find((l) => l.id === 'aic' && l.where === 'windows')!;
    expect(aic(base).load).toBeLessThan(0.95);
    const windows = dalian.departments.find((d) => d.id === 'aic')!.windows;
    expect(windows).toBeGreaterThan(3);
    expect(aic(r).load).toBeCloseTo((aic(base).load * windows) / 3, 9);
    expect(r.unstable.some((l) => l.id === 'aic' && l.where === 'windows')).toBe(true);
    expect(aic(r).peakLoad).toBeGreaterThan(aic(r).load);
  });

  it('back-office load scales with staff: halving a department’s back-office staff doubles it', () => {
    const dep = dalian.departments.find((d) => d.staff - d.windows >= 4 && (d.staff - d.windows) % 2 === 0)!;
    const half = variant(dalian, (x) => {
      const d = x.departments.find((y) => y.id === dep.id)!;
      d.staff = d.windows + (d.staff - d.windows) / 2;
    });
    const bo = (s: typeof dalian) => centreOfferedLoad(compileCentre(s, centreModels)).loads.find((l) => l.id === dep.id && l.where === 'backOffice')!.load;
    expect(bo(half)).toBeCloseTo(2 * bo(dalian), 9);
  });

  it('agrees with the simulated utilisation of a department that is not overloaded (within 10%)', () => {
    // utilisation is over the whole horizon, drain included: a longer run dilutes the drain
    const s = short(dalian, 60);
    const loads = centreOfferedLoad(compileCentre(s, centreModels)).loads;
    const reps = runCentreReplications(s, { models: centreModels, from: 0, to: 1 });
    const dep = 'ethnic';
    const sim = (k: string) => reps.reduce((a, r) => a + (r.departments?.[dep]?.[k] ?? NaN), 0) / reps.length;
    const bo = loads.find((l) => l.id === dep && l.where === 'backOffice')!.load;
    expect(bo).toBeGreaterThan(0.5);
    expect(Math.abs(sim('backOfficeUtilisation') - bo) / bo).toBeLessThan(0.1);
    const win = loads.find((l) => l.id === dep && l.where === 'windows')!.load;
    // the window load is a lower bound (pickups and misrouted visits left out)
    expect(win).toBeLessThanOrEqual(sim('windowUtilisation') * 1.05);
  });
});
