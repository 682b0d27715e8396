/**
 * A fixed-size pool of Comlink-wrapped workers with one FIFO queue of tasks.
 *
 * Work is submitted as a batch of tasks, `(api) => Promise<T>`; the batch resolves with the
 * results in task order, or rejects with the first failure. Aborting the batch's signal (or any
 * task failing) removes its queued tasks and terminates the workers busy with it. A worker that
 * throws, emits `error`, or is terminated is dropped; its slot gets a fresh worker the next time
 * there is work, so the queue always recovers. Nothing here knows what the API does: the
 * simulation pool (and later projection or sweep runs) reuse it unchanged.
 */
import { wrap, type Remote } from 'comlink';

/** A unit of work for one worker. */
export type WorkerTask<Api, T> = (api: Remote<Api>) => Promise<T>;

export interface WorkerQueueOptions {
  /** number of workers, at least 1 */
  size: number;
  /** builds a worker; called lazily whenever a slot needs one */
  createWorker: () => Worker;
  /**
   * Resolves when `worker` has stopped for any reason, even one that fires no event (terminated or
   * closed from elsewhere); the queue then fails its task and replaces it. `signal` aborts when the
   * queue stops the worker itself. Optional: without it only `error`/`messageerror` events count.
   */
  lifeline?: (worker: Worker, signal: AbortSignal) => Promise<unknown>;
}

export interface WorkerQueue<Api> {
  readonly size: number;
  /** Run tasks across the workers; results in task order. Rejects with an AbortError on abort. */
  runBatch<T>(tasks: ReadonlyArray<WorkerTask<Api, T>>, signal?: AbortSignal): Promise<T[]>;
  /** Workers currently alive (started and not terminated). */
  liveWorkers(): number;
  /** Terminate every worker and reject all pending work. The queue cannot be used afterwards. */
  dispose(): void;
}

/** The error a cancelled run rejects with: a DOMException named 'AbortError', as fetch() uses. */
export function abortError(): DOMException {
  return new DOMException('The run was cancelled.', 'AbortError');
}

/** True for the rejection of a cancelled run. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A worker died (uncaught error, failed to load, unreadable message) while doing our work. The
 * message is English (logs, the CLI); `detail` is what the browser said, for the UI to put in
 * a message of its own language.
 */
export class WorkerCrashError extends Error {
  override readonly name = 'WorkerCrashError';
  constructor(
    message: string,
    /** the browser's own words for what went wrong ('' when it gave none) */
    readonly detail = '',
  ) {
    super(message);
  }
}

interface Batch {
  settled: boolean;
  /** slots currently running one of this batch's tasks */
  readonly active: Set<Slot<unknown>>;
  complete(index: number, value: unknown): void;
  fail(error: unknown): void;
}

interface Job<Api> {
  batch: Batch;
  index: number;
  task: WorkerTask<Api, unknown>;
}

interface Slot<Api> {
  readonly api: Remote<Api>;
  /** rejects when the worker dies or is terminated; never resolves */
  readonly dead: Promise<never>;
  busy: boolean;
  kill(reason: unknown): void;
}

function describeErrorEvent(event: Event): string {
  const { message, error } = event as Event & { message?: unknown; error?: unknown };
  if (typeof message === 'string' && message) return message;
  if (error instanceof Error) return error.message;
  return '';
}

