/**
 * Ready-made "what if" comparisons for a first look: a preset as scenario a, and an edited copy
 * with one reform as scenario b (the paper's levers: 并联审批, 超时默许, online approval with
 * delivery, whole-unit stationing, full window authorisation). Pure.
 */
import { draftFromPreset, editAllDepartments, editMechanism, editScenario, setAllItemsOnline, type LeverDraft } from '../../draft/leverDraft';

export interface WhatIf {
  id: 'parallel2002' | 'noDeemed2009' | 'online2009' | 'wholeUnit2002' | 'authorised2002';
  /** the preset run as scenario a and edited into b */
  base: string;
  apply: (draft: LeverDraft) => LeverDraft;
}

export const whatIfs: readonly WhatIf[] = [
  { id: 'parallel2002', base: 'dalian-2002', apply: (d) => editMechanism(d, 'parallelApproval', true) },
  { id: 'authorised2002', base: 'dalian-2002', apply: (d) => editAllDepartments(d, 'authorisationShare', 1) },
  {
    id: 'wholeUnit2002',
    base: 'dalian-2002',
    apply: (d) => {
      // only departments already in the centre move in as whole units; absent ones stay outside
      const departments = d.scenario.departments.map((dep) => (dep.stationing === 'absent' ? dep : { ...dep, stationing: 'whole-unit' as const }));
      return editScenario(d, { departments });
    },
  },
  { id: 'noDeemed2009', base: 'dalian-2009', apply: (d) => editMechanism(d, 'deemedApproval', false) },
  {
    id: 'online2009',
    base: 'dalian-2009',
    apply: (d) => {
      let next = editMechanism(d, 'onlineApproval', true);
      next = editMechanism(next, 'delivery', true);
      next = editScenario(next, { demand: { ...next.scenario.demand, onlineAdoption: 0.5 } });
      return setAllItemsOnline(next, true);
    },
  },
];

/** The draft of a what-if, from its base preset's JSON. */
export function whatIfDraft(whatIf: WhatIf, presetJson: unknown): LeverDraft {
  return whatIf.apply(draftFromPreset(whatIf.base, presetJson));
}
