import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, tempFile } from '../cli/cliHelpers';
import { SYNERGY_MATERIALITY } from '../../src/domain/kpis';

const replay = JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
/** The replay cut to 2002–2004 with a small volume: fast enough for CLI tests. */
const small = {
  ...replay,
  demand: { ...(replay.demand as object), annualVolume: 40000 },
  replications: 3,
  projection: { startYear: 2002, endYear: 2004, sampledDays: 3, warmupDays: 1 },
  timeline: (replay.timeline as { year: number }[]).filter((e) => e.year <= 2004),
};
const file = tempFile('small-replay.scenario.json', small);

interface ProjectJson {
  years: { year: number; stage: string; kpis: Record<string, { mean: number; ci95: [number, number] }>; functions: Record<string, string>; events: { kind: string; quote?: { zh: string } }[] }[];
}

describe('onewindow project / synergy / national (issue 5)', () => {
  it('project --json prints { years: [{ year, stage, kpis: { name: { mean, ci95 } }, functions, events }] }; --workers 1 and 2 agree', async () => {
    const [one, two] = await Promise.all([cli(['project', file, '--json', '--workers', '1']), cli(['project', file, '--json', '--workers', '2'])]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const o = JSON.parse(one.stdout) as ProjectJson;
    expect(o.years.map((y) => [y.year, y.stage])).toEqual([[2002, 'stage1'], [2003, 'stage1'], [2004, 'stage1']]);
    const k = o.years[0].kpis.leadTimeDays;
    expect(k.ci95[0]).toBeLessThanOrEqual(k.mean);
    expect(o.years[0].functions.approval).toBe('colocated');
    expect(o.years[2].events.find((e) => e.kind === 'law.licensing')?.quote?.zh).toContain('許可法');
    expect(JSON.parse(two.stdout)).toEqual(o);
  });

  it('project --csv has one row per (year, KPI); a bad timeline exits 2 with one error line naming timeline[i]', async () => {
    const csv = await cli(['project', file, '--csv', '--replications', '2']);
    expect(csv.stdout.split('\n')[0]).toBe('year,stage,scope,kpi,mean,lo,hi');
    expect(csv.stdout).toMatch(/^2004,stage1,centre,leadTimeDays,/m);
    const bad = tempFile('bad-timeline.scenario.json', { ...small, timeline: [{ year: 2003, kind: 'function.integrate', fn: 'eGovernment' }] });
    const r = await cli(['project', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*invalid timeline\[0\]: must integrate a co-located function \(eGovernment is separate in 2003\)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('project --growth-from YEAR=RATE changes demand from that year only; --set sets a field; bad values exit 2 naming the option', async () => {
    const [base, slow, set] = await Promise.all([
      cli(['project', file, '--json', '--replications', '2', '--workers', '1']),
      cli(['project', file, '--json', '--replications', '2', '--workers', '1', '--growth-from', '2004=0']),
      cli(['project', file, '--json', '--replications', '2', '--workers', '1', '--set', 'projection.staffing={"follow":false}']),
    ]);
    expect([base.code, slow.code, set.code]).toEqual([0, 0, 0]);
    const cases = (r: { stdout: string }) => (JSON.parse(r.stdout) as ProjectJson).years.map((y) => y.kpis.annualCases.mean);
    const [b, g] = [cases(base), cases(slow)];
    // same 2002–2003 (common random numbers), less demand in 2004 with no growth than with the file's 10%
    expect(g.slice(0, 2)).toEqual(b.slice(0, 2));
    expect(g[2]).toBeLessThan(b[2]);
    expect((JSON.parse(slow.stdout) as ProjectJson).years[2].events.some((e) => e.kind === 'demand.change')).toBe(true);
    const bad = await cli(['project', file, '--growth-from', '2004:0.1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: invalid --growth-from 2004:0\.1: must be YEAR=RATE/);
    const late = await cli(['project', file, '--growth-from', '2030=0.1']);
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/must not be after endYear 2004/);
  });

  it('synergy --json: per KPI base, all, together, sum of alone, synergy with CI, significance and verdict', async () => {
    const r = await cli(['synergy', file, '--year', '2004', '--json', '--replications', '3']);
    expect(r.code).toBe(0);
    type Rel = { mean: number; ci95: [number, number] } | null;
    const o = JSON.parse(r.stdout) as { year: number; materiality: number; kpis: Record<string, { synergy: { mean: number; ci95: [number, number] }; relative: Rel; material: boolean; significant: boolean; verdict: string; alone: Record<string, unknown> }> };
    expect(o.year).toBe(2004);
    expect(o.materiality).toBe(SYNERGY_MATERIALITY);
    for (const v of Object.values(o.kpis)) {
      expect(Object.keys(v.alone)).toEqual(['openness', 'approval', 'eGovernment', 'informationRelease', 'complaints']);
      // issue 9 point 4: significant = the ratio-scale CI excludes 0 and |R − 1| reaches the materiality threshold
      const rel = v.relative;
      expect(v.material).toBe(rel !== null && Math.abs(rel.mean) >= SYNERGY_MATERIALITY);
      expect(v.significant).toBe(rel !== null && (rel.ci95[0] > 0 || rel.ci95[1] < 0) && v.material);
      expect(rel === null ? ['undefined'] : ['amplifies', 'dampens', 'not significant']).toContain(v.verdict);
    }
    const table = await cli(['synergy', file, '--year', '2004', '--replications', '2']);
    expect(table.stdout).toMatch(/Significant at 95% and at least 5.0% on the ratio scale|No KPI shows a significant synergy/);
    expect((await cli(['synergy', file, '--year', '1999'])).stderr).toMatch(/^error: invalid --year: must be an integer in \[2002, 2004\]/);
  }, 180_000);

  it('national prints the paper’s figures with sources (2842 centres end-2009, 30377 township centres)', async () => {
    const r = await cli(['national', '--json']);
    const o = JSON.parse(r.stdout) as { figures: { id: string; value: number; source: string }[] };
    expect(o.figures.find((f) => f.id === 'centres2009')?.value).toBe(2842);
    expect(o.figures.find((f) => f.id === 'townshipCentres2012')?.value).toBe(30377);
    expect((await cli(['national'])).stdout).toContain('2,842');
  });
});
