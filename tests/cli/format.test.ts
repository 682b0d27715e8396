import { describe, expect, it } from 'vitest';
import { analyticFor, estimatesCsv, num, table } from '../../src/cli/format';

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
});
