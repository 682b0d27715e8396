import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { NO_CENTRE, stageMachine, stageOf, type MeasuredState } from '../../models/stages/stageMachine';
import { remeasure } from '../../src/ui/views/learn/remeasure';

const full: MeasuredState = {
  acceptedInCentreShare: 0.8,
  decidedInCentreShare: 0.7,
  services: ['approval', 'procurement', 'landAuction', 'convenience'],
  functionsIntegrated: ['openness', 'approval', 'complaints'],
};

function step(from: MeasuredState, to: MeasuredState) {
  let [s] = initialTransition(stageMachine, NO_CENTRE);
  for (const e of remeasure(from)) [s] = transition(stageMachine, s, e);
  const before = s.value;
  for (const e of remeasure(to)) [s] = transition(stageMachine, s, e);
  return { before, after: s.value };
}

describe('remeasure: moving the Learn view’s stage machine without eventless loops', () => {
  it.each([
    ['decided drops while stage-3 services remain', { ...full, decidedInCentreShare: 0.2 }, 'stage1'],
    ['accepted drops while decided stays high', { ...full, acceptedInCentreShare: 0.2 }, 'dispersed'],
    ['services removed', { ...full, services: [] }, 'stage2'],
    ['back to no centre', NO_CENTRE, 'dispersed'],
  ] as const)('from stage 3, %s → the stage stageOf() gives', (_, to, expected) => {
    const { before, after } = step(full, to);
    expect(before).toBe('stage3');
    expect(after).toBe(expected);
    expect(after).toBe(stageOf(to));
  });
});
