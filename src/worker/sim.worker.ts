// The simulation worker: exposes simApi, nothing else. `self` is passed explicitly because
// comlink's default endpoint hangs under @vitest/web-worker.
import { expose } from 'comlink';
import { simApi } from './api';

expose(simApi, self);
