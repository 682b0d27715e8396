import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { runReplications } from '../../src/engine/run/runReplications';
import { cli, mmc, tempFile } from './cliHelpers';
import type { JsonEstimate, RunJson } from './cliHelpers';

const a = mmc(2);
const b = mmc(3, { name: 'M/M/3 test', seed: 99 }); // B's own seed is ignored: common random numbers
const fileA = tempFile('compare-a.scenario.json', a);
const fileB = tempFile('compare-b.scenario.json', b);

interface CompareJson {
  a: RunJson;
  b: RunJson;
  differences: Record<string, JsonEstimate>;
}

/** Student-t 0.975 quantiles by degrees of freedom (enough for these small runs). */
const t975: Record<number, number> = { 1: 12.7062, 2: 4.3027, 3: 3.18245, 4: 2.77645, 5: 2.57058 };

describe('onewindow compare', () => {
  it('--json: differences are b − a on means, with a paired CI over replications', async () => {
    const r = await cli(['compare', fileA, fileB, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as CompareJson;
    expect(o.a.name).toBe('M/M/2 test');
    expect(o.b.name).toBe('M/M/3 test');
    expect(o.b.seed).toBe(o.a.seed);
    expect(o.b.replications).toBe(o.a.replications);
    for (const [k, d] of Object.entries(o.differences)) {
      if (!Number.isFinite(d.mean)) continue;
      expect(d.mean).toBeCloseTo(o.b.kpis[k].mean - o.a.kpis[k].mean, 9);
      expect(d.ci95[0]).toBeLessThanOrEqual(d.mean + 1e-12);
      expect(d.ci95[1]).toBeGreaterThanOrEqual(d.mean - 1e-12);
    }
    // more servers → shorter waits, and the paired CI says so
    expect(o.differences.meanWaitMinutes.ci95[1]).toBeLessThan(0);

    // the paired CI is the t interval of the per-replication differences (engine run in-process)
    const ra = runReplications(loadScenario(a), { from: 0, to: 4 });
    const rb = runReplications(loadScenario({ ...b, seed: a.seed }), { from: 0, to: 4 });
    const ds = ra.map((x, i) => rb[i].kpis.meanWaitMinutes - x.kpis.meanWaitMinutes);
    const mean = ds.reduce((s, x) => s + x, 0) / ds.length;
    const sd = Math.sqrt(ds.reduce((s, x) => s + (x - mean) ** 2, 0) / (ds.length - 1));
    const half = (t975[ds.length - 1] * sd) / Math.sqrt(ds.length);
    expect(o.differences.meanWaitMinutes.mean).toBeCloseTo(mean, 9);
    expect(o.differences.meanWaitMinutes.ci95[0]).toBeCloseTo(mean - half, 4);
    expect(o.differences.meanWaitMinutes.ci95[1]).toBeCloseTo(mean + half, 4);
  });

  it('prints a table of A, B and B − A by default', async () => {
    const r = await cli(['compare', fileA, fileB, '--replications', '3', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/KPI\s+A mean\s+B mean\s+B − A/);
    expect(r.stdout).toContain('meanWaitMinutes');
  });

  it('needs two files', async () => {
    const r = await cli(['compare', fileA]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
