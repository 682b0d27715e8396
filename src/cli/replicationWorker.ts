/**
 * The worker_threads side of the CLI's thread pool: loads the scenario it is sent and runs a
 * contiguous range of replications with the engine. Waits buffers go back as transfers.
 */
import { parentPort } from 'node:worker_threads';
import { loadScenario } from '../engine/scenario/loadScenario';
import { runReplications } from '../engine/run/runReplications';
import type { JobMessage, WorkerMessage } from './threadPool';
import { runProjectionTask } from './projectionTasks';
import { engineModels } from '../../models/centreTypes/centreModels';

const port = parentPort;
if (!port) throw new Error('replicationWorker must run in a worker thread');

function post(msg: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(msg, transfer);
}

port.on('message', (job: JobMessage) => {
  try {
    const onProgress = job.progress
      ? () => {
          post({ kind: 'progress', id: job.id });
        }
      : undefined;
    if (job.task) {
      post({ kind: 'done', id: job.id, results: runProjectionTask({ ...job, task: job.task }, onProgress) as never });
      return;
    }
    const scenario = loadScenario(job.input);
    const results = runReplications(scenario, { models: engineModels, from: job.from, to: job.to, onProgress });
    post({ kind: 'done', id: job.id, results }, transferList(results));
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    post({ kind: 'error', id: job.id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});

/**
 * Distinct buffers of the results' wait samples to transfer. Only a buffer a sample owns whole is
 * moved: a view into a larger buffer (an arena the engine might reuse) is copied instead, so the
 * transfer can never detach memory the engine still uses.
 */
function transferList(results: { waits: Float64Array }[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { waits } of results) {
    const b = waits.buffer;
    if (b instanceof ArrayBuffer && b.byteLength > 0 && waits.byteOffset === 0 && waits.byteLength === b.byteLength) buffers.add(b);
  }
  return [...buffers];
}

post({ kind: 'ready' });
