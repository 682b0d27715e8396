import { describe, expect, it } from 'vitest';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { CENTRE_TYPE_IDS } from '../../src/domain/vocabulary';
import { CASE_EVENT_TYPES, DEFAULT_CASE, type CaseAttributes } from '../../models/centreTypes/caseJourney';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { compileRoute, measuredShares } from '../../models/centreTypes/routingTable';
import { stageOf } from '../../models/stages/stageMachine';

const events = CASE_EVENT_TYPES.map((type) => ({ type }));
const B = [false, true];

/** Representative cases: every service, item class, stationing and channel, with incomplete materials and each mechanism both ways. */
function representativeInputs(id: (typeof CENTRE_TYPE_IDS)[number]): CaseAttributes[] {
  const { profile } = CENTRE_TYPES[id];
  const out: CaseAttributes[] = [];
  for (const service of profile.services)
    for (const itemClass of ['onTheSpot', 'promised', 'linked', 'referred'] as const)
      for (const stationing of profile.stationings)
        for (const channel of id === 'dispersed' ? (['hall'] as const) : (['hall', 'online'] as const))
          for (const materialsComplete of B)
            for (const flag of B)
              out.push({
                ...DEFAULT_CASE,
                service,
                itemClass,
                stationing,
                channel,
                materialsComplete,
                needsHeadquartersVisit: flag,
                withinWindowAuthority: !flag,
                needsVerificationVisit: flag,
                complaintFunctionInCentre: flag,
                mechanisms: { firstInquiry: flag, acceptWithGaps: false, parallelApproval: flag, delivery: flag },
              });
  return out;
}

describe.each(CENTRE_TYPE_IDS)('centre type %s', (id) => {
  const { machine, profile } = CENTRE_TYPES[id];

  it('graph: every state is reachable, by these events (shortest over representative cases)', () => {
    const reached: Record<string, string[]> = {};
    for (const input of representativeInputs(id)) {
      for (const p of getShortestPaths(machine, { input, events })) {
        const key = p.state.value as unknown as string;
        const evs = p.steps.slice(1).map((s) => s.event.type);
        if (!reached[key] || reached[key].length > evs.length) reached[key] = evs;
      }
    }
    const all = getStateNodes(machine.root).map((n) => n.key);
    expect(Object.keys(reached).sort()).toEqual([...all].sort());
    expect(reached).toMatchSnapshot();
  });

  it('every state carries zh/en text and a source', () => {
    for (const node of [machine.root, ...getStateNodes(machine.root)]) {
      expect(node.meta?.zh, node.id).toBeTruthy();
      expect(node.meta?.en, node.id).toBeTruthy();
      expect(node.meta?.source, node.id).toMatch(/^(paper §|assumption)/);
    }
  });

  it('every stable state handles exactly one case event', () => {
    for (const node of getStateNodes(machine.root)) {
      if (node.type === 'final') continue;
      expect(node.ownEvents, node.id).toHaveLength(1);
    }
  });

  it('profile: mark, work and representative from the paper’s table', () => {
    expect(profile.id).toBe(id);
    for (const t of [profile.model, profile.distinguishingMark, profile.whatItDoes, profile.representative]) {
      expect(t.zh).toBeTruthy();
      expect(t.en).toBeTruthy();
    }
  });
});

const approval = (over: Partial<CaseAttributes>, mech: Partial<CaseAttributes['mechanisms']> = {}): CaseAttributes => ({
  ...DEFAULT_CASE,
  ...over,
  mechanisms: { ...DEFAULT_CASE.mechanisms, ...mech },
});

