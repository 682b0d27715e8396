import { describe, expect, it } from 'vitest';
import { runReplications } from '../../src/engine/run/runReplications';
import { pairedDifferences } from '../../src/engine/stats/paired';
import { estimate } from '../../src/engine/stats/estimate';
import { exp, singleStation } from './helpers';

describe('common random numbers', () => {
  it('two scenarios sharing stream names give a paired CI far tighter than independent runs', () => {
    // B: windows 5% faster. A small change is where CRN matters: the two runs move together.
    const opts = { arrival: exp(2.4), servers: 3, replications: 12, stop: { minutes: 3000 }, warmup: { minutes: 200 } };
    const a = singleStation({ ...opts, service: exp(1) });
    const b = singleStation({ ...opts, service: exp(1.05) });
    const bOther = singleStation({ ...opts, service: exp(1.05), seed: 999 });
    const ra = runReplications(a, { from: 0, to: 12 });
    const rb = runReplications(b, { from: 0, to: 12 });
    const rOther = runReplications(bOther, { from: 0, to: 12 });
    const paired = pairedDifferences(ra, rb).kpis.meanWaitMinutes;
    const independent = estimate(ra.map((r, i) => rOther[i].kpis.meanWaitMinutes - r.kpis.meanWaitMinutes));
    expect(paired.mean).toBeLessThan(0); // faster windows cut the wait
    expect(paired.ci95[1]).toBeLessThan(0);
    expect(paired.halfWidth).toBeLessThan(0.6 * independent.halfWidth);
    // the arrival stream is shared: both scenarios see exactly the same arrivals
    expect(rb.map((r) => r.kpis.arrivals)).toEqual(ra.map((r) => r.kpis.arrivals));
  });
});
