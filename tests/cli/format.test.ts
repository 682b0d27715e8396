import { describe, expect, it } from 'vitest';
import { analyticFor, compareTable, diffText, estimatesCsv, num, runJson, runTable, table } from '../../src/cli/format';
import type { Estimate, RunSummary } from '../../src/engine/types';

const est = (mean: number, lo: number, hi: number) => ({ mean, ci95: [lo, hi] as [number, number], halfWidth: (hi - lo) / 2, n: 4 });

describe('format', () => {
  it('num: about four significant figures, integers and thousands grouped', () => {
    expect(num(0.668731)).toBe('0.6687');
    expect(num(1.66873)).toBe('1.669');
    expect(num(5116.24)).toBe('5,116.2');
    expect(num(592)).toBe('592');
    expect(num(1279054.4)).toBe('1,279,054');
    expect(num(0.000763)).toBe('7.63e-4');
    expect(num(NaN)).toBe('—');
    expect(num(0)).toBe('0');
  });

  it('table aligns text left and numbers right', () => {
    expect(table(['a', 'b'], [['xx', '1'], ['y', '22']])).toBe('a    b\n--  --\nxx   1\ny   22');
  });

  it('analyticFor finds network, per-station and one-station companions, merging equal values', () => {
    const analytic = {
      erlangC: { meanWaitMinutes: 0.66873, utilisation: 0.9 },
      allenCunneen: { meanWaitMinutes: 0.66873 },
      jackson: { hall: { utilisation: 0.5 } },
    };
    expect(analyticFor(analytic, 'meanWaitMinutes', { kind: 'kpi' })).toBe('0.6687 (erlangC, allenCunneen)');
    expect(analyticFor(analytic, 'utilisation', { kind: 'station', id: 'hall', only: false })).toBe('0.5000 (jackson)');
    expect(analyticFor(analytic, 'utilisation', { kind: 'station', id: 'desk', only: true })).toBe('0.9000 (erlangC)');
    expect(analyticFor(analytic, 'utilisation', { kind: 'station', id: 'desk', only: false })).toBe('');
  });

  it('estimatesCsv: one row per (scope, id, metric); ids with commas are quoted', () => {
    const csv = estimatesCsv({ meanWaitMinutes: est(1, 0.5, 1.5) }, { 'a,b': { utilisation: est(0.5, 0.4, 0.6) } }, {});
    expect(csv).toBe('scope,id,metric,mean,lo,hi\nkpi,,meanWaitMinutes,1,0.5,1.5\nstation,"a,b",utilisation,0.5,0.4,0.6\n');
  });

  it('diffText: a rate’s difference in percentage points, others signed in their unit', () => {
    expect(diffText('onTimeRate', 0.0125)).toBe('+1.250 pp');
    expect(diffText('meanWaitMinutes', -2)).toBe('-2');
  });

  const summary = (kpis: Record<string, Estimate>, replications = 5): RunSummary => ({ name: 'x', kind: 'onewindow/centre', seed: 1, replications, kpis, stations: {}, classes: {}, analytic: {}, events: 0, engineSeconds: 0, waits: new Float64Array(0) });

  it('compareTable: shares in %, differences in pp, significant only at the practical threshold, negligible below it (issue 9)', () => {
    const a = summary({ onTimeRate: est(0.9, 0.89, 0.91), meanWaitMinutes: est(5, 4.9, 5.1) });
    const b = summary({ onTimeRate: est(0.93, 0.92, 0.94), meanWaitMinutes: est(5.01, 4.91, 5.11) });
    const d = { kpis: { onTimeRate: est(0.03, 0.02, 0.04), meanWaitMinutes: est(0.01, 0.005, 0.015) }, stations: {}, classes: {} };
    const text = compareTable(a, b, d);
    const row = (k: string) => text.split('\n').find((l) => l.startsWith(k))!;
    expect(row('onTimeRate')).toMatch(/90%\s+93%\s+\+3 pp\s+\[\+2, \+4\] pp\s+better/);
    expect(row('meanWaitMinutes')).toMatch(/\+0\.0100\s+\[\+0\.0050, \+0\.0150\]\s+negligible/);
    expect(row('meanWaitMinutes')).not.toMatch(/worse/);
    expect(text).toContain('percentage points (pp)');
  });

  it('runTable: says how a bounded interval was made and warns when replications are too few for the precision shown', () => {
    const s = summary({ meanWaitMinutes: { ...est(19.2, 4.6, 80.5), halfWidth: 27.5, method: 'log-t' }, onTimeRate: est(0.9, 0.89, 0.91) }, 5);
    const text = runTable(s);
    expect(text).toMatch(/meanWaitMinutes\s+19\.200\s+\[4\.600, 80\.500\] log-t\s+!/);
    expect(text).toContain('log-t / logit-t');
    expect(text).toMatch(/! too few replications for the precision shown .*: meanWaitMinutes\./);
    expect(runTable(summary({ onTimeRate: est(0.9, 0.89, 0.91) }))).not.toContain('too few');
  });

  it('issue 9 point 9: inputs (staff, windows, integration index) are configuration — their own table and JSON object, no CI', () => {
    const s = { ...summary({ onTimeRate: est(0.9, 0.89, 0.91), staff: est(120, 120, 120), integrationIndex: est(1, 1, 1) }), kind: 'onewindow/centre' } as RunSummary;
    const text = runTable(s);
    expect(text).toMatch(/configuration \(input, no CI\)\s+value\s+unit/);
    expect(text).toMatch(/\nstaff\s+120\s+people/);
    expect(text).not.toMatch(/staff\s+120\s+\[/);
    const j = runJson(s);
    expect(j.configuration).toEqual({ staff: 120, integrationIndex: 1 });
    expect(Object.keys(j.kpis)).toEqual(['onTimeRate']);
  });
});
