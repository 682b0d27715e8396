import { describe, expect, it } from 'vitest';
import { bandLayout } from '../../src/ui/charts/bandLayout';
import { isSweepableParameter, parameterLever, scaleCounts, sweepLever, sweepScenarios, sweepValues } from '../../src/ui/views/research/sweep';
import { runCommand, withRunSettings } from '../../src/ui/run/runSettings';
import { pointFile, sweepCsv, sweepJson, type SweepResult } from '../../src/ui/views/research/sweepExport';
import { sweepCsvHeader } from '../../src/cli/sweepOutput';

describe('sweep points', () => {
  it('n evenly spaced values, ends included', () => {
    expect(sweepValues(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(sweepValues(0, 1, 11)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(sweepValues(40, 120, 5, true)).toEqual([40, 60, 80, 100, 120]);
    expect(sweepValues(1, 0, 3)).toEqual([1, 0.5, 0]);
  });
  it('whole numbers are rounded and duplicates dropped; degenerate input', () => {
    expect(sweepValues(1, 3, 5, true)).toEqual([1, 2, 3]);
    expect(sweepValues(2, 2, 5)).toEqual([2]);
    expect(sweepValues(0, 1, 0)).toEqual([]);
    expect(sweepValues(NaN, 1, 3)).toEqual([]);
  });
});

describe('levers change the scenario', () => {
  const base = { type: 'onewindow/centre', seed: 1, departments: [{ id: 'a', windows: 6, staff: 10, authorisationShare: 1 }, { id: 'b', windows: 2, staff: 5, authorisationShare: 0.5 }, { id: 'c', windows: 0, staff: 0 }] };

  it('windows: a total spread in proportion, adding up exactly, stationed departments keep one', () => {
    expect(scaleCounts([6, 2, 0], 16)).toEqual([12, 4, 0]);
    expect(scaleCounts([6, 2, 0], 3).reduce((a, b) => a + b)).toBe(3);
    expect(scaleCounts([6, 2, 0], 2)).toEqual([1, 1, 0]);
    const s = sweepLever('windows')!.apply(base, 40);
    expect((s.departments as Array<{ windows: number }>).map((d) => d.windows)).toEqual([30, 10, 0]);
    expect(sweepLever('windows')!.read(s)).toBe(40);
  });

  it('authorisation share for every department; online adoption; settings written into every point', () => {
    const lever = sweepLever('authorisationShare')!;
    expect(lever.read(base)).toBeCloseTo((1 + 0.5 + 0.9) / 3, 10);
    const scenarios = sweepScenarios(base, lever, [0, 1], { replications: 3, days: 5, seed: 9 });
    expect(scenarios.map((s) => (s.departments as Array<{ authorisationShare: number }>)[1].authorisationShare)).toEqual([0, 1]);
    expect(scenarios[0]).toMatchObject({ seed: 9, replications: 3, simulation: { days: 5, warmupDays: 0 } });
    expect(sweepLever('onlineAdoption')!.apply(base, 0.6)).toMatchObject({ demand: { onlineAdoption: 0.6 } });
    expect(withRunSettings({ simulation: { days: 250, warmupDays: 20 } }, { replications: 1, days: 5, seed: 1 })).toMatchObject({ simulation: { days: 5, warmupDays: 4 } });
  });

  it('any scalar registry number can be swept on its own (sensitivity), within its bounds', () => {
    expect(isSweepableParameter({ path: 'behaviour.materialsCompleteP', min: 0, max: 1, default: 0.7 })).toBe(true);
    expect(isSweepableParameter({ path: 'departments[].windows', min: 0, default: 2 })).toBe(false);
    expect(isSweepableParameter({ path: 'opening.hoursPerDay', min: 1, max: 24, default: 8 })).toBe(false);
    expect(isSweepableParameter({ path: 'demand.seasonProfile', default: [1, 2] })).toBe(false);
    const lever = parameterLever({ path: 'process.serviceCv', min: 0, default: 0.6 });
    expect(lever).toMatchObject({ id: 'param:process.serviceCv', from: 0, to: 1.2, min: 0, max: undefined, integer: false });
    expect(lever.apply(base, 0.9)).toMatchObject({ process: { serviceCv: 0.9 } });
    expect(lever.read(base)).toBe(0.6);
    expect(pointFile('x', lever.id, 0.9)).toBe('x-param-process.serviceCv-0.9.scenario.json');
  });

  it('the command line that reruns a point', () => {
    expect(runCommand(pointFile('dalian', 'windows', 80), { replications: 3, seed: 1 })).toBe('npx onewindow run dalian-windows-80.scenario.json --replications 3 --seed 1');
  });
});

describe('sweep layout', () => {
  const points = [
    { x: 1, mean: 4, lo: 3, hi: 5 },
    { x: 0, mean: 6, lo: 5, hi: 7 },
    { x: 0.5, mean: NaN, lo: 1, hi: 2 },
  ];
  const l = bandLayout({ points, width: 400, height: 200, margin: { left: 50, right: 10, top: 10, bottom: 30 } });
  it('sorted by x, non-finite dropped, ends at the plot edges, band and line as paths', () => {
    expect(l.points.map((p) => p.x)).toEqual([0, 1]);
    expect(l.points[0].cx).toBe(50);
    expect(l.points[1].cx).toBe(390);
    expect(l.points[0].cy).toBeLessThan(l.points[1].cy); // 6 is above 4
    expect(l.line.startsWith('M50,')).toBe(true);
    expect(l.band.endsWith('Z')).toBe(true);
    expect(l.yTicks[0].value).toBe(0);
    expect(l.xTicks.length).toBeGreaterThanOrEqual(2);
  });
});

describe('sweep export', () => {
  const est = (mean: number) => ({ mean, ci95: [mean - 1, mean + 1] as [number, number], halfWidth: 1, n: 3 });
  const result: SweepResult = {
    name: 'Dalian', lever: 'windows', settings: { replications: 3, days: 5, seed: 1 },
    points: [{ value: 40, kpis: { meanWaitMinutes: est(9) } }, { value: 80, kpis: { meanWaitMinutes: est(2) } }],
    scenarios: [{ seed: 1 }, { seed: 1 }],
  };
  it('CSV: the columns of onewindow sweep --csv (one writer), then label, replications, seed and days; a BOM and CRLF for spreadsheets', () => {
    const text = sweepCsv(result, () => '等候');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toEqual([
      'point,windows,scope,id,metric,mean,lo,hi,method,label,replications,seed,days',
      '0,40,kpi,,meanWaitMinutes,9,8,10,t,等候,3,1,5',
      '1,80,kpi,,meanWaitMinutes,2,1,3,t,等候,3,1,5',
    ]);
    // the CLI's header for the same lever has the same columns up to its own (sweep, points)
    expect(sweepCsvHeader([{ path: 'windows', values: [40, 80] }]).startsWith(lines[0].split(',label')[0] + ',')).toBe(true);
  });
  it('JSON: seed, replications, values, each point’s scenario and command', () => {
    const j = JSON.parse(sweepJson(result, 'dalian'));
    expect(j).toMatchObject({ type: 'onewindow/sweep-result', seed: 1, replications: 3, days: 5, values: [40, 80] });
    expect(j.points[1].command).toBe('npx onewindow run dalian-windows-80.scenario.json --replications 3 --seed 1');
    expect(j.points[0].scenario).toEqual({ seed: 1 });
  });
});

describe('each mechanism alone', () => {
  it('one variant per mechanism, switched the other way; labels and CSV', async () => {
    const { mechanismVariants, variantLabel, oneAtATimeCsv } = await import('../../src/ui/views/research/oneAtATime');
    const base = { type: 'onewindow/centre', mechanisms: { parallelApproval: { on: true } } };
    const variants = mechanismVariants(base);
    expect(variants).toHaveLength(11);
    const parallel = variants.find((v) => v.mechanism === 'parallelApproval')!;
    expect(parallel.on).toBe(false);
    expect(parallel.scenario).toMatchObject({ mechanisms: { parallelApproval: { on: false } } });
    expect(variants.find((v) => v.mechanism === 'firstInquiry')!.scenario).toMatchObject({ mechanisms: { firstInquiry: { on: true }, parallelApproval: { on: true } } });
    expect(variantLabel(parallel, '并联审批')).toBe('−并联审批');
    const e = (mean: number, hw: number) => ({ mean, ci95: [mean - hw, mean + hw] as [number, number], halfWidth: hw, n: 3 });
    const summary = (wait: number) => ({ name: 'x', kind: 'onewindow/centre', seed: 4, replications: 3, kpis: { meanWaitMinutes: e(wait, 0.1) }, stations: {}, classes: {}, analytic: {}, events: 0, engineSeconds: 0, waits: new Float64Array(0) });
    const csv = oneAtATimeCsv([parallel], { base: summary(5), variants: [{ summary: summary(4), differences: { kpis: { meanWaitMinutes: e(-1, 0.2) }, stations: {}, classes: {}, pairs: 3 } }] });
    expect(csv.slice(1).trim().split('\r\n')[1]).toBe('parallelApproval,off,meanWaitMinutes,,5,4,-1,-1.2,-0.8,yes,better,3,4');
  });
});
