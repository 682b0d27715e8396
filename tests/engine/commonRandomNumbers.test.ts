import { describe, expect, it } from 'vitest';
import { runReplications } from '../../src/engine/run/runReplications';
import { simulateReplication } from '../../src/engine/run/simulate';
import { pairedDifferences } from '../../src/engine/stats/paired';
import { estimate } from '../../src/engine/stats/estimate';
import { exp, network, singleStation } from './helpers';

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

describe('service times drawn on arrival keep streams aligned across disciplines and losses', () => {
  const doc = (discipline: string, waitingRoom?: number) =>
    network({
      seed: 4,
      stop: { minutes: 600, drain: true },
      classes: [
        { id: 'green', priority: 0, arrivals: { to: 'q', interarrival: exp(0.3) } },
        { id: 'normal', priority: 1, arrivals: { to: 'q', interarrival: exp(0.5) } },
      ],
      stations: [{ id: 'q', discipline, waitingRoom, service: { dist: 'lognormal', mean: 1, cv: 0.8 } }],
    });
  const serviceTimes = (sc: ReturnType<typeof doc>) => {
    const r = simulateReplication(sc, 0).records;
    const out = new Map<number, number>();
    for (let v = 0; v < r.visits; v++) if (r.visitStart[v] === r.visitStart[v]) out.set(v, r.visitEnd[v] - r.visitStart[v]);
    return out;
  };

  it('FIFO vs priority: every customer gets the same service time; the classes trade waits', () => {
    const a = serviceTimes(doc('fifo'));
    const b = serviceTimes(doc('priority'));
    expect(b.size).toBe(a.size);
    for (const [v, d] of a) expect(b.get(v)).toBeCloseTo(d, 12);
    const d = pairedDifferences(runReplications(doc('fifo'), { from: 0, to: 8 }), runReplications(doc('priority'), { from: 0, to: 8 }));
    expect(d.classes.green.meanWaitMinutes.ci95[1]).toBeLessThan(0);
    expect(d.classes.normal.meanWaitMinutes.ci95[0]).toBeGreaterThan(0);
  });

  it('with a finite waiting room the customers who are served keep their service times', () => {
    const a = serviceTimes(doc('fifo'));
    const b = serviceTimes(doc('fifo', 1));
    expect(b.size).toBeLessThan(a.size);
    for (const [v, d] of b) expect(a.get(v)).toBeCloseTo(d, 12);
  });
});
