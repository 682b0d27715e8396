/** The lever editor's draft as React state, started from the stored draft or a preset, kept in localStorage on every change. */
import { useCallback, useState } from 'react';
import { centrePresets, DEFAULT_PRESET_ID } from '../plan/presets';
import { draftFromPreset, loadDraft, saveDraft, type LeverDraft } from './leverDraft';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function presetDraft(id: string): LeverDraft | undefined {
  const p = centrePresets.find((x) => x.id === id) ?? centrePresets.find((x) => x.id === DEFAULT_PRESET_ID) ?? centrePresets[0];
  return p ? draftFromPreset(p.id, p.json) : undefined;
}

/** The current stored draft (for views that only read it, at run time). */
export function storedDraft(): LeverDraft | undefined {
  return loadDraft(storage()) ?? presetDraft(DEFAULT_PRESET_ID);
}

export function useLeverDraft(): [LeverDraft | undefined, (draft: LeverDraft) => void, (presetId: string) => void] {
  const [draft, setState] = useState<LeverDraft | undefined>(() => storedDraft());
  const setDraft = useCallback((d: LeverDraft) => {
    setState(d);
    saveDraft(storage(), d);
  }, []);
  const reset = useCallback(
    (id: string) => {
      const d = presetDraft(id);
      if (d) setDraft(d);
    },
    [setDraft],
  );
  return [draft, setDraft, reset];
}
