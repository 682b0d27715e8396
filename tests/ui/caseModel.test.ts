import { describe, expect, it } from 'vitest';
import { CENTRE_TYPE_IDS } from '../../src/domain/vocabulary';
import { DEFAULT_CASE } from '../../models/centreTypes/caseJourney';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { applicantPlace, caseForType, caseStateMeta, nextEvent, routesByType } from '../../src/ui/views/learn/caseModel';

describe('the Learn view’s case stepper model', () => {
  it('adjusts a case to what each centre type accepts', () => {
    const reception = { ...DEFAULT_CASE, stationing: 'reception' as const, service: 'trading' as const };
    expect(caseForType('approvalBureau', reception).stationing).toBe('bureau');
    expect(caseForType('dispersed', reception)).toMatchObject({ stationing: 'absent', service: 'approval' });
    expect(caseForType('comprehensive', reception)).toMatchObject({ stationing: 'reception', service: 'trading' });
  });

  it('every state on every type’s route handles one case event, and has a bilingual name', () => {
    for (const r of routesByType({ ...DEFAULT_CASE, stationing: 'reception', needsHeadquartersVisit: true })) {
      expect(r.route, r.type).toBeDefined();
      const machine = CENTRE_TYPES[r.type].machine;
      r.route!.states.slice(0, -1).forEach((state, i) => expect(nextEvent(machine, state)).toBe(r.route!.events[i]));
      for (const state of r.route!.states) expect(caseStateMeta(machine, state).zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('a reception-only case needing headquarters is two-end in stage-1 types, not under physical unification', () => {
    const routes = Object.fromEntries(routesByType({ ...DEFAULT_CASE, stationing: 'reception', needsHeadquartersVisit: true }).map((r) => [r.type, r.route!]));
    expect(Object.keys(routes)).toEqual([...CENTRE_TYPE_IDS]);
    expect(routes.comprehensive.visitsHeadquarters).toBe(true);
    expect(routes.physicalUnification.visitsHeadquarters).toBe(false);
    expect(routes.physicalUnification.trips).toBeLessThan(routes.comprehensive.trips);
  });

  it('reads the applicant’s place from tags', () => {
    expect(applicantPlace(['queue', 'applicant.hall'])).toBe('applicant.hall');
    expect(applicantPlace(['backOffice'])).toBeUndefined();
  });
});
