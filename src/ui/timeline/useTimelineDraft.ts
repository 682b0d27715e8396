/**
 * The Evolution view's edited timeline: a copy of a timeline preset whose events the planner
 * changes. Every change is checked by the engine in the worker (`pool.validate`, which applies the
 * timeline's sequence rules) before it becomes the draft; a refused change leaves the draft as it
 * was and says why. Undo/redo use the lever draft's history (draft/history.ts). The draft is kept
 * in localStorage, so a reload brings it back.
 */
import { useCallback, useRef, useState } from 'react';
import type { SimPool } from '../../client/simPool';
import type { Rule } from '../../engine/scenario/rules';
import type { CentrePreset } from '../library/presets';
import { emptyHistory, record, redo, undo, type DraftHistory } from '../draft/history';
import type { LeverDraft } from '../draft/leverDraft';
import type { TimelineScenario } from './timelineEdit';

export const TIMELINE_DRAFT_KEY = 'onewindow.timelineDraft';

/** The draft for a preset: the stored one when it edits that preset, else a fresh copy. */
export function timelineDraftFor(preset: CentrePreset, stored: string | null | undefined): LeverDraft {
  try {
    const d = stored ? (JSON.parse(stored) as Partial<LeverDraft>) : undefined;
    if (d && d.baseId === preset.id && d.scenario && typeof d.scenario === 'object' && Array.isArray((d.scenario as TimelineScenario).timeline)) return { baseId: preset.id, scenario: d.scenario, text: {} };
  } catch {
    // unreadable: start again from the preset
  }
  return { baseId: preset.id, scenario: structuredClone(preset.json) as LeverDraft['scenario'], text: {} };
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(TIMELINE_DRAFT_KEY) ?? null;
  } catch {
    return null;
  }
}
function store(draft: LeverDraft): void {
  try {
    globalThis.localStorage?.setItem(TIMELINE_DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // not kept; the editor still works for this page
  }
}

export type TimelineStatus = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; message: string } | { kind: 'refused'; message: string; rule?: Rule; events: TimelineScenario['timeline'] };

export interface TimelineDraftApi {
  scenario: TimelineScenario;
  /** whether the draft differs from the preset */
  edited: boolean;
  status: TimelineStatus;
  /** bumped on every outcome, so inputs show the draft again after a refusal */
  version: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Check `next` in the engine; take it (with `done` as the status) or refuse it with the engine's message. */
  propose(next: TimelineScenario, done: string): void;
  /** A message of the editor's own (a field it could not read), the draft unchanged. */
  refuse(message: string): void;
  undo(): void;
  redo(): void;
  reset(): void;
}

export function useTimelineDraft(pool: Pick<SimPool, 'validate'>, preset: CentrePreset | undefined): TimelineDraftApi | undefined {
  const [state, setState] = useState<{ draft: LeverDraft; history: DraftHistory } | undefined>(() => (preset ? { draft: timelineDraftFor(preset, readStored()), history: emptyHistory } : undefined));
  const [status, setStatus] = useState<TimelineStatus>({ kind: 'idle' });
  const [version, setVersion] = useState(0);
  const ticket = useRef(0);

  // another preset picked: its stored draft or a fresh copy, with a new history (set while rendering, React's pattern for state that follows a prop)
  if (preset && state?.draft.baseId !== preset.id) {
    setState({ draft: timelineDraftFor(preset, readStored()), history: emptyHistory });
    setStatus({ kind: 'idle' });
  }

  const commit = useCallback((draft: LeverDraft, history: DraftHistory) => {
    store(draft);
    setState({ draft, history });
    setVersion((v) => v + 1);
  }, []);

  const propose = useCallback(
    (next: TimelineScenario, done: string) => {
      if (!state) return;
      const mine = ++ticket.current;
      const before = state.draft;
      setStatus({ kind: 'checking' });
      pool.validate(next).then(
        (v) => {
          if (mine !== ticket.current) return;
          if (v.ok) {
            const after: LeverDraft = { ...before, scenario: next as LeverDraft['scenario'] };
            commit(after, record(state.history, before, after, Date.now()));
            setStatus({ kind: 'done', message: done });
          } else {
            setStatus({ kind: 'refused', message: v.message, rule: v.rule, events: next.timeline });
            setVersion((x) => x + 1);
          }
        },
        (error: unknown) => {
          if (mine !== ticket.current) return;
          setStatus({ kind: 'refused', message: error instanceof Error ? error.message : String(error), events: next.timeline });
          setVersion((x) => x + 1);
        },
      );
    },
    [pool, state, commit],
  );

  if (!state || !preset) return undefined;
  const step = (f: typeof undo) => () => {
    const r = f(state.history, state.draft);
    if (r) {
      ticket.current++;
      commit(r.draft, r.history);
      setStatus({ kind: 'idle' });
    }
  };
  return {
    scenario: state.draft.scenario as TimelineScenario,
    edited: JSON.stringify(state.draft.scenario) !== JSON.stringify(preset.json),
    status,
    version,
    canUndo: state.history.past.length > 0,
    canRedo: state.history.future.length > 0,
    propose,
    refuse: (message) => {
      ticket.current++;
      setStatus({ kind: 'refused', message, events: undefined });
      setVersion((x) => x + 1);
    },
    undo: step(undo),
    redo: step(redo),
    reset: () => {
      const fresh = timelineDraftFor(preset, null);
      ticket.current++;
      commit(fresh, record(state.history, state.draft, fresh, Date.now()));
      setStatus({ kind: 'idle' });
    },
  };
}
