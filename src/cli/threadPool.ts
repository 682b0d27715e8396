/**
 * A pool of worker_threads that run replications with the engine. Replications 0..R−1 are split
 * into contiguous chunks, one per worker, and merged back in replication order; since the engine
 * seeds each replication by (seed, index) only, the result does not depend on the pool size.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { runReplications } from '../engine/run/runReplications';
import type { ReplicationResult } from '../engine/types';
import type { Scenario } from './scenarioFile';
import { engineModels } from '../../models/centreTypes/centreModels';

/** Main → worker: run replications [from, to) of the scenario `input` (raw JSON, re-loaded there). */
export interface JobMessage {
  id: number;
  input: unknown;
  from: number;
  to: number;
  /** post a progress message after each replication */
  progress: boolean;
  /** projection trajectories or synergy variants instead of replications (src/cli/projectionTasks.ts) */
  task?: 'projection' | 'synergy';
  /** the synergy's year */
  year?: number;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'progress'; id: number }
  | { kind: 'done'; id: number; results: ReplicationResult[] }
  | { kind: 'error'; id: number; error: { name: string; message: string; stack?: string } };

export type ProgressFn = (done: number, total: number) => void;

/** Splits [0, total) into `parts` contiguous ranges whose sizes differ by at most one. */
export function chunkRanges(total: number, parts: number): Array<[number, number]> {
  const n = Math.max(1, Math.min(parts, total));
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(total / n) + (i < total % n ? 1 : 0);
    ranges.push([from, from + size]);
    from += size;
  }
  return ranges;
}

/** How many workers a run uses: min(cores, replications, --workers). */
export function workerCount(replications: number, requested?: number): number {
  return Math.max(1, Math.min(availableParallelism(), replications, requested ?? Number.POSITIVE_INFINITY));
}

const bootstrap = new URL('./replicationWorker.mjs', import.meta.url);

interface Pending {
  resolve(results: ReplicationResult[]): void;
  reject(err: Error): void;
  onProgress?: () => void;
}

class PoolWorker {
  private readonly pending = new Map<number, Pending>();
  private failure: Error | undefined;
  readonly ready: Promise<void>;

  constructor(readonly worker: Worker) {
    let markReady!: () => void;
    let failReady!: (err: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.kind === 'ready') return markReady();
      const job = this.pending.get(msg.id);
      if (!job) return;
      if (msg.kind === 'progress') return job.onProgress?.();
      this.pending.delete(msg.id);
      if (msg.kind === 'done') job.resolve(msg.results);
      else job.reject(Object.assign(new Error(`worker: ${msg.error.message}`), { name: msg.error.name, workerStack: msg.error.stack }));
    });
    const fail = (err: Error) => {
      this.failure = err;
      failReady(err);
      for (const job of this.pending.values()) job.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
  }

  run(job: JobMessage, onProgress?: () => void): Promise<ReplicationResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject, onProgress });
      this.worker.postMessage(job);
    });
  }
}

/** A fixed set of started workers; reuse it across runs (the bench does) and close it at the end. */
export class ThreadPool {
  private nextId = 0;

  private constructor(private readonly workers: PoolWorker[]) {}

  /** Starts `size` workers and waits until each has loaded the engine. */
  static async open(size: number): Promise<ThreadPool> {
    const workers = Array.from({ length: size }, () => new PoolWorker(new Worker(bootstrap)));
    const pool = new ThreadPool(workers);
    try {
      await Promise.all(workers.map((w) => w.ready));
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs replications [0, total) of `input` split over the workers, merged in replication order. */
  async run(input: unknown, total: number, onProgress?: ProgressFn): Promise<ReplicationResult[]> {
    const ranges = chunkRanges(total, this.workers.length);
    let done = 0;
    const tick = onProgress ? () => onProgress(++done, total) : undefined;
    const parts = await Promise.all(
      ranges.map(([from, to], i) => this.workers[i].run({ id: this.nextId++, input, from, to, progress: tick !== undefined }, tick)),
    );
    return parts.flat();
  }

  /** Runs [0, total) of a projection or synergy task split over the workers, merged in index order. */
  async runTask<T>(task: 'projection' | 'synergy', input: unknown, total: number, onProgress?: ProgressFn, year?: number): Promise<T[]> {
    const ranges = chunkRanges(total, this.workers.length);
    let done = 0;
    const tick = onProgress ? () => onProgress(++done, total) : undefined;
    const parts = await Promise.all(ranges.map(([from, to], i) => this.workers[i].run({ id: this.nextId++, input, from, to, progress: tick !== undefined, task, year }, tick)));
    return parts.flat() as unknown as T[];
  }

  /**
   * Runs `count` independent jobs (replication ranges, possibly of different scenarios: a sweep's
   * grid points), each on the next free worker; `jobAt(k)` builds job k only when a worker takes
   * it, and `onDone` gets each job's results as it finishes. The results of a job depend on its
   * input and range only.
   */
  async runJobs(count: number, jobAt: (k: number) => { input: unknown; from: number; to: number }, onDone: (k: number, results: ReplicationResult[]) => void): Promise<void> {
    let next = 0;
    const loop = async (worker: PoolWorker) => {
      while (next < count) {
        const k = next++;
        const { input, from, to } = jobAt(k);
        onDone(k, await worker.run({ id: this.nextId++, input, from, to, progress: false }));
      }
    };
    await Promise.all(this.workers.map(loop));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** Runs every replication of a scenario: in-process, or on a thread pool. */
export interface ReplicationRunner {
  readonly threads: number;
  run(input: unknown, scenario: Scenario, total: number, onProgress?: ProgressFn): Promise<ReplicationResult[]>;
  close(): Promise<void>;
}

/**
 * A runner on `workers` threads; with one it runs in-process (no thread start-up), which gives
 * the same numbers. Reuse it for several scenarios (compare does) and close it at the end.
 */
export async function openRunner(workers: number): Promise<ReplicationRunner> {
  if (workers <= 1) {
    return {
      threads: 1,
      async run(_input, scenario, total, onProgress) {
        let done = 0;
        return runReplications(scenario, { models: engineModels, from: 0, to: total, onProgress: onProgress ? () => onProgress(++done, total) : undefined });
      },
      async close() {},
    };
  }
  const pool = await ThreadPool.open(workers);
  return {
    threads: workers,
    run: (input, _scenario, total, onProgress) => pool.run(input, total, onProgress),
    close: () => pool.close(),
  };
}

/** Opens a runner, hands it to `fn`, and closes it whatever happens. */
export async function withRunner<T>(workers: number, fn: (runner: ReplicationRunner) => Promise<T>): Promise<T> {
  const runner = await openRunner(workers);
  try {
    return await fn(runner);
  } finally {
    await runner.close();
  }
}
