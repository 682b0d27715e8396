/** `onewindow sweep` and `onewindow merge` through the real process (issue 12 point 8). */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, mmc, root, tempDir, tempFile } from './cliHelpers';
import type { CliResult } from './cliHelpers';

const mm2 = tempFile('sweep-mm2.scenario.json', mmc(2, { replications: 2, stop: { minutes: 400 }, warmup: { minutes: 50 } }));
const centre = join(root, 'models/presets/dalian-2002.scenario.json');
const out = (name: string) => join(tempDir, name);

/** The CLI with extra environment variables (the batch system's index). */
function cliEnv(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'src/cli/onewindow.mjs'), ...args], { cwd: root, env: { ...process.env, ONEWINDOW_DEBUG: '', ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Runs `sweep` unsharded (two workers) and as 3 shards (one worker each; the last through
 * `--shards 3` and JOB_COMPLETION_INDEX), merges the shards in a shuffled order and returns both
 * texts, which must be the same bytes.
 */
async function unshardedAndMerged(tag: string, sweep: string[], ext: 'csv' | 'json'): Promise<[string, string]> {
  const whole = out(`${tag}-all.${ext}`);
  const shards = [0, 1, 2].map((i) => out(`${tag}-shard-${i}.${ext}`));
  const runs = await Promise.all([
    cli([...sweep, '--workers', '2', '-o', whole]),
    cli([...sweep, '--workers', '1', '--shard', '0/3', '-o', shards[0]]),
    cli([...sweep, '--workers', '1', '--shard', '1/3', '--out', shards[1]]),
    cliEnv([...sweep, '--workers', '1', '--shards', '3', '-o', shards[2]], { JOB_COMPLETION_INDEX: '2' }),
  ]);
  for (const r of runs) expect([r.code, r.stderr.split('\n').filter((l) => l.startsWith('error') || l.startsWith('internal'))]).toEqual([0, []]);
  const merged = await cli(['merge', shards[2], shards[0], shards[1]]);
  expect(merged.stderr).toBe('');
  expect(merged.code).toBe(0);
  return [readFileSync(whole, 'utf8'), merged.stdout];
}

describe('onewindow sweep --shard + merge = the unsharded sweep, byte for byte', () => {
  const grid = ['--param', 'stations[0].servers', '--values', '2,3,4', '--param', 'stop.minutes', '--values', '300,400'];

  it('a network scenario, CSV', async () => {
    const [whole, merged] = await unshardedAndMerged('net', ['sweep', mm2, ...grid], 'csv');
    expect(merged).toBe(whole);
    const lines = whole.trimEnd().split('\n');
    expect(lines[0]).toBe('point,stations[0].servers,stop.minutes,scope,id,metric,mean,lo,hi,method,sweep,points');
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(['0', '1', '2', '3', '4', '5']));
    expect(lines.find((l) => l.startsWith('5,4,400,kpi,,meanWaitMinutes,'))).toBeDefined();
  });

  it('a network scenario, JSON', async () => {
    const [whole, merged] = await unshardedAndMerged('netjson', ['sweep', mm2, ...grid, '--json'], 'json');
    expect(merged).toBe(whole);
    const doc = JSON.parse(whole) as { type: string; points: number; results: Array<{ point: number; values: Record<string, number> }>; shard?: unknown };
    expect(doc.type).toBe('onewindow/sweep');
    expect(doc.points).toBe(6);
    expect(doc.shard).toBeUndefined();
    expect(doc.results.map((r) => r.point)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(doc.results[3].values).toEqual({ 'stations[0].servers': 3, 'stop.minutes': 400 });
  });

  it('a centre scenario (one sampled day), CSV', async () => {
    // a tenth of the preset's demand: four processes at once, each loading the centre models
    const sweep = ['sweep', centre, '--param', 'departments[0].windows', '--values', '5,7,9', '--set', 'demand.annualVolume=60000', '--days', '1', '--replications', '2'];
    const [whole, merged] = await unshardedAndMerged('centre', sweep, 'csv');
    expect(merged).toBe(whole);
    expect(whole).toMatch(/\n2,9,department,aic,windowUtilisation,/);
  }, 180_000);
});

describe('onewindow sweep', () => {
  it('runs each point with the same seed as `run` (common random numbers): the point equal to the file gives run’s numbers', async () => {
    const [sweep, run] = await Promise.all([cli(['sweep', mm2, '--param', 'stations[0].servers', '--values', '3,2', '--workers', '1']), cli(['run', mm2, '--csv', '--workers', '1'])]);
    expect(sweep.code).toBe(0);
    const fromSweep = sweep.stdout
      .trimEnd()
      .split('\n')
      .filter((l) => l.startsWith('1,2,'))
      .map((l) => l.split(',').slice(2, 8).join(','));
    const fromRun = run.stdout.trimEnd().split('\n').slice(1);
    expect(fromSweep).toEqual(fromRun);
  });

  it('exits 2 with one line naming the path and the rule, before any run', async () => {
    const cases: Array<[string[], string]> = [
      [['--param', 'stations[1].servers', '--values', '1'], 'error: invalid --param stations[1].servers: stations has 1 entry (indices 0–0)'],
      [['--param', 'stations[0].servers', '--values', '2,0'], `error: ${mm2}: invalid stations[0].servers: must be an integer ≥ 1, got 0 (grid point 1: stations[0].servers=0)`],
      [['--param', 'stations[0].servrs', '--values', '2'], `error: ${mm2}: invalid stations[0].servrs: is not a known field, got 2 (grid point 0: stations[0].servrs=2)`],
      [['--param', 'stations[0].servers'], 'error: each --param needs one --values list: got 1 --param and 0 --values'],
      [['--param', 'seed', '--values', '1,2'], 'error: invalid --param seed: cannot be swept or set (use --seed: every point runs with the same seed (common random numbers))'],
      [['--param', 'stations[0].servers', '--values', '2', '--shard', '3/3'], 'error: invalid --shard: must be i/n with integers 0 ≤ i < n (i from 0), got 3/3'],
      [['--param', 'stations[0].servers', '--values', '2', '--shards', '3'], 'error: --shards 3 needs the shard index in JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID (or give --shard i/n)'],
      [['--param', 'stations[0].servers', '--values', '2', '--days', '3'], `error: --days applies to a centre scenario (onewindow/centre); ${mm2} is onewindow/network: for a network use --set stop.minutes=M`],
      [['--param', 'stations[0].servers', '--values', '2', '--set', 'stop.minutes=-1'], `error: ${mm2}: invalid stop.minutes: must be a number > 0, got -1 (grid point 0: stations[0].servers=2)`],
    ];
    const env = { JOB_COMPLETION_INDEX: '', SLURM_ARRAY_TASK_ID: '' };
    const results = await Promise.all(cases.map(([args]) => cliEnv(['sweep', mm2, ...args], env)));
    results.forEach((r, k) => {
      expect([r.code, r.stderr, r.stdout]).toEqual([2, cases[k][1] + '\n', '']);
    });
  });
});

describe('onewindow merge', () => {
  it('exits 2 naming a missing shard, a duplicate, a foreign sweep and a file that is not a shard', async () => {
    const sweep = ['sweep', mm2, '--param', 'stations[0].servers', '--values', '2,3,4', '--workers', '1'];
    const files = [0, 1].map((i) => out(`m-shard-${i}.csv`));
    const other = out('m-other.csv');
    const made = await Promise.all([
      cli([...sweep, '--shard', '0/2', '-o', files[0]]),
      cli([...sweep, '--shard', '1/2', '-o', files[1]]),
      cli([...sweep, '--seed', '9', '--shard', '1/2', '-o', other]),
    ]);
    for (const r of made) expect(r.code).toBe(0);
    const runCsv = tempFile('m-run.csv', 'scope,id,metric,mean,lo,hi\n');
    const [missing, twice, foreign, notShard, none, mixed] = await Promise.all([
      cli(['merge', files[0]]),
      cli(['merge', files[0], files[1], files[1]]),
      cli(['merge', files[0], other]),
      cli(['merge', runCsv]),
      cli(['merge', out('absent.csv')]),
      cli(['merge', files[0], tempFile('m.json', '{"type":"onewindow/sweep"}')]),
    ]);
    expect([missing.code, missing.stderr]).toEqual([2, 'error: 1 of 3 grid points are missing (points 1): a shard is missing\n']);
    expect([twice.code, twice.stderr]).toEqual([2, `error: grid point 1 is in both ${files[1]} and ${files[1]}: a shard given twice, or shards cut two ways (--shard i/n with different n)\n`]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/^error: .*m-other\.csv is from another sweep than .*m-shard-0\.csv \(sweep [0-9a-f]{16} vs [0-9a-f]{16}: a different scenario, parameters, values, seed or replications\)/);
    expect([notShard.code, notShard.stderr]).toEqual([2, `error: ${runCsv}: not a sweep CSV: the header must start with point and end with sweep,points (write it with onewindow sweep)\n`]);
    expect([none.code, none.stderr]).toEqual([2, `error: ${out('absent.csv')}: cannot read file (no such file)\n`]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/m\.json is JSON but .*m-shard-0\.csv is CSV: merge shards of one format/);
  });
});
