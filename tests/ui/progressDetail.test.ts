import { describe, expect, it } from 'vitest';
import { progressDetail } from '../../src/ui/run/progressDetail';

describe('run progress in simulated days with the time left', () => {
  it('days are replications × days per replication; time left extrapolates the time per replication', () => {
    expect(progressDetail({ done: 2, total: 5, daysPerReplication: 250, elapsedMs: 4000 })).toEqual({ daysDone: 500, daysTotal: 1250, secondsLeft: 6 });
  });
  it('no estimate before the first replication or after the last; no days for a network', () => {
    expect(progressDetail({ done: 0, total: 5, daysPerReplication: 10, elapsedMs: 900 })).toEqual({ daysDone: 0, daysTotal: 50 });
    expect(progressDetail({ done: 5, total: 5, daysPerReplication: 10, elapsedMs: 900 }).secondsLeft).toBeUndefined();
    expect(progressDetail({ done: 1, total: 3, elapsedMs: 100 })).toEqual({ secondsLeft: 1 });
  });
});
