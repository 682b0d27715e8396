/**
 * Samples the process's RSS (process.memoryUsage.rss()) every few milliseconds from a small
 * worker thread, so the high-water mark is seen even while the main thread is busy in a
 * synchronous engine run. RSS is per process, so the worker sees the main thread's memory.
 */
import { Worker } from 'node:worker_threads';

const source = `
const { parentPort } = require('node:worker_threads');
const interval = require('node:worker_threads').workerData;
let peak = process.memoryUsage.rss();
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, interval);
parentPort.on('message', (msg) => {
  peak = Math.max(peak, process.memoryUsage.rss());
  parentPort.postMessage(peak);
  if (msg === 'stop') { clearInterval(timer); parentPort.close(); }
  else peak = process.memoryUsage.rss();
});
`;

export class RssSampler {
  private constructor(private readonly worker: Worker) {}

  /** Starts sampling every `intervalMs`. */
  static async start(intervalMs = 5): Promise<RssSampler> {
    const worker = new Worker(source, { eval: true, workerData: intervalMs });
    await new Promise<void>((resolve, reject) => {
      worker.once('online', resolve);
      worker.once('error', reject);
    });
    return new RssSampler(worker);
  }

  private ask(msg: 'peak' | 'stop'): Promise<number> {
    return new Promise((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
      this.worker.postMessage(msg);
    });
  }

  /** The high-water mark (bytes) since the start or the last `peak()`, then starts a new one. */
  peak(): Promise<number> {
    return this.ask('peak');
  }

  /** The high-water mark (bytes) since the start or the last `peak()`, and stops. */
  async stop(): Promise<number> {
    const peak = await this.ask('stop');
    await this.worker.terminate();
    return peak;
  }
}
