import { describe, expect, it } from 'vitest';
import { applyLevers, changeCount, mechanismsOf, noLevers } from '../../src/ui/views/plan/levers';

const preset = {
  type: 'onewindow/centre',
  mechanisms: { firstInquiry: { on: true, misrouteRate: 0.01 }, deemedApproval: { on: false } },
  departments: [
    { id: 'a', stationing: 'authorised', authorisationShare: 0.5 },
    { id: 'b', stationing: 'reception', authorisationShare: 0.3 },
    { id: 'c', stationing: 'absent' },
  ],
};

describe('levers on a centre preset', () => {
  it('reads which mechanisms are on (missing = off)', () => {
    expect(mechanismsOf(preset)).toMatchObject({ firstInquiry: true, deemedApproval: false, delivery: false });
  });

  it('switches mechanisms, keeping their parameters, and leaves the preset untouched', () => {
    const v = applyLevers(preset, { mechanisms: { firstInquiry: false, delivery: true } }) as typeof preset & { mechanisms: Record<string, unknown> };
    expect(v.mechanisms.firstInquiry).toEqual({ on: false, misrouteRate: 0.01 });
    expect(v.mechanisms.delivery).toEqual({ on: true });
    expect(preset.mechanisms.firstInquiry.on).toBe(true);
  });

  it('restations every department in the centre, never an absent one, then sets authorisation of authorised windows', () => {
    const v = applyLevers(preset, { mechanisms: {}, stationing: 'authorised', authorisation: 0.9 }) as typeof preset;
    expect(v.departments.map((d) => [d.id, d.stationing, d.authorisationShare])).toEqual([
      ['a', 'authorised', 0.9],
      ['b', 'authorised', 0.9],
      ['c', 'absent', undefined],
    ]);
  });

  it('counts only real changes', () => {
    expect(changeCount(preset, noLevers)).toBe(0);
    expect(changeCount(preset, { mechanisms: { firstInquiry: true, deemedApproval: true } })).toBe(1);
    expect(changeCount(preset, { mechanisms: {}, stationing: 'whole-unit', authorisation: 1 })).toBe(2);
  });
});