export function createWorkerQueue<Api>(options: WorkerQueueOptions): WorkerQueue<Api> {
  const size = Math.max(1, Math.floor(options.size));
  const slots: Array<Slot<Api> | undefined> = new Array(size).fill(undefined);
  let queue: Array<Job<Api>> = [];
  const batches = new Set<Batch>();
  let disposed = false;

  function startSlot(index: number): Slot<Api> {
    const worker = options.createWorker();
    let rejectDead!: (reason: unknown) => void;
    const dead = new Promise<never>((_, reject) => {
      rejectDead = reject;
    });
    dead.catch(() => undefined); // an idle slot may die with nobody awaiting it
    let alive = true;
    const watch = new AbortController();

    const onError = (event: Event) => {
      event.preventDefault(); // handled here: don't report it again as an uncaught error
      const detail = describeErrorEvent(event);
      slot.kill(new WorkerCrashError(`The simulation worker stopped unexpectedly (${detail || 'no details'}).`, detail));
    };
    const onMessageError = () => {
      slot.kill(new WorkerCrashError('The simulation worker sent a message that could not be read.'));
    };
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onMessageError);

    const slot: Slot<Api> = {
      api: wrap<Api>(worker),
      dead,
      busy: false,
      kill(reason) {
        if (!alive) return;
        alive = false;
        watch.abort();
        worker.removeEventListener('error', onError);
        worker.removeEventListener('messageerror', onMessageError);
        worker.terminate();
        if (slots[index] === slot) slots[index] = undefined;
        rejectDead(reason);
      },
    };
    options.lifeline?.(worker, watch.signal).then(
      () => slot.kill(new WorkerCrashError('The simulation worker stopped (it was closed or killed).')),
      () => undefined,
    );
    return slot;
  }

  async function execute(slot: Slot<Api>, job: Job<Api>): Promise<void> {
    slot.busy = true;
    job.batch.active.add(slot as Slot<unknown>);
    try {
      // A terminated worker never answers: race every call against the slot's death.
      const value = await Promise.race([Promise.resolve().then(() => job.task(slot.api)), slot.dead]);
      job.batch.complete(job.index, value);
    } catch (error) {
      // Replace the worker whatever went wrong: its state is no longer trusted.
      slot.kill(error);
      job.batch.fail(error);
    } finally {
      job.batch.active.delete(slot as Slot<unknown>);
      slot.busy = false;
      pump();
    }
  }

  function pump(): void {
    for (let i = 0; i < size && queue.length > 0 && !disposed; i++) {
      if (slots[i]?.busy) continue;
      const job = queue.shift()!;
      let slot = slots[i];
      if (!slot) {
        try {
          slot = slots[i] = startSlot(i);
        } catch (error) {
          job.batch.fail(error);
          continue;
        }
      }
      void execute(slot, job);
    }
  }

  function runBatch<T>(tasks: ReadonlyArray<WorkerTask<Api, T>>, signal?: AbortSignal): Promise<T[]> {
    if (disposed) return Promise.reject(new Error('The simulation pool has been disposed.'));
    if (signal?.aborted) return Promise.reject(abortError());
    if (tasks.length === 0) return Promise.resolve([]);

    return new Promise<T[]>((resolve, reject) => {
      const results = new Array<T>(tasks.length);
      let remaining = tasks.length;
      const onAbort = () => batch.fail(abortError());

      const finish = () => {
        batch.settled = true;
        batches.delete(batch);
        signal?.removeEventListener('abort', onAbort);
        queue = queue.filter((job) => job.batch !== batch);
      };

      const batch: Batch = {
        settled: false,
        active: new Set(),
        complete(index, value) {
          if (batch.settled) return;
          results[index] = value as T;
          if (--remaining === 0) {
            finish();
            resolve(results);
          }
        },
        fail(error) {
          if (batch.settled) return;
          finish();
          // The other workers on this batch are computing results nobody will read.
          for (const slot of [...batch.active]) slot.kill(error);
          reject(error);
        },
      };

      batches.add(batch);
      signal?.addEventListener('abort', onAbort, { once: true });
      tasks.forEach((task, index) => queue.push({ batch, index, task: task as WorkerTask<Api, unknown> }));
      pump();
    });
  }

  return {
    size,
    runBatch,
    liveWorkers: () => slots.filter(Boolean).length,
    dispose() {
      if (disposed) return;
      disposed = true;
      const error = new Error('The simulation pool has been disposed.');
      for (const batch of [...batches]) batch.fail(error);
      for (const slot of [...slots]) slot?.kill(error);
      queue = [];
    },
  };
}
