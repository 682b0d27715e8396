/** Issue 9 point 7 / issue 12 point 2: overload named before the run; any accepted volume runs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, mmc, root, tempFile } from './cliHelpers';

interface Doc {
  replications: number;
  simulation: Record<string, unknown>;
  departments: { id: string; windows: number }[];
  demand: { annualVolume: number };
  behaviour?: Record<string, unknown>;
}
const dalian = () => JSON.parse(readFileSync(join(root, 'models/presets/dalian-2009.scenario.json'), 'utf8')) as Doc;
const oneDay = (x: Doc): Doc => ({ ...x, replications: 1, simulation: { ...x.simulation, days: 1, warmupDays: 0 } });

describe('onewindow run: overload before the run', () => {
  it('issue 9: Dalian 2009 with 3 of aic’s windows warns on stderr naming aic, and --json lists it as unstable', async () => {
    const x = oneDay(dalian());
    x.departments.find((d) => d.id === 'aic')!.windows = 3;
    const r = await cli(['run', tempFile('aic3.scenario.json', x), '--json', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: department aic's windows: offered load \d+\.\d+ ≥ 1 .*on the mean day \(busiest hour \d+\.\d+; 3 windows\)$/m);
    const o = JSON.parse(r.stdout) as { unstable: { id: string; where: string; load: number }[] };
    expect(o.unstable).toContainEqual(expect.objectContaining({ id: 'aic', where: 'windows' }));
    expect(o.unstable.find((u) => u.id === 'aic')!.load).toBeGreaterThanOrEqual(1);
  });

  it('a network station at load ≥ 1 is named by compare too, for each scenario', async () => {
    const over = tempFile('mm1-over.scenario.json', mmc(1));
    const ok = tempFile('mm2-ok.scenario.json', mmc(2));
    const r = await cli(['compare', ok, over, '--json', '--workers', '1', '--replications', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: B: station hall: offered load 1\.500 ≥ 1/m);
    expect(r.stderr).not.toMatch(/A: station/);
    const o = JSON.parse(r.stdout) as { a: { unstable: unknown[] }; b: { unstable: { id: string; where: string }[] } };
    expect(o.a.unstable).toEqual([]);
    expect(o.b.unstable).toEqual([expect.objectContaining({ id: 'hall', where: 'station', load: 1.5 })]);
  });

  it('issue 9: an annual volume of 30,000,000 runs a 1-day run to the end, and its p90 wait is not capped at 600 minutes', async () => {
    const x = oneDay(dalian());
    x.demand.annualVolume = 30_000_000;
    // infinite patience: nobody leaves the queue, so the waits show how far the hall falls behind (default patience: tests/claims/patience.test.ts)
    x.behaviour = { ...x.behaviour, patienceMinutes: 0 };
    const r = await cli(['run', tempFile('d30m.scenario.json', x), '--json', '--workers', '1']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as { kpis: Record<string, { mean: number }>; unstable: unknown[] };
    expect(o.kpis.casesArrived.mean).toBeGreaterThan(100_000);
    expect(o.kpis.p90WaitMinutes.mean).toBeGreaterThan(600);
    expect(o.unstable.length).toBeGreaterThan(10);
  }, 60_000);

  it('1e12 is refused as input (exit 2) with the schema’s message', async () => {
    const x = oneDay(dalian());
    x.demand.annualVolume = 1e12;
    const r = await cli(['run', tempFile('d1e12.scenario.json', x)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid demand\.annualVolume: must be ≤ 50000000, got 1000000000000/);
  });
});
