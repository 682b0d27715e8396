/**
 * The one edited scenario (the lever draft) the Plan, Compare and Research views share: a small
 * external store over localStorage, so an edit made in one view is the draft in every other
 * (and in other tabs, through the `storage` event). Started from the stored draft or a preset.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { SimPool } from '../../client/simPool';
import type { Rule } from '../../engine/scenario/rules';
import { DEFAULT_PRESET_ID, planPresets } from '../library/presets';
import { emptyHistory, record, redo, undo, type DraftHistory } from './history';
import { DRAFT_STORAGE_KEY, draftFromPreset, loadDraft, saveDraft, type LeverDraft } from './leverDraft';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function rawDraft(): string | null {
  try {
    return storage()?.getItem(DRAFT_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function presetDraft(id: string): LeverDraft | undefined {
  const p = planPresets.find((x) => x.id === id) ?? planPresets.find((x) => x.id === DEFAULT_PRESET_ID) ?? planPresets[0];
  return p ? draftFromPreset(p.id, p.json) : undefined;
}

/**
 * The draft for the stored text, parsed once per distinct text (so the snapshot is stable under
 * `===`). When storage refuses a write, the draft set last is kept here for this page.
 */
let cache: { raw: string | null; draft: LeverDraft | undefined } | undefined;
const listeners = new Set<() => void>();

/** The current draft (for views that only read it, at run time). */
export function storedDraft(): LeverDraft | undefined {
  const raw = rawDraft();
  if (cache && cache.raw === raw) return cache.draft;
  cache = { raw, draft: loadDraft(storage()) ?? presetDraft(DEFAULT_PRESET_ID) };
  return cache.draft;
}

/** Undo/redo of this page's edits (not kept across reloads: the draft itself is). */
let history: DraftHistory = emptyHistory;
let historyState = { canUndo: false, canRedo: false };

function put(draft: LeverDraft, next: DraftHistory): void {
  history = next;
  if (historyState.canUndo !== next.past.length > 0 || historyState.canRedo !== next.future.length > 0) historyState = { canUndo: next.past.length > 0, canRedo: next.future.length > 0 };
  saveDraft(storage(), draft);
  cache = { raw: rawDraft(), draft };
  for (const l of listeners) l();
}

/** Replace the shared draft (one undo step), keep it in localStorage and tell every view. */
export function setStoredDraft(draft: LeverDraft): void {
  const before = storedDraft();
  put(draft, before && before !== draft ? record(history, before, draft, Date.now()) : history);
}

/** Undo the last edit of the draft (any view's); false when there is none. */
export function undoDraft(): boolean {
  const current = storedDraft();
  const step = current && undo(history, current);
  if (!step) return false;
  put(step.draft, step.history);
  return true;
}

/** Redo the last undone edit; false when there is none. */
export function redoDraft(): boolean {
  const current = storedDraft();
  const step = current && redo(history, current);
  if (!step) return false;
  put(step.draft, step.history);
  return true;
}

const historySnapshot = () => historyState;

/** Whether the draft has an edit to undo or redo (stable under `===` between changes). */
export function useDraftHistory(): { canUndo: boolean; canRedo: boolean } {
  return useSyncExternalStore(subscribe, historySnapshot, historySnapshot);
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (e: StorageEvent) => {
    if (e.key === DRAFT_STORAGE_KEY || e.key === null) onChange();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** The shared draft, a setter, and "start again from this preset". */
export function useLeverDraft(): [LeverDraft | undefined, (draft: LeverDraft) => void, (presetId: string) => void] {
  const draft = useSyncExternalStore(subscribe, storedDraft, storedDraft);
  const reset = useCallback((id: string) => {
    const d = presetDraft(id);
    if (d) setStoredDraft(d);
  }, []);
  return [draft, setStoredDraft, reset];
}

/** The engine's refusal of a draft: its one-line message, the field path, and the rule it broke (when the engine named one). */
export interface EngineCheckError {
  message: string;
  path: string;
  rule?: Rule;
}

/**
 * The engine's own checks (cross-field rules too) on a scenario, a moment after each change:
 * `invalid <path>: <rule>, got <value>` and its path, or undefined while it passes; a check that
 * fails (the worker throws) gives its message with an empty path, so the editor shows it and the
 * run stays blocked.
 */
export function useEngineCheck(pool: Pick<SimPool, 'validate'>, scenario: unknown): EngineCheckError | undefined {
  const [error, setError] = useState<EngineCheckError>();
  useEffect(() => {
    if (!scenario) return;
    let current = true;
    const timer = setTimeout(() => {
      pool.validate(scenario).then(
        (v) => current && setError(v.ok ? undefined : { message: v.message, path: v.path, rule: v.rule }),
        // an engine that fails to check the draft (not a ScenarioError) is shown too, never swallowed (issue 12)
        (e: unknown) => current && setError({ message: e instanceof Error ? e.message : String(e), path: '' }),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [scenario, pool]);
  return scenario ? error : undefined;
}
