/**
 * Bench case: a year of the Dalian 2009 centre preset (≈ 1.28 M cases, 250 working days). One
 * replication in-process on one thread (target ≤ 3.5 s, issue 8: the route-walking simulator with per-case records), and 10 replications through the
 * CLI's thread pool with one worker per core (target: every core used). The one-thread runs and
 * the pool runs are interleaved, so both see the same load on a shared machine.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { loadScenario } from '../../engine/scenario/loadScenario';
import { runReplications } from '../../engine/run/runReplications';
import type { ReplicationResult } from '../../engine/types';
import { ThreadPool, chunkRanges, workerCount } from '../threadPool';
import { RssSampler } from './rssSampler';
import type { BenchCase, Metric } from './types';
import { engineModels } from '../../../models/centreTypes/centreModels';

const preset = new URL('../../../models/presets/dalian-2009.scenario.json', import.meta.url);
const MB = 1024 * 1024;
/** days simulated per replication with --quick (the full preset simulates 250) */
export const QUICK_DAYS = 5;
const POOL_REPLICATIONS = 10;

/** The preset's raw JSON with `simulation.days` set (undefined: the preset's own full year). */
export function dalian2009Input(days?: number): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(preset, 'utf8')) as Record<string, unknown>;
  if (days === undefined) return raw;
  return { ...raw, simulation: { ...(raw.simulation as object), days, warmupDays: 0 } };
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  events: number;
  cases: number;
}

async function timed(fn: () => Promise<ReplicationResult[]> | ReplicationResult[]): Promise<Run> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const reps = await fn();
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    events: reps.reduce((s, r) => s + r.events, 0),
    cases: reps.reduce((s, r) => s + (r.kpis.casesCompleted ?? 0), 0),
  };
}

const fastest = (runs: Run[]): Run => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

export const dalian2009Case: BenchCase = {
  id: 'centre-dalian-2009',
  title: `Dalian 2009 centre preset, a full year (250 days; --quick: ${QUICK_DAYS} days): 1 replication on 1 thread, ${POOL_REPLICATIONS} on a pool of one worker per core`,
  async run(ctx) {
    const raw = dalian2009Input();
    const fullDays = (raw.simulation as { days: number }).days;
    const days = ctx.quick ? QUICK_DAYS : fullDays;
    const input = ctx.quick ? dalian2009Input(QUICK_DAYS) : raw;
    const scenario = loadScenario(input);
    const warmup = dalian2009Input(ctx.quick ? 1 : 20);
    const rounds = ctx.quick ? 1 : 3;
    const cores = availableParallelism();

    ctx.log('centre-dalian-2009: warm-up');
    const warmScenario = loadScenario(warmup);
    for (let i = 0; i < 2; i++) runReplications(warmScenario, { models: engineModels, from: i, to: i + 1 });

    // the first timed one-thread run comes before the pool starts, so its peak RSS is the
    // one-thread process alone (node + tsx + engine + one year's records)
    const sampler = await RssSampler.start();
    const single: Run[] = [];
    const pooled: Run[] = [];
    let rssBefore = 0;
    let rssSingle = 0;
    let rssPool = 0;
    let pool: ThreadPool | undefined;
    try {
      rssBefore = await sampler.peak();
      ctx.log(`centre-dalian-2009: 1 thread, round 1/${rounds}`);
      single.push(await timed(() => runReplications(scenario, { models: engineModels, from: 0, to: 1 })));
      rssSingle = await sampler.peak();

      pool = await ThreadPool.open(workerCount(POOL_REPLICATIONS));
      await pool.run(warmup, 2 * pool.size); // JIT warm-up in every worker
      for (let round = 1; round <= rounds; round++) {
        ctx.log(`centre-dalian-2009: pool of ${pool.size}, round ${round}/${rounds}`);
        await sampler.peak();
        const p = pool;
        pooled.push(await timed(() => p.run(input, POOL_REPLICATIONS)));
        rssPool = Math.max(rssPool, await sampler.peak());
        if (round < rounds) {
          ctx.log(`centre-dalian-2009: 1 thread, round ${round + 1}/${rounds}`);
          single.push(await timed(() => runReplications(scenario, { models: engineModels, from: 0, to: 1 })));
        }
      }
    } finally {
      await Promise.all([pool?.close(), sampler.stop()]);
    }

    const one = fastest(single);
    const many = fastest(pooled);
    const chunks = chunkRanges(POOL_REPLICATIONS, workerCount(POOL_REPLICATIONS));
    const workersUsed = chunks.length;
    const quickNote = ctx.quick ? `QUICK: ${days} of ${fullDays} days` : undefined;
    const target = ctx.quick ? undefined : ({ op: '<=', value: 3.5 } as const);
    ctx.results.set('centre-dalian-2009.seconds', one.seconds);
    const metrics: Metric[] = [
      { name: 'days simulated per replication', value: days, unit: '', note: quickNote ?? 'the full working year of the preset' },
      { name: 'cases completed (1 replication)', value: one.cases, unit: '' },
      { name: 'events (1 replication)', value: one.events, unit: '' },
      { name: `wall time, 1 replication, 1 thread (best of ${rounds})`, value: one.seconds, unit: 's', target: target },
      { name: 'CPU time of that run (process, all threads)', value: one.cpuSeconds, unit: 's', target: target, note: 'the wall time on an idle core' },
      { name: 'events/s, 1 thread', value: one.events / one.seconds, unit: 'events/s' },
      { name: 'cases/s, 1 thread', value: one.cases / one.seconds, unit: 'cases/s' },
      { name: 'RSS before the timed runs', value: rssBefore / MB, unit: 'MB', note: 'node + tsx + engine, warmed; after other cases, also what they left (--only centre-dalian-2009 for this case alone)' },
      { name: 'peak RSS, 1 thread (sampled every 5 ms)', value: rssSingle / MB, unit: 'MB', note: 'first timed run, before the pool starts' },
      { name: `replications through the pool`, value: POOL_REPLICATIONS, unit: '' },
      { name: 'workers used (one per core)', value: workersUsed, unit: '', target: { op: '>=', value: cores }, note: `${cores} cores; replications per worker ${chunks.map(([a, b]) => b - a).join(', ')}` },
      { name: `wall time, ${POOL_REPLICATIONS} replications on ${workersUsed} workers (best of ${rounds})`, value: many.seconds, unit: 's' },
      { name: 'CPU time of that run, all threads', value: many.cpuSeconds, unit: 's' },
      { name: `speed-up vs 1 thread (${POOL_REPLICATIONS} × 1-thread wall / pool wall)`, value: (POOL_REPLICATIONS * one.seconds) / many.seconds, unit: '×', note: `ideally ${workersUsed}× on ${workersUsed} idle cores` },
      { name: 'CPU obtained by the pool run', value: many.cpuSeconds / many.seconds, unit: 'cores', note: `${cores} on an idle machine` },
      {
        name: `implied speed-up on ${workersUsed} idle cores`,
        value: (workersUsed * (POOL_REPLICATIONS / many.cpuSeconds)) / (1 / one.cpuSeconds),
        unit: '×',
        note: 'from replications per CPU-second, pool vs 1 thread',
      },
      { name: 'peak RSS, pool run (process, all workers)', value: rssPool / MB, unit: 'MB' },
    ];
    // a year's records and statistics; left out of --quick, where a few days may add nothing measurable
    if (!ctx.quick) metrics.splice(9, 0, { name: 'RSS added by the 1-thread run (peak − before)', value: Math.max(0, rssSingle - rssBefore) / MB, unit: 'MB', note: "one year's records and statistics" });
    return metrics;
  },
};
