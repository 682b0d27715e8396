import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/engine/types';
import { mergeShards, parseCsv, readCsvShard, readJsonShard, sweepCsvHeader, sweepCsvRows, sweepJsonText } from '../../src/cli/sweepOutput';
import type { SweepHeader } from '../../src/cli/sweepOutput';
import { shardPoints } from '../../src/cli/grid';

const header: SweepHeader = {
  sweep: '0123456789abcdef',
  name: 'test',
  scenarioType: 'onewindow/network',
  seed: 1,
  replications: 2,
  params: [
    { path: 'stations[0].servers', values: [1, 2, 3] },
    { path: 'routing["a,b"][0].p', values: [0.5] },
  ],
  points: 3,
};

/** A summary with one KPI and one station whose id needs quoting. */
function summary(point: number): RunSummary {
  const e = (mean: number) => ({ mean, ci95: [mean - 1, mean + 1] as [number, number], halfWidth: 1, n: 2 });
  return { kpis: { meanWaitMinutes: { ...e(point), method: 'log-t' as const } }, stations: { 'hall, "east"': { utilisation: e(point / 10) } }, classes: {} } as unknown as RunSummary;
}

function csvOf(points: number[]): string {
  return sweepCsvHeader(header.params) + '\n' + points.map((p) => sweepCsvRows(header, p, [header.params[0].values[p], 0.5], summary(p))).join('');
}

function jsonOf(points: number[], shard?: { index: number; count: number }): string {
  return sweepJsonText(header, points.map((p) => ({ point: p, values: { x: p }, kpis: { w: { mean: p / 3, ci95: [0, 1] } } })), shard);
}

describe('sweep CSV', () => {
  it('has the point, the parameter columns, the estimate with its method, the fingerprint and the grid size', () => {
    const text = csvOf([0, 1]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('point,stations[0].servers,"routing[""a,b""][0].p",scope,id,metric,mean,lo,hi,method,sweep,points');
    expect(lines[1]).toBe('0,1,0.5,kpi,,meanWaitMinutes,0,-1,1,log-t,0123456789abcdef,3');
    expect(lines[2]).toBe('0,1,0.5,station,"hall, ""east""",utilisation,0,-1,1,t,0123456789abcdef,3');
  });

  it('parseCsv reads quoted fields with commas, quotes and line ends, keeping each record as written', () => {
    const recs = parseCsv('a,"b,""c""\nd",e\r\nf\n');
    expect(recs.map((r) => r.fields)).toEqual([['a', 'b,"c"\nd', 'e'], ['f']]);
    expect(recs[0].raw).toBe('a,"b,""c""\nd",e');
    expect(() => parseCsv('a,"b')).toThrow(/not closed/);
  });
});

describe('merge', () => {
  const all = csvOf([0, 1, 2]);
  const shards = (n: number) => Array.from({ length: n }, (_, i) => readCsvShard(`s${i}.csv`, csvOf(shardPoints(3, { index: i, count: n }))));

  it('joins CSV shards in any order into the unsharded text, byte for byte (an empty shard included)', () => {
    expect(mergeShards(shards(2), 'csv')).toBe(all);
    expect(mergeShards(shards(3).reverse(), 'csv')).toBe(all);
    expect(mergeShards(shards(5), 'csv')).toBe(all); // shards 3 and 4 have no points
  });

  it('joins JSON shards into the unsharded document, without the shard field', () => {
    const parts = [0, 1].map((i) => readJsonShard(`s${i}.json`, jsonOf(shardPoints(3, { index: i, count: 2 }), { index: i, count: 2 })));
    expect(mergeShards(parts, 'json')).toBe(jsonOf([0, 1, 2]));
  });

  it('refuses a missing shard, naming the points (and the shard when the shards say how they were cut)', () => {
    expect(() => mergeShards(shards(3).slice(0, 2), 'csv')).toThrow('1 of 3 grid points are missing (points 2): a shard is missing');
    const parts = [0].map((i) => readJsonShard(`s${i}.json`, jsonOf(shardPoints(3, { index: i, count: 2 }), { index: i, count: 2 })));
    expect(() => mergeShards(parts, 'json')).toThrow('1 of 3 grid points are missing (points 1): shard 1/2 not given');
  });

  it('refuses a shard given twice and shards cut two ways', () => {
    const s = shards(3);
    expect(() => mergeShards([s[0], s[1], s[2], s[1]], 'csv')).toThrow('grid point 1 is in both s1.csv and s1.csv');
    expect(() => mergeShards([...shards(2), shards(3)[1]], 'csv')).toThrow(/grid point 1 is in both s1\.csv and s1\.csv: a shard given twice, or shards cut two ways/);
  });

  it('refuses shards of another sweep (another fingerprint)', () => {
    const other = readCsvShard('other.csv', csvOf([2]).replaceAll('0123456789abcdef', 'fedcba9876543210'));
    expect(() => mergeShards([...shards(2), other], 'csv')).toThrow(/other\.csv is from another sweep than s0\.csv \(sweep fedcba9876543210 vs 0123456789abcdef/);
    const j = (sweep: string) => readJsonShard('x.json', jsonOf([0]).replace('0123456789abcdef', sweep));
    expect(() => mergeShards([j('0123456789abcdef'), j('0000000000000000')], 'json')).toThrow(/from another sweep/);
  });

  it('refuses a file that is not a sweep output', () => {
    expect(() => readCsvShard('run.csv', 'scope,id,metric,mean,lo,hi\nkpi,,x,1,1,1\n')).toThrow('run.csv: not a sweep CSV: the header must start with point and end with sweep,points');
    expect(() => readJsonShard('run.json', '{"name":"x"}')).toThrow('run.json: not a sweep JSON: "type" must be "onewindow/sweep"');
    expect(() => readCsvShard('short.csv', csvOf([0]) + '0,1,0.5,kpi\n')).toThrow('short.csv: not a sweep CSV: line 4 has 4 fields, the header 12');
    expect(() => readCsvShard('mixed.csv', csvOf([0]).replace(',3\n', ',4\n'))).toThrow('mixed.csv: not a sweep CSV: line 3 is from another sweep');
    expect(() => readCsvShard('far.csv', csvOf([0]).replaceAll('\n0,', '\n7,'))).toThrow('far.csv: not a sweep CSV: line 2: point 7 of 3');
  });
});
