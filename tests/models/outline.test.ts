import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { CENTRE_TYPE_IDS } from '../../src/domain/vocabulary';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { fiveFunctionsMachine } from '../../models/functions/fiveFunctionsMachine';
import { stageMachine } from '../../models/stages/stageMachine';
import { outlineOf, type StateOutline } from '../../models/text/outline';

const all = (o: StateOutline): StateOutline[] => [o, ...o.children.flatMap(all)];

describe('statechart outlines for the Learn view', () => {
  it('stage machine: eventless transitions with their guards, down before up', () => {
    const o = outlineOf(stageMachine);
    expect(o.initial).toBe('dispersed');
    const stage2 = o.children.find((c) => c.key === 'stage2')!;
    expect(stage2.transitions).toEqual([
      { event: 'always', targets: ['stage1'], guard: 'not(qualifiesForStage2)' },
      { event: 'always', targets: ['stage3'], guard: 'qualifiesForStage3' },
    ]);
  });

  const machines: Array<[string, AnyStateMachine]> = [
    ['stage', stageMachine],
    ['fiveFunctions', fiveFunctionsMachine],
    ...CENTRE_TYPE_IDS.map((id): [string, AnyStateMachine] => [id, CENTRE_TYPES[id].machine]),
  ];
  it.each(machines)(
    '%s: plain data; every state has its text; every target exists',
    (_id, machine) => {
      const o = outlineOf(machine);
      expect(JSON.parse(JSON.stringify(o))).toEqual(o);
      const states = all(o);
      for (const s of states) expect(s.meta?.zh, s.id).toBeTruthy();
      for (const s of states) for (const t of s.transitions) for (const k of t.targets) expect(states.some((x) => x.key === k), `${s.id} → ${k}`).toBe(true);
    },
  );
});
