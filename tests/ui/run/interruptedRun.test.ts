// Issue 12 point 3: a reload mid-run — the marker set while a run works is found at start-up once.
import { describe, expect, it } from 'vitest';
import { interruptedRunMarker } from '../../../src/ui/run/interruptedRun';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

describe('interruptedRunMarker', () => {
  it('a run that ended leaves no marker; one still working when the page went away is reported once', () => {
    const storage = memoryStorage();
    const before = interruptedRunMarker(storage, 'plan');
    expect(before.hasBegun()).toBe(false);
    before.began();
    expect(before.hasBegun()).toBe(true); // a new run replaces the notice
    before.ended();
    expect(interruptedRunMarker(storage, 'plan').takeInterrupted()).toBe(false);

    before.began(); // … and the page reloads before the run ends
    const after = interruptedRunMarker(storage, 'plan');
    expect(interruptedRunMarker(storage, 'compare').takeInterrupted()).toBe(false); // per view
    expect(after.takeInterrupted()).toBe(true);
    expect(after.takeInterrupted()).toBe(false);
    expect(storage.m.size).toBe(0);
  });

  it('no storage, or storage that throws, means no notice and no error', () => {
    expect(interruptedRunMarker(undefined, 'plan').takeInterrupted()).toBe(false);
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined };
    const m = interruptedRunMarker(throwing, 'plan');
    expect(() => m.began()).not.toThrow();
    expect(m.takeInterrupted()).toBe(false);
  });
});
