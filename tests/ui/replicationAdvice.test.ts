import { describe, expect, it } from 'vitest';
import { replicationAdvice } from '../../src/ui/run/replicationAdvice';
import { nextReplications } from '../../src/app/runJob';

describe('advice when replications are too few', () => {
  it('scales n by (half-width / acceptable half-width)²: a wait of 10 ± 2 min from 4 runs needs 16 for ±1', () => {
    expect(replicationAdvice({ meanWaitMinutes: { mean: 10, halfWidth: 2, n: 4 } }, 4)).toEqual({ kpis: ['meanWaitMinutes'], replications: 16 });
  });
  it('nothing to advise when every KPI is precise enough; two runs are always too few', () => {
    expect(replicationAdvice({ meanWaitMinutes: { mean: 10, halfWidth: 0.5, n: 10 } }, 10)).toBeUndefined();
    expect(replicationAdvice({ meanWaitMinutes: { mean: 10, halfWidth: 0.1, n: 2 } }, 2)?.replications).toBe(3);
  });
  it('run-until steps: at least two more, at most the maximum', () => {
    expect(nextReplications(5, 2, 1, 200)).toBe(20);
    expect(nextReplications(5, 1.01, 1, 200)).toBe(7);
    expect(nextReplications(50, 10, 1, 200)).toBe(200);
  });
});
