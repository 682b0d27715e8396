/**
 * The bench cases, run in this order (later cases may read earlier results). To add a case, write
 * a BenchCase and append it to `benchCases`.
 */
import { loadScenario } from '../../engine/scenario/loadScenario';
import { runReplications } from '../../engine/run/runReplications';
import { ThreadPool } from '../threadPool';
import { bareMMc, erlangCWait } from './bareLoop';
import type { BenchCase, Metric } from './types';
import { dalianProjectionCase } from './projectionCase';
import { dalian2009Case } from './centreCase';
import { validateLargeCase } from './validateCase';
import { compileTinyCase } from './compileCase';
import { median } from './types';
import { RssSampler } from './rssSampler';
import { engineModels } from '../../../models/centreTypes/centreModels';

const LAMBDA = 9;
const MU = 1;
const SERVERS = 10;

/** The bench model, M/M/10 with λ = 9/min and μ = 1/min, as a network scenario. */
export function mm10Scenario(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'onewindow/network',
    version: 1,
    name: 'M/M/10 bench',
    seed: 1,
    replications: 1,
    classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: LAMBDA } } }],
    stations: [{ id: 'hall', servers: SERVERS, discipline: 'fifo', service: { dist: 'exponential', rate: MU } }],
    routing: { hall: [{ to: 'exit', p: 1 }] },
    ...extra,
  };
}

const MB = 1024 * 1024;

export const bareLoopCase: BenchCase = {
  id: 'bare-mm10',
  title: 'bare typed-array binary-heap M/M/10 loop (reference ceiling), 1 thread',
  async run(ctx) {
    const customers = ctx.quick ? 100_000 : 1_000_000;
    for (let i = 0; i < 3; i++) bareMMc(LAMBDA, MU, SERVERS, customers / 5, 100 + i); // JIT warm-up
    const runs = [1, 2, 3].map((seed) => bareMMc(LAMBDA, MU, SERVERS, customers, seed));
    const eps = Math.max(...runs.map((r) => r.events / r.seconds));
    const wq = runs.reduce((s, r) => s + r.meanWait, 0) / runs.length;
    ctx.results.set('bare-mm10.eventsPerSecond', eps);
    ctx.results.set('bare-mm10.customersPerSecond', Math.max(...runs.map((r) => r.customers / r.seconds)));
    return [
      { name: 'customers', value: customers, unit: '' },
      { name: 'events/s (best of 3)', value: eps, unit: 'events/s' },
      { name: 'mean wait vs Erlang C', value: wq, unit: 'min', note: `Erlang C ${erlangCWait(LAMBDA, MU, SERVERS).toFixed(4)}` },
    ];
  },
};

export const engineMM10Case: BenchCase = {
  id: 'engine-mm10',
  title: 'engine on the same M/M/10, 1 replication, records and statistics on, 1 thread',
  async run(ctx) {
    const customers = ctx.quick ? 100_000 : 1_000_000;
    const scenario = (n: number, seed: number) => loadScenario(mm10Scenario({ seed, stop: { customers: n } }));
    ctx.log('engine-mm10: warm-up');
    for (let i = 0; i < 3; i++) {
      runReplications(scenario(customers / 5, 100 + i), { from: 0, to: 1 });
      bareMMc(LAMBDA, MU, SERVERS, customers / 5, 100 + i);
    }
    const runs: { events: number; seconds: number }[] = [];
    // the engine runs synchronously on this thread; a sampler thread watches the RSS meanwhile
    const sampler = await RssSampler.start();
    const before = await sampler.peak();
    // rounds interleaved with the bare loop, so both see the same load on a shared machine
    let bare = ctx.results.get('bare-mm10.eventsPerSecond') ?? 0;
    let bareC = ctx.results.get('bare-mm10.customersPerSecond') ?? 0;
    // events per CPU-second (process CPU time, so GC helper threads count against each): less
    // sensitive than wall time to other work on a shared machine
    let engineCpu = 0;
    let bareCpu = 0;
    for (const seed of [1, 2, 3]) {
      ctx.log(`engine-mm10: run ${seed}/3`);
      const sc = scenario(customers, seed);
      let cpu = process.cpuUsage();
      const t = performance.now();
      const [r] = runReplications(sc, { models: engineModels, from: 0, to: 1 });
      runs.push({ events: r.events, seconds: (performance.now() - t) / 1000 });
      engineCpu = Math.max(engineCpu, r.events / cpuSeconds(cpu));
      cpu = process.cpuUsage();
      const b = bareMMc(LAMBDA, MU, SERVERS, customers, seed);
      bareCpu = Math.max(bareCpu, b.events / cpuSeconds(cpu));
      bare = Math.max(bare, b.events / b.seconds);
      bareC = Math.max(bareC, b.customers / b.seconds);
    }
    const peak = await sampler.stop();
    const eps = Math.max(...runs.map((r) => r.events / r.seconds));
    const cps = Math.max(...runs.map((r) => customers / r.seconds));
    const metrics: Metric[] = [
      { name: 'events per replication', value: median(runs.map((r) => r.events)), unit: '' },
      { name: 'events/s (best of 3)', value: eps, unit: 'events/s' },
    ];
    metrics.push({ name: 'bare loop events/s (best of all its runs)', value: bare, unit: 'events/s', note: 'runs interleaved with the engine' });
    metrics.push({ name: 'ratio to bare loop (events/s)', value: eps / bare, unit: '×', target: { op: '>=', value: 0.5 } });
    metrics.push({ name: 'ratio to bare loop (customers/s)', value: cps / bareC, unit: '×', note: 'independent of how events are counted' });
    metrics.push({ name: 'engine events per CPU-second', value: engineCpu, unit: 'events/s', note: `bare loop ${(bareCpu / 1e6).toFixed(2)} M` });
    metrics.push({ name: 'ratio to bare loop (CPU time)', value: engineCpu / bareCpu, unit: '×', note: 'the same ratio, by CPU time' });
    metrics.push({ name: 'RSS before the timed runs', value: before / MB, unit: 'MB', note: 'node + tsx + engine loaded and warmed' });
    metrics.push({ name: 'peak RSS (sampled every 5 ms)', value: peak / MB, unit: 'MB', target: { op: '<=', value: 250 } });
    return metrics;
  },
};

