/**
 * Issue 12: validation is linear in the document's size. A chain of 400 stations took 18 s to
 * validate and 800 more than 200 s; here 5,000 stations (in both orders) are validated and the work
 * is counted, not timed: own-property lookups (Object.hasOwn, how every id is looked up) stay
 * within a constant per station. The time is in `npm run bench` (case validate-5000).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { networkOfferedLoad } from '../../src/engine/analytic/offeredLoad';
import type { NetworkScenario } from '../../src/engine/scenario/networkSchema';
import { chainNetwork } from '../../src/engine/scenario/chainNetwork';

afterEach(() => vi.restoreAllMocks());

describe('validation is linear in the document (issue 12)', () => {
  for (const reversed of [false, true]) {
    it(`a chain of 5,000 stations${reversed ? ' (listed last to first)' : ''} validates with O(n) lookups`, () => {
      const n = 5000;
      const doc = chainNetwork(n, reversed);
      const hasOwn = vi.spyOn(Object, 'hasOwn');
      const s = loadScenario(doc) as NetworkScenario;
      const lookups = hasOwn.mock.calls.length;
      expect(s.stations).toHaveLength(n);
      // a quadratic check makes ≥ n²/2 = 12,500,000 lookups
      expect(lookups).toBeGreaterThan(n);
      expect(lookups).toBeLessThan(40 * n);
      hasOwn.mockClear();
      const report = networkOfferedLoad(s);
      expect(report.loads.length).toBe(n);
      expect(hasOwn.mock.calls.length).toBeLessThan(40 * n);
    });
  }
});
