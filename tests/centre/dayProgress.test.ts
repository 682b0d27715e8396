/** Issue 10 point 4: progress by simulated days from inside a replication, without touching its numbers. */
import { describe, expect, it } from 'vitest';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { simulateCentre } from '../../src/engine/centre/simulateCentre';
import { runSynergyReplications, SYNERGY_VARIANTS } from '../../src/engine/projection/synergy';
import { projectReplications } from '../../src/engine/projection/project';
import { loadPreset, short, variant } from './helpers';
import { centreModels } from '../../models/centreTypes/centreModels';
import { projectionModels } from '../../models/programmes/projectionModels';

const small = short(loadPreset('tianjin-2007'), 10);

describe('simulateCentre onDays (progress by simulated days)', () => {
  const cc = compileCentre(small, centreModels);

  it('is called with increasing days, every k days, and finally with the total', () => {
    for (const every of [1, 3, 10, 25]) {
      const calls: Array<[number, number]> = [];
      simulateCentre(cc, 0, undefined, { onDays: (d, total) => calls.push([d, total]), progressEveryDays: every });
      const days = calls.map(([d]) => d);
      expect(calls.every(([, total]) => total === cc.days)).toBe(true);
      expect(days[days.length - 1]).toBe(cc.days);
      for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1]);
      // the steps before the final call are whole multiples of k
      expect(days.slice(0, -1)).toEqual(Array.from({ length: Math.ceil(cc.days / every) - 1 }, (_, i) => (i + 1) * every));
    }
  });

  it('numbers are identical with and without the callback', () => {
    const plain = simulateCentre(cc, 2);
    const observed = simulateCentre(cc, 2, undefined, { onDays: () => undefined, progressEveryDays: 2 });
    expect(observed.kpis).toEqual(plain.kpis);
    expect(observed.departments).toEqual(plain.departments);
    expect(observed.events).toBe(plain.events);
    expect(Array.from(observed.waits)).toEqual(Array.from(plain.waits));
    expect(observed.charts).toEqual(plain.charts);
  });
});

describe('the synergy reports from inside a replication (its seven variants’ days)', () => {
  it('shares rise within (0, 1) before the replication ends; the numbers are those without progress', () => {
    const s = variant(loadPreset('tianjin-2007'), (x) => {
      x.projection = { ...(x.projection ?? { endYear: x.year }), sampledDays: 2, warmupDays: 1 } as typeof x.projection;
    });
    const calls: Array<[number, number | undefined]> = [];
    const watched = runSynergyReplications(s, s.year, { from: 0, to: 1, models: projectionModels, onProgress: (d, share) => calls.push([d, share]), progressEveryDays: 1 });
    const plain = runSynergyReplications(s, s.year, { from: 0, to: 1, models: projectionModels });
    expect(watched).toEqual(plain);
    const shares = calls.filter(([d]) => d === 0).map(([, share]) => share!);
    expect(shares.length).toBeGreaterThanOrEqual(SYNERGY_VARIANTS.length - 1);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1]);
    expect(shares.every((x) => x > 0 && x < 1)).toBe(true);
    expect(calls.at(-1)).toEqual([1, undefined]);
  });
});

describe('a projection reports from inside a trajectory (its years’ days)', () => {
  it('shares rise within (0, 1) year after year before the trajectory ends; the numbers are those without progress', () => {
    const s = variant(loadPreset('tianjin-2007'), (x) => {
      x.projection = { ...(x.projection ?? {}), endYear: x.year + 2, sampledDays: 2, warmupDays: 1 } as typeof x.projection;
    });
    const calls: Array<[number, number | undefined]> = [];
    const strip = (reps: ReturnType<typeof projectReplications>) => reps.map((r) => ({ ...r, engineSeconds: 0 }));
    const watched = projectReplications(s, { from: 0, to: 1, models: projectionModels, onProgress: (d, share) => calls.push([d, share]), progressEveryDays: 1 });
    const plain = projectReplications(s, { from: 0, to: 1, models: projectionModels });
    expect(strip(watched)).toEqual(strip(plain));
    const shares = calls.filter(([d]) => d === 0).map(([, share]) => share!);
    // three years of three days each: shares inside the first, second and third year
    expect(shares.some((x) => x < 1 / 3)).toBe(true);
    expect(shares.some((x) => x > 2 / 3)).toBe(true);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1]);
    expect(shares.every((x) => x > 0 && x < 1)).toBe(true);
    expect(calls.at(-1)).toEqual([1, undefined]);
  });
});
