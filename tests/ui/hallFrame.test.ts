/**
 * The animated hall's frame function (issue 11 item 3): positions and counters at time t from one
 * day's records, checked against the engine's own counts of the same records and against counts
 * taken straight from the records.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simApi } from '../../src/worker/api';
import { hallDayCounts } from '../../src/engine/centre/hallDay';
import { DOT, createFrame, hallFrame, prepareHall, type HallData } from '../../src/ui/views/learn/hall/hallFrame';

const preset = (id: string) => JSON.parse(readFileSync(new URL(`../../models/presets/${id}.scenario.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
/** The first working day of a short run, as the hall loads it. */
function day0(id: string): HallData {
  const { records, hall } = simApi.dayRecords({ ...preset(id), simulation: { days: 2, warmupDays: 0 } }, 0, 0);
  return { records, ...hall };
}

const dalian2009 = day0('dalian-2009');
const dalian2002 = day0('dalian-2002');

describe('hallFrame', () => {
  it('at closing time its counters equal the engine’s counts of the day (Dalian 2002 and 2009)', () => {
    for (const data of [dalian2002, dalian2009]) {
      const model = prepareHall(data, 0);
      const f = hallFrame(model, model.to);
      expect(f.counts.arrived).toBe(data.records.cases.arrival.length);
      expect(f.counts).toEqual({ ...data.counts, meanWaitMinutes: expect.closeTo(data.counts.meanWaitMinutes, 9) });
      expect(data.counts.served).toBeGreaterThan(1000);
      expect(data.counts.trips).toBeGreaterThanOrEqual(data.counts.served / 2);
    }
  });

  it('at every hour its counters equal the engine’s counts up to that time', () => {
    const model = prepareHall(dalian2009, 0);
    const frame = createFrame(model);
    for (let t = model.from; t <= model.to; t += 37) {
      const f = hallFrame(model, t, frame);
      const expected = hallDayCounts(dalian2009.records, dalian2009.visits, t);
      expect({ ...f.counts, meanWaitMinutes: 0 }).toEqual({ ...expected, meanWaitMinutes: 0 });
      expect(f.counts.meanWaitMinutes).toBeCloseTo(expected.meanWaitMinutes, 9);
    }
  });

  it('counts agree with the records read directly: waiting = visits enqueued and not yet out of the queue; a waiting dot per waiting visit', () => {
    const model = prepareHall(dalian2009, 0);
    const v = dalian2009.records.visits;
    const t = model.from + 150;
    let waiting = 0;
    let atWindows = 0;
    for (let i = 0; i < v.case.length; i++) {
      if (v.enqueued[i] <= t && dalian2009.visits.queueEnd[i] > t) waiting++;
      if (dalian2009.visits.called[i] === 1 && v.started[i] <= t && v.started[i] + v.minutes[i] > t) atWindows++;
    }
    const f = hallFrame(model, t);
    const dots = (kind: number) => Array.from(f.kind.subarray(0, f.n)).filter((k) => k === kind).length;
    expect(f.counts.waiting).toBe(waiting);
    expect(dots(DOT.waiting)).toBe(waiting);
    expect(dots(DOT.atWindow)).toBe(atWindows);
    expect(Array.from(f.groupWaiting).reduce((a, b) => a + b, 0)).toBe(waiting);
    expect(Array.from(f.groupServing).reduce((a, b) => a + b, 0)).toBe(atWindows);
    expect(atWindows).toBeGreaterThan(0);
  });

  it('every dot lies in the scene, waiting dots inside their group’s queue area and files inside their back office', () => {
    const model = prepareHall(dalian2009, 0);
    const f = hallFrame(model, model.from + 200);
    for (let k = 0; k < f.n; k++) {
      expect(f.x[k]).toBeGreaterThanOrEqual(0);
      expect(f.x[k]).toBeLessThanOrEqual(1);
      expect(f.y[k]).toBeGreaterThanOrEqual(0);
      expect(f.y[k]).toBeLessThanOrEqual(1);
    }
    const inBox = (x: number, y: number, b: { x: number; y: number; w: number; h: number }) => x >= b.x - 1e-6 && x <= b.x + b.w + 1e-6 && y >= b.y - 1e-6 && y <= b.y + b.h + 1e-6;
    const queues = model.groups.map((g) => g.queue);
    const backs = model.backOffices.map((b) => b.box);
    for (let k = 0; k < f.n; k++) {
      if (f.kind[k] === DOT.waiting) expect(queues.some((q) => inBox(f.x[k], f.y[k], q))).toBe(true);
      if (f.kind[k] === DOT.fileAtBackOffice) expect(backs.some((b) => inBox(f.x[k], f.y[k], b))).toBe(true);
    }
  });

  it('is empty at opening and the counters never decrease over the day (except waiting)', () => {
    const model = prepareHall(dalian2002, 0);
    const first = hallFrame(model, model.from);
    expect(first.counts.served).toBe(0);
    expect(first.counts.waiting).toBe(0);
    let prev = first.counts;
    for (let t = model.from; t <= model.to; t += 10) {
      const c = { ...hallFrame(model, t).counts };
      for (const k of ['arrived', 'served', 'trips', 'files', 'decided'] as const) expect(c[k]).toBeGreaterThanOrEqual(prev[k]);
      prev = c;
    }
  });

  it('times outside the day are clamped to opening and closing', () => {
    const model = prepareHall(dalian2009, 0);
    expect(hallFrame(model, -100).counts).toEqual(hallFrame(model, model.from).counts);
    expect({ ...hallFrame(model, 1e9).counts }).toEqual({ ...hallFrame(model, model.to).counts });
  });
});
