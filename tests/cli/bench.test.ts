import { describe, expect, it } from 'vitest';
import { cli } from './cliHelpers';

interface BenchJson {
  machine: { node: string; cores: number; loadAverage: number };
  quick: boolean;
  cases: { id: string; title: string; metrics: { name: string; value: number; unit: string; ok?: boolean }[] }[];
}

describe('onewindow bench', () => {
  it('--quick --json prints the machine and every case with finite figures', async () => {
    const r = await cli(['bench', '--quick', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as BenchJson;
    expect(o.quick).toBe(true);
    expect(o.machine.node).toBe(process.version);
    expect(o.machine.cores).toBeGreaterThanOrEqual(1);
    expect(o.cases.map((c) => c.id)).toEqual(['bare-mm10', 'engine-mm10', 'service-day', 'project-dalian', 'centre-dalian-2009', 'validate-5000', 'compile-tiny']);
    for (const c of o.cases) {
      expect(c.metrics.length).toBeGreaterThan(0);
      for (const m of c.metrics) {
        expect(Number.isFinite(m.value)).toBe(true);
        expect(m.value).toBeGreaterThan(0);
      }
    }
    const engine = o.cases[1].metrics;
    expect(engine.find((m) => m.name.startsWith('ratio to bare loop (events/s)'))?.ok).toBeTypeOf('boolean');
    expect(engine.find((m) => m.name.startsWith('peak RSS (sampled'))?.unit).toBe('MB');
  }, 180_000); // every case once, quick: ~45 s alone

  it('--only runs the named cases; an unknown case is bad input', async () => {
    const r = await cli(['bench', '--quick', '--only', 'bare-mm10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bare-mm10');
    expect(r.stdout).not.toContain('service-day');
    const bad = await cli(['bench', '--only', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: invalid --only: unknown bench case 'nope'/);
  });
});
