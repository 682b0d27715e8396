import { describe, expect, it } from 'vitest';
import { MAX_WINDOWS, narrow, nextProbe, searchDone, startSearch, withWindows } from '../../src/ui/views/research/optimiseWindows';
import { sensitivityScenarios, sensitivityVariants } from '../../src/ui/views/research/sensitivity';
import { tornadoLayout } from '../../src/ui/views/research/tornadoLayout';
import { heatmapLayout } from '../../src/ui/views/research/heatmapLayout';
import { centreParameterIndex, parameter } from '../../src/domain/parameters';

/** Run the optimiser's search against a known answer per department (met iff windows ≥ need). */
function solve(brackets: { id: string; lower: number; upper: number }[], need: Record<string, number>) {
  let s = startSearch(brackets);
  let steps = 0;
  while (!searchDone(s) && steps < 100) {
    const probe = nextProbe(s);
    s = narrow(s, probe, (id) => probe[id] >= need[id]);
    steps++;
  }
  return { answer: Object.fromEntries(s.map((d) => [d.id, d.hi])), steps };
}

describe('window optimiser search (bisection inside the analytic bracket)', () => {
  it('finds the fewest windows meeting the target when the answer lies in the bracket', () => {
    const { answer, steps } = solve(
      [
        { id: 'tax', lower: 3, upper: 12 },
        { id: 'fund', lower: 1, upper: 1 },
        { id: 'trade', lower: 5, upper: 9 },
      ],
      { tax: 7, fund: 1, trade: 5 },
    );
    expect(answer).toEqual({ tax: 7, fund: 1, trade: 5 });
    expect(steps).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(10)) + 1);
  });

  it('widens the bracket when its upper end misses the target in simulation', () => {
    expect(solve([{ id: 'a', lower: 2, upper: 4 }], { a: 11 }).answer).toEqual({ a: 11 });
  });

  it('never answers below the lower (offered-load) bound, and stops at MAX_WINDOWS', () => {
    expect(solve([{ id: 'a', lower: 6, upper: 8 }], { a: 1 }).answer).toEqual({ a: 6 });
    expect(solve([{ id: 'a', lower: 1, upper: 2 }], { a: 10_000 }).answer).toEqual({ a: MAX_WINDOWS });
  });

  it('sets windows and keeps the back office (staff − windows) the same', () => {
    const json = { departments: [{ id: 'a', windows: 2, staff: 6 }, { id: 'b', windows: 3, staff: 3 }, { id: 'c', windows: 1, staff: 4 }] };
    const out = withWindows(json, { a: 5, b: 4 }) as { departments: Array<{ id: string; windows: number; staff: number }> };
    expect(out.departments).toEqual([
      { id: 'a', windows: 5, staff: 9 },
      { id: 'b', windows: 4, staff: 5 },
      { id: 'c', windows: 1, staff: 4 },
    ]);
  });
});

describe('one-at-a-time sensitivity variants', () => {
  it('moves each parameter ±20% inside its bounds and leaves out those that cannot move', () => {
    const specs = ['ratings.participation', 'behaviour.balkQueueLength', 'process.serviceCv'].map(parameter);
    const json = { ratings: { participation: 0.9 }, process: {} };
    const { variants, unmoved } = sensitivityVariants(json, specs);
    expect(variants).toEqual([
      { path: 'ratings.participation', value: 0.9, low: 0.72, high: 1 }, // capped at max 1
      { path: 'process.serviceCv', value: 0.6, low: 0.48, high: 0.72 }, // registry default
    ]);
    expect(unmoved).toEqual(['behaviour.balkQueueLength']); // default 0
    const scenarios = sensitivityScenarios(json, variants) as Array<{ ratings: { participation: number }; process: { serviceCv?: number } }>;
    expect(scenarios.map((s) => s.ratings.participation)).toEqual([0.72, 1, 0.9, 0.9]);
    expect(scenarios[2].process.serviceCv).toBe(0.48);
    expect(centreParameterIndex.get('ratings.participation')?.max).toBe(1);
  });
});

