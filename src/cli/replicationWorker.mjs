// worker_threads bootstrap: Node 20 cannot load a .ts worker directly (no strip-types, and
// `--import tsx` in execArgv fails with ERR_UNKNOWN_FILE_EXTENSION), so register tsx here first.
import { register } from 'tsx/esm/api';

register();
await import('./replicationWorker.ts');
