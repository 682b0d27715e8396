// The simulation worker: exposes simApi (its thrown refusals keep their rule), and holds its lifeline (a Web Lock the browser releases
// when this worker stops, so the pool notices a silent death). `self` is passed explicitly
// because comlink's default endpoint hangs under @vitest/web-worker.
import { expose } from 'comlink';
import { simApi } from './api';
import { holdLifeline } from './lifeline';
import { keepErrorRules } from './errorTransfer';

holdLifeline(self);
keepErrorRules();
expose(simApi, self);
