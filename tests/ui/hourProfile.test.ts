import { describe, expect, it } from 'vitest';
import { draftFromPreset, draftIssues, editNumber, setPath } from '../../src/ui/draft/leverDraft';
import { leverRule } from '../../src/ui/levers/leverRules';
import { centrePresets } from '../../src/ui/library/allPresets';
import { centreParameterIndex } from '../../src/domain/parameters';

describe('hour-of-day demand profile in the draft', () => {
  it('a weight is ≥ 0: a negative one is kept as typed and named, the profile keeps its last valid weights', () => {
    const d0 = draftFromPreset('dalian-2009', centrePresets.find((p) => p.id === 'dalian-2009')!.json);
    const profile = centreParameterIndex.get('demand.hourProfile')!.default as number[];
    const d1 = { ...d0, scenario: setPath(d0.scenario, 'demand.hourProfile', [...profile]) };
    const d2 = editNumber(d1, 'demand.hourProfile[2]', '2.5', leverRule('demand.hourProfile[2]')!);
    expect((d2.scenario.demand as { hourProfile: number[] }).hourProfile).toEqual(profile.map((w, i) => (i === 2 ? 2.5 : w)));
    const d3 = editNumber(d2, 'demand.hourProfile[2]', '-1', leverRule('demand.hourProfile[2]')!);
    expect((d3.scenario.demand as { hourProfile: number[] }).hourProfile[2]).toBe(2.5);
    expect(draftIssues(d3, leverRule)).toEqual([{ path: 'demand.hourProfile[2]', value: '-1', rule: { kind: 'min', min: 0 } }]);
  });
});
