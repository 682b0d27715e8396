/** The vocabulary (src/domain/vocabulary.ts) is the one list of each domain fact; the models read it. */
import { describe, expect, it } from 'vitest';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { FUNCTION_ROLES, fiveFunctionsMachine } from '../../models/functions/fiveFunctionsMachine';
import { stageMachine } from '../../models/stages/stageMachine';
import { centreParameterIndex } from '../../src/domain/parameters';
import { CENTRE_TYPE_IDS, CENTRE_TYPE_TERMS, FUNCTION_IDS, FUNCTION_LEVELS, FUNCTION_LEVEL_SCORE, FUNCTION_TERMS, MECHANISMS, STAGE_IDS } from '../../src/domain/vocabulary';

describe('vocabulary', () => {
  it('names the six centre types as the registry of statecharts does, in the same order', () => {
    expect(Object.keys(CENTRE_TYPES)).toEqual([...CENTRE_TYPE_IDS]);
    // each profile reads its model's name from the vocabulary (the same object, not a copy)
    for (const id of CENTRE_TYPE_IDS) expect(CENTRE_TYPES[id].profile.model, id).toBe(CENTRE_TYPE_TERMS[id]);
  });

  it('the five-functions statechart has one region per function, each with the three levels', () => {
    expect(Object.keys(fiveFunctionsMachine.states)).toEqual([...FUNCTION_IDS]);
    for (const fn of FUNCTION_IDS) {
      expect(Object.keys(fiveFunctionsMachine.states[fn].states)).toEqual([...FUNCTION_LEVELS]);
      expect(FUNCTION_ROLES[fn].name).toBe(FUNCTION_TERMS[fn]);
    }
    expect(FUNCTION_LEVELS.map((l) => FUNCTION_LEVEL_SCORE[l])).toEqual([0, 0.5, 1]);
  });

  it('the stage statechart’s states are the stage ids', () => {
    expect(Object.keys(stageMachine.states)).toEqual([...STAGE_IDS]);
  });

  it('the parameter registry has a switch for every mechanism and a whole-number flag where the schema wants one', () => {
    for (const m of MECHANISMS) expect(centreParameterIndex.get(`mechanisms.${m}.on`), m).toBeDefined();
    for (const p of ['departments[].windows', 'departments[].staff', 'demand.annualVolume', 'seed', 'simulation.days', 'hall.desks']) expect(centreParameterIndex.get(p)?.integer, p).toBe(true);
    for (const p of ['departments[].authorisationShare', 'demand.onlineAdoption']) expect(centreParameterIndex.get(p)?.integer, p).toBeUndefined();
  });
});
