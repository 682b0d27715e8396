import { expose } from 'comlink';
import { simApi } from '../../src/worker/api';

/**
 * A stand-in for a module Worker: an API exposed on the far end of a MessageChannel. Messages are
 * asynchronous as with a real worker (the "worker" side runs in this thread between messages),
 * so tests can abort or crash it while a run is in flight.
 */
export class ChannelWorker extends EventTarget {
  terminated = false;
  private readonly near: MessagePort;
  private readonly far: MessagePort;

  constructor(api: object = simApi) {
    super();
    const { port1, port2 } = new MessageChannel();
    this.near = port1;
    this.far = port2;
    expose(api, port2);
    port1.addEventListener('message', (event) => {
      this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data }));
    });
    port1.start();
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (!this.terminated) this.near.postMessage(message, transfer ?? []);
  }

  terminate(): void {
    this.terminated = true;
    this.near.close();
    this.far.close();
  }

  /** What a browser does when a worker hits an uncaught error. */
  crash(message: string): void {
    const event = new Event('error', { cancelable: true });
    Object.assign(event, { message });
    this.dispatchEvent(event);
  }
}

/** A createWorker() for the pool that keeps every worker it made, for inspection. */
export function channelWorkers(api?: object) {
  const made: ChannelWorker[] = [];
  return {
    made,
    createWorker: () => {
      const worker = new ChannelWorker(api);
      made.push(worker);
      return worker as unknown as Worker;
    },
  };
}
