import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/engine/scenario/ScenarioError';
import {
  expandGrid,
  gridPoint,
  gridSize,
  MAX_GRID_POINTS,
  parsePath,
  parseShard,
  parseValues,
  setAt,
  shardFromEnvironment,
  shardPoints,
  sweepFingerprint,
  sweepParams,
} from '../../src/cli/grid';

describe('parsePath: the paths scenario errors print', () => {
  it('reads names, [index] and ["quoted"] keys', () => {
    expect(parsePath('stations[0].servers')).toEqual(['stations', 0, 'servers']);
    expect(parsePath('departments[3].windows')).toEqual(['departments', 3, 'windows']);
    expect(parsePath('demand.annualVolume')).toEqual(['demand', 'annualVolume']);
    expect(parsePath('routing["front desk"][1].p')).toEqual(['routing', 'front desk', 1, 'p']);
  });

  it('round-trips with formatPath for any path', () => {
    const seg = fc.oneof(fc.nat({ max: 1000 }), fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !['__proto__', 'prototype', 'constructor'].includes(s)));
    fc.assert(
      fc.property(fc.tuple(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,6}$/), fc.array(seg, { maxLength: 5 })), ([head, rest]) => {
        const segments = [head, ...rest];
        expect(parsePath(formatPath(segments))).toEqual(segments);
      }),
    );
  });

  it('refuses malformed paths and prototype keys, naming the path and the rule', () => {
    expect(() => parsePath('')).toThrow(/invalid --param : must be a field path/);
    expect(() => parsePath('stations[x].servers')).toThrow(/invalid --param stations\[x\]\.servers: unexpected "\[" at character 9/);
    expect(() => parsePath('stations..servers')).toThrow(/unexpected "\."/);
    expect(() => parsePath('[0]')).not.toThrow();
    expect(() => parsePath('a.__proto__.b')).toThrow(/the key __proto__ is not allowed/);
    expect(() => parsePath('constructor')).toThrow(/not allowed/);
  });
});

describe('values and parameters', () => {
  it('reads numbers, booleans and JSON strings as JSON, other words as text', () => {
    expect(parseValues('1, 2.5,-3,1e3', 'p')).toEqual([1, 2.5, -3, 1000]);
    expect(parseValues('true,false,null,fifo,"x"', 'p')).toEqual([true, false, null, 'fifo', 'x']);
    expect(() => parseValues('1,,2', 'stations[0].servers')).toThrow('invalid --values for stations[0].servers: value 2 is empty');
  });

  it('pairs --param with --values in order and refuses a mismatch or a repeated path', () => {
    const ps = sweepParams(['a.b', 'c[0]'], ['1,2', '3']);
    expect(ps.map((p) => [p.path, p.values])).toEqual([
      ['a.b', [1, 2]],
      ['c[0]', [3]],
    ]);
    expect(() => sweepParams([], [])).toThrow(/at least one --param/);
    expect(() => sweepParams(['a'], [])).toThrow('each --param needs one --values list: got 1 --param and 0 --values');
    expect(() => sweepParams(['a.b', 'a["b"]'], ['1', '2'])).toThrow('invalid --param a["b"]: a.b is given twice');
  });
});

describe('grid expansion', () => {
  const params = sweepParams(['x', 'y', 'z'], ['1,2', 'a,b,c', 'true,false']);

  it('numbers points like nested loops, the first parameter outermost', () => {
    expect(gridSize(params)).toBe(12);
    const grid = expandGrid(params);
    expect(grid).toHaveLength(12);
    expect(grid[0]).toEqual([1, 'a', true]);
    expect(grid[1]).toEqual([1, 'a', false]);
    expect(grid[2]).toEqual([1, 'b', true]);
    expect(grid[11]).toEqual([2, 'c', false]);
    expect(new Set(grid.map((g) => JSON.stringify(g))).size).toBe(12);
  });

  it('gridPoint is a bijection onto the product of the value lists', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }), (counts) => {
        const ps = sweepParams(counts.map((_, k) => `p${k}`), counts.map((n) => Array.from({ length: n }, (_, v) => v).join(',')));
        const size = gridSize(ps);
        const seen = new Set<string>();
        for (let i = 0; i < size; i++) seen.add(JSON.stringify(gridPoint(ps, i)));
        expect(seen.size).toBe(counts.reduce((a, b) => a * b, 1));
      }),
    );
  });

  it(`refuses a grid above ${MAX_GRID_POINTS} points`, () => {
    const big = Array.from({ length: 400 }, (_, v) => v).join(',');
    expect(() => expandGrid(sweepParams(['a', 'b'], [big, big]))).toThrow(/the grid has 160000 points: at most 100,000/);
  });
});