/** A terminating service day: arrivals for 480 minutes, then everyone holding a ticket is served. */
export function serviceDayScenario(replications: number): Record<string, unknown> {
  return mm10Scenario({ name: 'M/M/10 service day', replications, stop: { minutes: 480, drain: true } });
}

export const serviceDayCase: BenchCase = {
  id: 'service-day',
  title: 'terminating service day: M/M/10 open 480 min then drained — replications/s',
  async run(ctx) {
    const seconds = ctx.quick ? 0.2 : 1; // target length of each timed run
    const rounds = 3;
    const warmup = serviceDayScenario(ctx.quick ? 20 : 300);
    const warm = loadScenario(warmup);
    runReplications(warm, { models: engineModels, from: 0, to: warm.replications });
    // size the runs from a probe on one thread
    const t = performance.now();
    runReplications(warm, { models: engineModels, from: 0, to: warm.replications });
    const reps = Math.max(10, Math.round((warm.replications / ((performance.now() - t) / 1000)) * seconds));
    const timed = loadScenario(serviceDayScenario(reps));

    // one worker and two workers through the CLI's thread pool (the `run` command's path)
    const one = await ThreadPool.open(1);
    const two = await ThreadPool.open(2);
    const best = { inProcess: timing(), oneWorker: timing(), twoWorkers: timing() };
    try {
      for (let i = 0; i < 2; i++) {
        await one.run(warmup, warm.replications);
        await two.run(warmup, 2 * warm.replications);
      }
      // interleaved rounds, best of each: other load on the machine only ever slows a run down
      for (let round = 1; round <= rounds; round++) {
        ctx.log(`service-day: round ${round}/${rounds}, ${reps} replications per thread`);
        await timeRun(best.inProcess, reps, async () => runReplications(timed, { models: engineModels, from: 0, to: reps }));
        await timeRun(best.oneWorker, reps, () => one.run(serviceDayScenario(reps), reps));
        await timeRun(best.twoWorkers, 2 * reps, () => two.run(serviceDayScenario(2 * reps), 2 * reps));
      }
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
    // CPU time over all threads: on a busy machine two workers may not get two cores, and then
    // the measured speed-up says more about the machine than about the pool
    const cores2 = best.twoWorkers.cpuSeconds / best.twoWorkers.seconds;
    const implied = (2 * (best.twoWorkers.reps / best.twoWorkers.cpuSeconds)) / (best.oneWorker.reps / best.oneWorker.cpuSeconds);
    return [
      { name: 'replications per timed run and thread', value: reps, unit: '' },
      { name: `replications/s, 1 thread in-process (best of ${rounds})`, value: best.inProcess.rate, unit: 'rep/s', target: { op: '>=', value: 1000 } },
      { name: 'replications per CPU-second, 1 thread in-process', value: best.inProcess.reps / best.inProcess.cpuSeconds, unit: 'rep/s', note: 'by CPU time' },
      { name: `replications/s, pool of 1 worker (best of ${rounds})`, value: best.oneWorker.rate, unit: 'rep/s' },
      { name: `replications/s, pool of 2 workers (best of ${rounds})`, value: best.twoWorkers.rate, unit: 'rep/s' },
      { name: 'speed-up, 2 workers / 1 worker', value: best.twoWorkers.rate / best.oneWorker.rate, unit: '×', target: { op: '>=', value: 1.7 } },
      { name: 'speed-up, 2 workers / 1 thread in-process', value: best.twoWorkers.rate / best.inProcess.rate, unit: '×' },
      { name: 'CPU obtained by the 2-worker run', value: cores2, unit: 'cores', note: '2 on an idle machine' },
      { name: 'implied speed-up on 2 idle cores', value: implied, unit: '×', note: 'from replications per CPU-second, 2 workers vs 1' },
    ];
  },
};

/** CPU seconds of the whole process since `since` (a process.cpuUsage() reading). */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

interface Timing {
  rate: number;
  reps: number;
  seconds: number;
  cpuSeconds: number;
}

function timing(): Timing {
  return { rate: 0, reps: 0, seconds: 0, cpuSeconds: 0 };
}

/** Times `fn` (wall and CPU of all threads) and keeps it in `best` if its rate is higher. */
async function timeRun(best: Timing, reps: number, fn: () => Promise<unknown>): Promise<void> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await fn();
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const rate = reps / seconds;
  if (rate > best.rate) Object.assign(best, { rate, reps, seconds, cpuSeconds: (used.user + used.system) / 1e6 });
}

export const benchCases: BenchCase[] = [bareLoopCase, engineMM10Case, serviceDayCase, dalianProjectionCase, dalian2009Case, validateLargeCase, compileTinyCase];
