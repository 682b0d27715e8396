/**
 * Which draft the editor shows for a picked preset. The one shared draft (Plan, Compare,
 * Research) is shown when it edits this preset; a draft without edits simply follows the picked
 * preset (a fresh copy, stored on the first change); a draft holding edits of another preset is
 * not silently replaced (undefined: the view offers to open that preset instead). Pure.
 */
import type { CentrePreset } from '../library/presets';
import { changedPaths, type DraftScenario, type LeverDraft } from './leverDraft';

export function editingDraft(preset: CentrePreset, presets: readonly CentrePreset[], draft: LeverDraft | undefined): LeverDraft | undefined {
  if (draft?.baseId === preset.id) return draft;
  const draftBase = draft && presets.find((p) => p.id === draft.baseId);
  const draftEdited = !!draft && (!draftBase || changedPaths(draftBase.json, draft.scenario).length > 0 || Object.keys(draft.text).length > 0);
  return draftEdited ? undefined : { baseId: preset.id, scenario: structuredClone(preset.json) as DraftScenario, text: {} };
}