describe('what the paper says about the types, as routes', () => {
  it('stage 1 reception windows: files go to headquarters, and 两头办理 adds a trip', () => {
    const m = CENTRE_TYPES.functionIntegration.machine;
    const once = compileRoute(m, approval({ stationing: 'reception' }));
    const twoEnds = compileRoute(m, approval({ stationing: 'reception', needsHeadquartersVisit: true }));
    expect(once.states).toContain('transferToHeadquarters');
    expect(once.decidedInCentre).toBe(false);
    expect(twoEnds.trips).toBe(once.trips + 1);
    expect(twoEnds.visitsHeadquarters).toBe(true);
  });

  it('authorised windows decide 即办件 on the spot in one trip; reception windows only those within their authority (授权到位率)', () => {
    const m = CENTRE_TYPES.economyLed.machine;
    const auth = compileRoute(m, approval({ itemClass: 'onTheSpot', stationing: 'authorised' }));
    const rec = compileRoute(m, approval({ itemClass: 'onTheSpot', stationing: 'reception', withinWindowAuthority: false }));
    const recWithin = compileRoute(m, approval({ itemClass: 'onTheSpot', stationing: 'reception', withinWindowAuthority: true }));
    expect(auth.decidedOnTheSpot).toBe(true);
    expect(auth.trips).toBe(1);
    expect(rec.decidedOnTheSpot).toBe(false);
    expect(rec.trips).toBeGreaterThan(1);
    expect(recWithin.decidedOnTheSpot).toBe(true);
    expect(recWithin.trips).toBe(1);
    // a promised item goes to headquarters whatever the window's authority (分头办理)
    expect(compileRoute(m, approval({ stationing: 'reception', withinWindowAuthority: true })).states).toContain('transferToHeadquarters');
  });

  it('stage 1: the need to visit headquarters is separate from the window’s authority (一个窗口对外: the file travels, the applicant need not)', () => {
    const m = CENTRE_TYPES.functionIntegration.machine;
    for (const withinWindowAuthority of [true, false]) {
      const r = compileRoute(m, approval({ stationing: 'reception', withinWindowAuthority }));
      expect(r.visitsHeadquarters).toBe(false);
      expect(r.states).toContain('transferToHeadquarters');
    }
  });

  it('an authorised window whose authority does not cover the case (窗口授权不到位) sends the applicant to headquarters too', () => {
    const m = CENTRE_TYPES.economyLed.machine;
    const full = compileRoute(m, approval({ stationing: 'authorised' }));
    const partial = compileRoute(m, approval({ stationing: 'authorised', withinWindowAuthority: false }));
    // for an authorised window, what counts is its authority, not the reception share of headquarters visits
    expect(compileRoute(m, approval({ stationing: 'authorised', needsHeadquartersVisit: true })).visitsHeadquarters).toBe(false);
    expect(partial.visitsHeadquarters).toBe(true);
    expect(partial.trips).toBe(full.trips + 1);
    expect(partial.decidedInCentre).toBe(true);
    expect(compileRoute(m, approval({ stationing: 'whole-unit', needsHeadquartersVisit: true, withinWindowAuthority: false })).visitsHeadquarters).toBe(false);
    expect(compileRoute(m, approval({ itemClass: 'onTheSpot', stationing: 'authorised', withinWindowAuthority: false })).decidedOnTheSpot).toBe(false);
  });

  it('physical unification (Hangzhou) never sends a case or an applicant to headquarters', () => {
    for (const stationing of ['reception', 'authorised', 'whole-unit'] as const) {
      expect(compileRoute(CENTRE_TYPES.physicalUnification.machine, approval({ stationing, needsHeadquartersVisit: true, withinWindowAuthority: false })).visitsHeadquarters).toBe(false);
    }
    const m = CENTRE_TYPES.physicalUnification.machine;
    const r = compileRoute(m, approval({ stationing: 'reception', needsHeadquartersVisit: true }));
    expect(r.visitsHeadquarters).toBe(false);
    expect(r.decidedInCentre).toBe(true);
    expect(r.states).toContain('departmentOfficeInBuilding');
  });

  it('the approval bureau decides linked items alone and informs the supervising department', () => {
    const m = CENTRE_TYPES.approvalBureau.machine;
    for (const parallelApproval of B) {
      const r = compileRoute(m, approval({ itemClass: 'linked', stationing: 'bureau' }, { parallelApproval }));
      expect(r.states).toContain('bureauProcessing');
      expect(r.states).not.toContain('serialHandOffs');
      expect(r.states).not.toContain('parallelApproval');
      expect(r.states.at(-2)).toBe('supervisionHandOff');
    }
  });

  it('linked items: serial hand-offs, or parallel approval when the mechanism is on', () => {
    const m = CENTRE_TYPES.functionIntegration.machine;
    expect(compileRoute(m, approval({ itemClass: 'linked' })).states).toContain('serialHandOffs');
    expect(compileRoute(m, approval({ itemClass: 'linked' }, { parallelApproval: true })).states).toContain('parallelApproval');
  });

  it('incomplete materials cost a trip, unless accepted with gaps (容缺受理)', () => {
    const m = CENTRE_TYPES.comprehensive.machine;
    const ok = compileRoute(m, approval({}));
    const bad = compileRoute(m, approval({ materialsComplete: false }));
    const gaps = compileRoute(m, approval({ materialsComplete: false }, { acceptWithGaps: true }));
    expect(bad.trips).toBe(ok.trips + 1);
    expect(bad.retrySegment).not.toBeNull();
    expect(gaps.trips).toBe(ok.trips);
  });

  it('delivery (快递送达) removes the pickup trip; online approval removes the submission trip', () => {
    const m = CENTRE_TYPES.functionIntegration.machine;
    const hall = compileRoute(m, approval({}));
    expect(compileRoute(m, approval({}, { delivery: true })).trips).toBe(hall.trips - 1);
    expect(compileRoute(m, approval({ channel: 'online' }, { delivery: true })).trips).toBe(0);
  });

  it('complaints: in the centre they get feedback to the department; separate bodies forward them first', () => {
    const inCentre = compileRoute(CENTRE_TYPES.functionIntegration.machine, approval({ service: 'complaint', complaintFunctionInCentre: true }));
    const notYet = compileRoute(CENTRE_TYPES.functionIntegration.machine, approval({ service: 'complaint', complaintFunctionInCentre: false }));
    const economyLed = compileRoute(CENTRE_TYPES.economyLed.machine, approval({ service: 'complaint', complaintFunctionInCentre: true }));
    const separate = compileRoute(CENTRE_TYPES.dispersed.machine, approval({ service: 'complaint', stationing: 'absent', complaintFunctionInCentre: true }));
    expect(inCentre.states).toContain('feedbackToDepartment');
    for (const r of [notYet, economyLed, separate]) {
      expect(r.states).toContain('forwardedToCompetentBody');
      expect(r.states).not.toContain('feedbackToDepartment');
    }
  });

  it('dispersed: a linked item costs the applicant a trip to each further department', () => {
    const m = CENTRE_TYPES.dispersed.machine;
    const single = compileRoute(m, approval({ stationing: 'absent' }));
    const linked = compileRoute(m, approval({ stationing: 'absent', itemClass: 'linked' }));
    expect(linked.trips).toBe(single.trips + 1);
    expect(single.acceptedInCentre).toBe(false);
  });
});

describe('measured shares from routes feed the stage machine', () => {
  it('moving departments from reception to authorised moves the centre from stage 1 to stage 2', () => {
    const m = CENTRE_TYPES.functionIntegration.machine;
    const route = (stationing: CaseAttributes['stationing']) => compileRoute(m, approval({ stationing }));
    const own = compileRoute(CENTRE_TYPES.dispersed.machine, approval({ stationing: 'absent' }));
    const stage = (cases: Parameters<typeof measuredShares>[0]) => stageOf({ ...measuredShares(cases), services: ['approval'], functionsIntegrated: [] });
    expect(stage([{ volume: 100, path: own }])).toBe('dispersed');
    expect(stage([{ volume: 70, path: route('reception') }, { volume: 30, path: own }])).toBe('stage1');
    expect(stage([{ volume: 40, path: route('reception') }, { volume: 60, path: route('authorised') }])).toBe('stage2');
    expect(measuredShares([])).toEqual({ acceptedInCentreShare: 0, decidedInCentreShare: 0 });
  });
});
