import { describe, expect, it } from 'vitest';
import { getInitialMicrosteps, getMicrosteps, initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { STAGE_IDS } from '../../src/domain/vocabulary';
import { NO_CENTRE, STAGE_THRESHOLDS, measureStage, stageMachine, stageOf, type MeasuredState } from '../../models/stages/stageMachine';

const stage1: MeasuredState = { acceptedInCentreShare: 0.8, decidedInCentreShare: 0.2, services: ['approval'], functionsIntegrated: [] };
const stage2: MeasuredState = { ...stage1, decidedInCentreShare: 0.7 };
const stage3: MeasuredState = {
  ...stage2,
  services: ['approval', 'nonLicenceApproval', 'procurement', 'constructionBidding', 'landAuction', 'stateAssetTrading', 'convenience', 'disclosureRequests'],
  functionsIntegrated: ['openness', 'approval', 'eGovernment', 'informationRelease', 'complaints'],
};
const measured = (m: MeasuredState) => ({ type: 'centre.measured' as const, measured: m });

describe('stage machine: the stage is an outcome of the measured state', () => {
  it('starts dispersed with no centre', () => {
    expect(initialTransition(stageMachine, NO_CENTRE)[0].value).toBe('dispersed');
    expect(stageOf(NO_CENTRE)).toBe('dispersed');
  });

  it('reaches stage 1 when most volume is accepted in the centre, not before', () => {
    const t = STAGE_THRESHOLDS.stage1MinAcceptedShare.value;
    expect(stageOf({ ...NO_CENTRE, acceptedInCentreShare: t - 0.01 })).toBe('dispersed');
    expect(stageOf({ ...NO_CENTRE, acceptedInCentreShare: t })).toBe('stage1');
  });

  it('raising the in-centre decided share moves stage 1 → stage 2', () => {
    let s = measureStage(initialTransition(stageMachine, NO_CENTRE)[0], stage1);
    expect(s.value).toBe('stage1');
    s = measureStage(s, { ...stage1, decidedInCentreShare: STAGE_THRESHOLDS.stage2MinDecidedShare.value });
    expect(s.value).toBe('stage2');
    expect(s.hasTag('decidesInCentre')).toBe(true);
  });

  it('adding stage-3 services and integrating functions moves stage 2 → stage 3', () => {
    let s = measureStage(initialTransition(stageMachine, NO_CENTRE)[0], stage2);
    expect(s.value).toBe('stage2');
    s = measureStage(s, { ...stage2, services: stage3.services });
    expect(s.value).toBe('stage2'); // services alone, functions not integrated
    s = measureStage(s, stage3);
    expect(s.value).toBe('stage3');
    expect(s.hasTag('comprehensiveServices')).toBe(true);
  });

  it('stage-3 services without the stage-2 decided share stay in stage 1', () => {
    expect(stageOf({ ...stage3, decidedInCentreShare: 0.1 })).toBe('stage1');
  });

  it('nothing changed → no stage change', () => {
    for (const m of [NO_CENTRE, stage1, stage2, stage3]) {
      const s = measureStage(initialTransition(stageMachine, NO_CENTRE)[0], m);
      expect(measureStage(s, m).value).toBe(s.value);
    }
  });

  it('never skips a stage: a jump from dispersed to stage 3 passes stage 1 and stage 2 as microsteps', () => {
    const [start] = initialTransition(stageMachine, NO_CENTRE);
    const steps = getMicrosteps(stageMachine, start, measured(stage3)).map(([snap]) => snap.value);
    expect(steps).toEqual(['dispersed', 'stage1', 'stage2', 'stage3']);
    expect(getInitialMicrosteps(stageMachine, stage3).map(([snap]) => snap.value).slice(-3)).toEqual(['stage1', 'stage2', 'stage3']);
  });

  it('regresses when the measurement regresses (推倒重来)', () => {
    const s = measureStage(initialTransition(stageMachine, NO_CENTRE)[0], stage3);
    expect(measureStage(s, stage1).value).toBe('stage1');
    expect(measureStage(s, NO_CENTRE).value).toBe('dispersed');
  });

  it('stepping down never loops, and the stage depends on the measured state alone, whatever the previous stage (regression: the eventless loop the UI worked around in src/ui/views/learn/remeasure.ts, commit 75b2ed6)', () => {
    const variants: MeasuredState[] = [];
    for (const accepted of [0, 1]) for (const decided of [0, 1]) for (const full of [false, true])
      variants.push({ acceptedInCentreShare: accepted, decidedInCentreShare: decided, services: full ? stage3.services : ['approval'], functionsIntegrated: full ? stage3.functionsIntegrated : [] });
    for (const from of [NO_CENTRE, stage1, stage2, stage3, ...variants]) {
      const start = measureStage(initialTransition(stageMachine, NO_CENTRE)[0], from);
      for (const to of variants) expect(measureStage(start, to).value, JSON.stringify([from, to])).toBe(stageOf(to));
    }
    expect(stageOf({ ...stage3, decidedInCentreShare: 0 })).toBe('stage1');
    expect(stageOf({ ...stage3, acceptedInCentreShare: 0 })).toBe('dispersed');
  });

  it('every state carries the paper’s text', () => {
    for (const node of getStateNodes(stageMachine.root)) {
      expect(node.meta?.zh, node.id).toBeTruthy();
      expect(node.meta?.en, node.id).toBeTruthy();
      expect(node.meta?.source, node.id).toMatch(/^paper §/);
    }
  });

  it('graph: every stage is reachable, by these events', () => {
    const paths = getShortestPaths(stageMachine, {
      input: NO_CENTRE,
      events: [measured(NO_CENTRE), measured(stage1), measured(stage2), measured(stage3)],
      serializeState: (s) => String(s.value),
    });
    const reached = Object.fromEntries(
      paths.map((p) => [String(p.state.value), p.steps.slice(1).map((st) => `${st.event.type}(${stageOf((st.event as ReturnType<typeof measured>).measured)})`)]),
    );
    expect(Object.keys(reached).sort()).toEqual([...STAGE_IDS].sort());
    expect(reached).toMatchSnapshot();
  });

  it('transition() is pure: the same snapshot and event give the same stage', () => {
    const [start] = initialTransition(stageMachine, NO_CENTRE);
    expect(transition(stageMachine, start, measured(stage2))[0].value).toBe(transition(stageMachine, start, measured(stage2))[0].value);
    expect(start.value).toBe('dispersed');
  });
});
