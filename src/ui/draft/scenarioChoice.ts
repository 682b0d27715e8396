/**
 * The scenarios the Compare and Research views offer: every centre preset, and the planner's
 * edited draft (kept in localStorage by the lever editor). Pure apart from the storage read the
 * caller passes in.
 */
import type { CentrePreset } from '../library/presets';
import type { LeverDraft, ScenarioJson } from './leverDraft';

/** The picker value of the edited draft. */
export const DRAFT_ID = 'draft';

/** The five representative centres of [paper-models], in the paper's order. */
export const FIVE_CENTRES = ['ningbo', 'tianjin-2007', 'hangzhou', 'chengdu-wuhou', 'dalian-2009'] as const;

export interface ChosenScenario {
  id: string;
  json: ScenarioJson;
  name: string;
  nameZh: string;
}

/** The scenario behind a picker value; undefined for an unknown preset. */
export function chooseScenario(id: string, presets: readonly CentrePreset[], draft: LeverDraft | undefined): ChosenScenario | undefined {
  if (id === DRAFT_ID) {
    if (!draft) return undefined;
    const s = draft.scenario;
    return { id, json: s, name: String(s.name ?? 'draft'), nameZh: String(s.nameZh || s.name || 'draft') };
  }
  const p = presets.find((x) => x.id === id);
  return p ? { id, json: p.json as ScenarioJson, name: p.name, nameZh: p.nameZh } : undefined;
}
