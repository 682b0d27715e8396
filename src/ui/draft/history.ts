/**
 * Undo and redo over the edited draft: a bounded list of earlier drafts and of undone ones.
 * Typing into one field is one step, not one per keystroke: edits of the same number field within
 * `COALESCE_MS` of each other replace the last step. Pure: the caller passes the time.
 */
import type { LeverDraft } from './leverDraft';

export interface DraftHistory {
  past: readonly LeverDraft[];
  future: readonly LeverDraft[];
  /** the field the last step typed into, and when (for coalescing keystrokes) */
  last?: { key: string; at: number };
}

export const HISTORY_LIMIT = 100;
export const COALESCE_MS = 1500;

export const emptyHistory: DraftHistory = { past: [], future: [] };

/** The one number field whose typed text differs between two drafts, if exactly one does. */
export function typedField(before: LeverDraft, after: LeverDraft): string | undefined {
  const keys = new Set([...Object.keys(before.text), ...Object.keys(after.text)]);
  const changed = [...keys].filter((k) => before.text[k] !== after.text[k]);
  return changed.length === 1 ? changed[0] : undefined;
}

/** Record that `before` became `after` at time `now`: a new undo step (or the same one, while typing into one field); redo is cleared. */
export function record(h: DraftHistory, before: LeverDraft, after: LeverDraft, now: number): DraftHistory {
  const key = typedField(before, after);
  if (key && h.last && h.last.key === key && now - h.last.at <= COALESCE_MS && h.past.length > 0) {
    return { past: h.past, future: [], last: { key, at: now } };
  }
  const past = [...h.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], last: key ? { key, at: now } : undefined };
}

/** Step back: the draft to show and the new history; undefined when there is nothing to undo. */
export function undo(h: DraftHistory, current: LeverDraft): { draft: LeverDraft; history: DraftHistory } | undefined {
  const previous = h.past.at(-1);
  if (!previous) return undefined;
  return { draft: previous, history: { past: h.past.slice(0, -1), future: [current, ...h.future] } };
}

/** Step forward again after an undo; undefined when there is nothing to redo. */
export function redo(h: DraftHistory, current: LeverDraft): { draft: LeverDraft; history: DraftHistory } | undefined {
  const next = h.future[0];
  if (!next) return undefined;
  return { draft: next, history: { past: [...h.past, current], future: h.future.slice(1) } };
}
