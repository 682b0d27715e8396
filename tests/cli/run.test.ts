import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, mmc, tempDir, tempFile, withoutTiming } from './cliHelpers';
import type { JsonEstimate, RunJson } from './cliHelpers';

const mm2 = tempFile('mm2.scenario.json', mmc(2));
/** in-process: these tests are about output, not threads (that one is below), and spawn quicker */
const oneThread = ['--workers', '1'];

function expectEstimate(e: JsonEstimate): void {
  expect(Number.isFinite(e.mean)).toBe(true);
  expect(e.ci95[0]).toBeLessThanOrEqual(e.mean);
  expect(e.ci95[1]).toBeGreaterThanOrEqual(e.mean);
}

describe('onewindow run', () => {
  it('--json prints one object with KPIs, stations, classes and CIs that contain their means', async () => {
    const r = await cli(['run', mm2, '--json', ...oneThread]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const o = JSON.parse(r.stdout) as RunJson;
    expect(o.name).toBe('M/M/2 test');
    expect(o.seed).toBe(7);
    expect(o.replications).toBe(4);
    expect(o.events).toBeGreaterThan(0);
    expect(o.engineSeconds).toBeGreaterThan(0);
    expect(o).not.toHaveProperty('waits');
    for (const k of ['meanWaitMinutes', 'p90WaitMinutes', 'meanTimeInSystemMinutes', 'casesCompleted', 'abandonedRate']) expectEstimate(o.kpis[k]);
    for (const k of ['meanWaitMinutes', 'meanQueueLength', 'utilisation']) expectEstimate(o.stations.hall[k]);
    for (const e of Object.values(o.classes['walk-in'])) expectEstimate(e);
    expect(typeof o.analytic).toBe('object');
  });

  it("Little's law holds roughly at the station: Lq ≈ λ·Wq, and utilisation ≈ λ/(cμ)", async () => {
    const r = await cli(['run', mm2, '--json', '--replications', '6', ...oneThread]);
    const hall = (JSON.parse(r.stdout) as RunJson).stations.hall;
    const lambda = 1.5;
    expect(hall.meanQueueLength.mean).toBeCloseTo(lambda * hall.meanWaitMinutes.mean, 0);
    expect(Math.abs(hall.meanQueueLength.mean - lambda * hall.meanWaitMinutes.mean) / hall.meanQueueLength.mean).toBeLessThan(0.15);
    expect(hall.utilisation.mean).toBeGreaterThan(0.65);
    expect(hall.utilisation.mean).toBeLessThan(0.85);
  });

  it('the same seed twice gives identical output; --seed changes it', async () => {
    const [a, b, c] = await Promise.all([cli(['run', mm2, '--json', ...oneThread]), cli(['run', mm2, '--json', ...oneThread]), cli(['run', mm2, '--json', '--seed', '8', ...oneThread])]);
    const ja = JSON.parse(a.stdout) as RunJson;
    expect(withoutTiming(JSON.parse(b.stdout) as RunJson)).toEqual(withoutTiming(ja));
    const jc = JSON.parse(c.stdout) as RunJson;
    expect(jc.seed).toBe(8);
    expect(jc.kpis.meanWaitMinutes.mean).not.toBe(ja.kpis.meanWaitMinutes.mean);
  });

  it('--workers 1 and --workers 2 give identical numbers (replications merged in order)', async () => {
    const [one, two] = await Promise.all([cli(['run', mm2, '--json', '--workers', '1', '--replications', '5']), cli(['run', mm2, '--json', '--workers', '2', '--replications', '5'])]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(withoutTiming(JSON.parse(two.stdout) as RunJson)).toEqual(withoutTiming(JSON.parse(one.stdout) as RunJson));
  });

  it('--csv prints a header and one row per (scope, id, metric)', async () => {
    const r = await cli(['run', mm2, '--csv', ...oneThread]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('scope,id,metric,mean,lo,hi');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.every((f) => f.length === 6)).toBe(true);
    expect(rows.some(([s, id, m]) => s === 'kpi' && id === '' && m === 'meanWaitMinutes')).toBe(true);
    expect(rows.some(([s, id, m]) => s === 'station' && id === 'hall' && m === 'utilisation')).toBe(true);
    expect(rows.some(([s, id]) => s === 'class' && id === 'walk-in')).toBe(true);
    const keys = rows.map(([s, id, m]) => `${s}/${id}/${m}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [, , , mean, lo] of rows) if (mean !== '') expect(Number(lo)).toBeLessThanOrEqual(Number(mean));
  });

  it('--out writes the file (format from the extension) and prints nothing to stdout', async () => {
    const out = join(tempDir, 'result.json');
    const r = await cli(['run', mm2, '--out', out, ...oneThread]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    expect((JSON.parse(readFileSync(out, 'utf8')) as RunJson).replications).toBe(4);
    const csv = join(tempDir, 'result.csv');
    await cli(['run', mm2, '--out', csv, ...oneThread]);
    expect(readFileSync(csv, 'utf8').startsWith('scope,id,metric,mean,lo,hi\n')).toBe(true);
  });

  it('prints a human-readable table by default', async () => {
    const r = await cli(['run', mm2, ...oneThread]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('M/M/2 test');
    expect(r.stdout).toMatch(/KPI\s+mean\s+95% CI/);
    expect(r.stdout).toContain('meanWaitMinutes');
    expect(r.stdout).toContain('station hall');
  });

  it('with no FILE runs the default scenario', async () => {
    const r = await cli(['run', '--json', '--replications', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as RunJson).replications).toBe(2);
  });
});
