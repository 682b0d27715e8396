import { describe, expect, it } from 'vitest';
import { progressDetail } from '../../src/ui/run/progressDetail';

describe('run progress in simulated days with the time left', () => {
  it('days are replications × days per replication; time left extrapolates the time per replication', () => {
    expect(progressDetail({ done: 2, total: 5, daysPerReplication: 250, elapsedMs: 4000 })).toEqual({ daysDone: 500, daysTotal: 1250, share: 0.4, secondsLeft: 6 });
  });
  it('no estimate before the first day or after the last; no days for a network', () => {
    expect(progressDetail({ done: 0, total: 5, daysPerReplication: 10, elapsedMs: 900 })).toEqual({ daysDone: 0, daysTotal: 50, share: 0 });
    expect(progressDetail({ done: 5, total: 5, daysPerReplication: 10, elapsedMs: 900 }).secondsLeft).toBeUndefined();
    expect(progressDetail({ done: 1, total: 3, elapsedMs: 100 })).toEqual({ share: 1 / 3, secondsLeft: 1 });
  });
  it('issue 10 point 4: days simulated inside a running replication move the bar and give the time left before any replication ends', () => {
    // one long replication: 0 of 1 finished, 100 of 250 days simulated in 2 s → 3 s left
    expect(progressDetail({ done: 0, total: 1, daysPerReplication: 250, daysDone: 100, elapsedMs: 2000 })).toEqual({ daysDone: 100, daysTotal: 250, share: 0.4, secondsLeft: 3 });
    // a late message never takes the days below the finished replications
    expect(progressDetail({ done: 2, total: 4, daysPerReplication: 10, daysDone: 15 }).daysDone).toBe(20);
  });
});