describe('tornado layout', () => {
  const rows = [
    { id: 'a', label: 'small', low: { mean: -1, lo: -2, hi: 0 }, high: { mean: 1, lo: 0, hi: 2 } },
    { id: 'b', label: 'a very long parameter name that must be cut somewhere', low: { mean: 5, lo: 4, hi: 6 }, high: { mean: -8, lo: -9, hi: -7 } },
    { id: 'c', label: 'broken', low: { mean: NaN, lo: 0, hi: 0 }, high: { mean: 0, lo: 0, hi: 0 } },
  ];
  it('sorts by the larger swing, bars start at zero, whiskers cover the CI, and omits non-finite rows', () => {
    const l = tornadoLayout({ rows, width: 680 });
    expect(l.rows.map((r) => r.id)).toEqual(['b', 'a']);
    expect(l.omitted).toEqual(['c']);
    const [low, high] = l.rows[0].bars;
    expect(low.x0).toBeCloseTo(l.zeroX, 9); // +5 to the right of zero
    expect(low.x1).toBeGreaterThan(l.zeroX);
    expect(high.x1).toBeCloseTo(l.zeroX, 9); // −8 to the left
    expect(high.w0).toBeLessThan(high.x0);
    expect(l.rows[0].label.endsWith('…')).toBe(true);
    expect(l.rows[0].title).toBe(rows[1].label);
    for (const t of l.ticks) expect(t.position).toBeGreaterThanOrEqual(l.plot.x0 - 1e-9);
    expect(l.ticks.some((t) => t.value === 0)).toBe(true);
  });
  it('fits a 390-px screen: the plot keeps most of the width and no geometry leaves it', () => {
    const l = tornadoLayout({ rows, width: 360 });
    expect(l.plot.x1 - l.plot.x0).toBeGreaterThan(180);
    for (const r of l.rows) for (const b of r.bars) expect(Math.min(b.w0, b.x0)).toBeGreaterThanOrEqual(l.plot.x0 - 1e-9);
    for (const r of l.rows) for (const b of r.bars) expect(Math.max(b.w1, b.x1)).toBeLessThanOrEqual(360);
  });
});

describe('heat-map layout', () => {
  const xs = [40, 80, 120];
  const ys = [0, 0.5, 1];
  const cells = xs.flatMap((x) => ys.map((y) => ({ x, y, value: 100 / x + (1 - y) * 10 })));
  it('one cell per pair inside the plot; the worst cell is the darkest end of the ramp', () => {
    const l = heatmapLayout({ xs, ys, cells, width: 600, better: 'lower' });
    expect(l.rects).toHaveLength(9);
    for (const r of l.rects) {
      expect(r.left).toBeGreaterThanOrEqual(l.plot.x0);
      expect(r.left + r.width).toBeLessThanOrEqual(l.plot.x1 + 1e-9);
    }
    const worst = l.rects.find((r) => r.x === 40 && r.y === 0)!;
    const best = l.rects.find((r) => r.x === 120 && r.y === 1)!;
    expect(worst.fill).toBe(l.legend.stops[4].color);
    expect(best.fill).toBe(l.legend.stops[0].color);
    expect(worst.ink).toBe('light');
    // a higher-is-better KPI turns the ramp round
    const h = heatmapLayout({ xs, ys, cells, width: 600, better: 'higher' });
    expect(h.rects.find((r) => r.x === 120 && r.y === 1)!.fill).toBe(h.legend.stops[4].color);
    expect(l.xTicks.map((t) => t.value)).toEqual(xs);
  });
});

import { scenarioDiff } from '../../src/ui/views/compare/scenarioDiff';
import { centrePresets } from '../../src/ui/library/allPresets';

describe('scenario diff (Compare: which inputs differ)', () => {
  const dalian2009 = centrePresets.find((p) => p.id === 'dalian-2009')!.json as Record<string, unknown>;
  it('finds nothing between a scenario and itself, apart from names and run settings', () => {
    expect(scenarioDiff([dalian2009, { ...dalian2009, name: 'copy', seed: 9, simulation: { days: 3 } }])).toEqual([]);
  });
  it('names a switched mechanism and a department field by registry path and department id', () => {
    const deps = dalian2009.departments as Array<Record<string, unknown>>;
    const mechanisms = dalian2009.mechanisms as Record<string, Record<string, unknown>>;
    const edited = {
      ...dalian2009,
      mechanisms: { ...mechanisms, parallelApproval: { ...mechanisms.parallelApproval, on: mechanisms.parallelApproval?.on !== true } },
      departments: deps.map((d, i) => (i === 0 ? { ...d, windows: (d.windows as number) + 3 } : d)),
    };
    const diff = scenarioDiff([dalian2009, edited]);
    expect(diff.map((d) => d.registryPath).sort()).toEqual(['departments[].windows', 'mechanisms.parallelApproval.on']);
    const w = diff.find((d) => d.registryPath === 'departments[].windows')!;
    expect(w.owner).toBe(deps[0].id);
    expect(w.values).toEqual([deps[0].windows, (deps[0].windows as number) + 3]);
  });
  it('a field one scenario leaves out counts as the registry default', () => {
    expect(scenarioDiff([{ behaviour: { materialsCompleteP: 0.7 } }, { behaviour: {} }])).toEqual([]);
    expect(scenarioDiff([{ behaviour: { materialsCompleteP: 0.8 } }, { behaviour: {} }, { behaviour: { materialsCompleteP: 0.8 } }])).toEqual([
      { key: 'behaviour.materialsCompleteP', registryPath: 'behaviour.materialsCompleteP', values: [0.8, undefined, 0.8] },
    ]);
  });
});
