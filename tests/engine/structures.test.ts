import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap } from '../../src/engine/des/EventHeap';
import { StationQueue } from '../../src/engine/des/StationQueue';

describe('EventHeap', () => {
  it('pops in (time, insertion order) for any pushes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const h = new EventHeap(2);
        times.forEach((t, i) => h.push(t, i));
        const out: [number, number][] = [];
        while (h.size > 0) {
          h.pop();
          out.push([h.t, h.payload]);
        }
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
    );
  });

  it('interleaves pushes and pops like a sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }), { maxLength: 200 }), (ops) => {
        const h = new EventHeap(1);
        const ref: [number, number][] = [];
        let id = 0;
        for (const op of ops) {
          if (op === undefined) {
            if (ref.length === 0) continue;
            ref.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
            const [t, p] = ref.shift()!;
            h.pop();
            expect([h.t, h.payload]).toEqual([t, p]);
          } else {
            h.push(op, id);
            ref.push([op, id++]);
          }
        }
        expect(h.size).toBe(ref.length);
      }),
    );
  });
});

describe('StationQueue', () => {
  it('FIFO keeps arrival order across growth', () => {
    const q = new StationQueue(false, 2);
    for (let i = 0; i < 5; i++) q.push(i, 0);
    expect(q.pop()).toBe(0);
    expect(q.pop()).toBe(1);
    for (let i = 5; i < 40; i++) q.push(i, 0);
    const out: number[] = [];
    while (q.size > 0) out.push(q.pop());
    expect(out).toEqual(Array.from({ length: 38 }, (_, i) => i + 2));
  });

  it('keyed: lowest key first, FIFO among equal keys', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 100 }), (keys) => {
        const q = new StationQueue(true, 1);
        keys.forEach((k, i) => q.push(i, k));
        const out: number[] = [];
        while (q.size > 0) out.push(q.pop());
        const expected = keys.map((k, i) => [k, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[1]);
        expect(out).toEqual(expected);
      }),
    );
  });
});