describe('setAt', () => {
  const doc = { stations: [{ id: 'hall', servers: 2 }], demand: { annualVolume: 10 } };

  it('sets a copy and leaves the document as it was', () => {
    const out = setAt(doc, ['stations', 0, 'servers'], 5) as typeof doc;
    expect(out.stations[0].servers).toBe(5);
    expect(doc.stations[0].servers).toBe(2);
    expect((setAt(doc, ['demand', 'growth'], 0.1) as { demand: Record<string, number> }).demand).toEqual({ annualVolume: 10, growth: 0.1 });
  });

  it('names the path and what is missing', () => {
    expect(() => setAt(doc, ['stations', 3, 'servers'], 1)).toThrow('invalid --param stations[3].servers: stations has 1 entry (indices 0–0)');
    expect(() => setAt(doc, ['demand', 0], 1)).toThrow('invalid --param demand[0]: demand is not a list');
    expect(() => setAt(doc, ['nothing', 'here'], 1)).toThrow('invalid --param nothing.here: nothing is not in the scenario');
    expect(() => setAt(doc, ['demand', 'annualVolume', 'x'], 1)).toThrow('invalid --param demand.annualVolume.x: demand.annualVolume is not an object with fields (10)');
  });
});

describe('shards', () => {
  it('parses i/n with i from 0 and refuses anything else', () => {
    expect(parseShard('0/3')).toEqual({ index: 0, count: 3 });
    expect(parseShard(' 2 / 3 ')).toEqual({ index: 2, count: 3 });
    for (const bad of ['3/3', '1/0', '-1/2', '1', 'a/b', '1/2/3']) expect(() => parseShard(bad)).toThrow(/invalid --shard: must be i\/n with integers 0 ≤ i < n/);
  });

  it('reads the index from JOB_COMPLETION_INDEX, else SLURM_ARRAY_TASK_ID', () => {
    expect(shardFromEnvironment('4', { JOB_COMPLETION_INDEX: '2', SLURM_ARRAY_TASK_ID: '1' })).toEqual({ index: 2, count: 4 });
    expect(shardFromEnvironment('4', { SLURM_ARRAY_TASK_ID: '3' })).toEqual({ index: 3, count: 4 });
    expect(() => shardFromEnvironment('4', {})).toThrow('--shards 4 needs the shard index in JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID');
    expect(() => shardFromEnvironment('4', { SLURM_ARRAY_TASK_ID: '4' })).toThrow(/invalid SLURM_ARRAY_TASK_ID=4 with --shards 4: must be an integer 0 ≤ i < 4/);
  });

  it('every point is in exactly one shard, round robin', () => {
    expect(shardPoints(8, { index: 1, count: 3 })).toEqual([1, 4, 7]);
    expect(shardPoints(2, { index: 2, count: 3 })).toEqual([]);
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.integer({ min: 1, max: 20 }), (size, count) => {
        const all = Array.from({ length: count }, (_, index) => shardPoints(size, { index, count })).flat();
        expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: size }, (_, p) => p));
      }),
    );
  });
});

describe('sweepFingerprint', () => {
  const params = sweepParams(['x'], ['1,2']);
  it('depends on the scenario, the parameters and values, the seed and the replications', () => {
    const f = sweepFingerprint({ a: 1 }, params, 1, 5);
    expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(sweepFingerprint({ a: 1 }, params, 1, 5)).toBe(f);
    expect(sweepFingerprint({ a: 2 }, params, 1, 5)).not.toBe(f);
    expect(sweepFingerprint({ a: 1 }, sweepParams(['x'], ['1,3']), 1, 5)).not.toBe(f);
    expect(sweepFingerprint({ a: 1 }, sweepParams(['y'], ['1,2']), 1, 5)).not.toBe(f);
    expect(sweepFingerprint({ a: 1 }, params, 2, 5)).not.toBe(f);
    expect(sweepFingerprint({ a: 1 }, params, 1, 6)).not.toBe(f);
  });
});
