/**
 * One column writer for a sweep's CSV (review: the Research download wrote ci95_low/ci95_high and
 * the CLI lo/hi + method): src/domain/sweepCsv.ts, and no other source file writes those columns.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SWEEP_ESTIMATE_COLUMNS, csvCell, sweepCsvHeaderLine, sweepCsvRow } from '../../src/domain/sweepCsv';

const ROOT = join(__dirname, '../..');

describe('sweep CSV columns', () => {
  it('header: point, the swept columns, scope,id,metric,mean,lo,hi,method, then the writer’s own', () => {
    expect(sweepCsvHeaderLine(['departments[0].windows', 'a,b'], ['sweep', 'points'])).toBe('point,departments[0].windows,"a,b",scope,id,metric,mean,lo,hi,method,sweep,points');
    expect(SWEEP_ESTIMATE_COLUMNS.join(',')).toBe('scope,id,metric,mean,lo,hi,method');
  });

  it('row: the interval and its method (t when the estimate names none), cells quoted when they must be', () => {
    expect(sweepCsvRow(2, [5, 'x"y'], { scope: 'station', id: 'tax', metric: 'utilisation', e: { mean: 0.5, ci95: [0.4, 0.6], method: 'logit-t' } }, ['f00d', 9])).toBe(
      '2,5,"x""y",station,tax,utilisation,0.5,0.4,0.6,logit-t,f00d,9',
    );
    expect(sweepCsvRow(0, [true], { scope: 'kpi', id: '', metric: 'meanWaitMinutes', e: { mean: NaN, ci95: [1, Infinity] } })).toBe('0,true,kpi,,meanWaitMinutes,,1,,t');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell(undefined)).toBe('');
  });

  it('is the only source file that writes the interval columns of a sweep (no ci95_low/ci95_high in a sweep export)', () => {
    const dir = (d: string) => readdirSync(join(ROOT, d), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f)).map((f) => join(d, f));
    const sweepWriters = [...dir('src/cli'), ...dir('src/ui')].filter((f) => /sweep/i.test(f)).filter((f) => /['"](ci95_low|lo)['"]/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(sweepWriters).toEqual([]);
  });
});
