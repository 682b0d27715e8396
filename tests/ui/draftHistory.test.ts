import { describe, expect, it } from 'vitest';
import { COALESCE_MS, emptyHistory, record, redo, undo } from '../../src/ui/draft/history';
import { draftFromPreset, editMechanism, editNumber } from '../../src/ui/draft/leverDraft';
import { centrePresets } from '../../src/ui/library/allPresets';

const base = draftFromPreset('dalian-2009', centrePresets.find((p) => p.id === 'dalian-2009')!.json);
const rule = { min: 0, integer: true };

describe('undo/redo of the draft', () => {
  it('undo steps back through edits and redo forward; a new edit clears redo', () => {
    const a = editMechanism(base, 'parallelApproval', false);
    const b = editMechanism(a, 'deemedApproval', false);
    let h = record(emptyHistory, base, a, 0);
    h = record(h, a, b, 10_000);
    const u1 = undo(h, b)!;
    expect(u1.draft).toBe(a);
    const u2 = undo(u1.history, u1.draft)!;
    expect(u2.draft).toBe(base);
    expect(undo(u2.history, u2.draft)).toBeUndefined();
    const r1 = redo(u2.history, u2.draft)!;
    expect(r1.draft).toBe(a);
    const c = editMechanism(a, 'greenChannel', true);
    const h2 = record(r1.history, a, c, 20_000);
    expect(redo(h2, c)).toBeUndefined();
    expect(undo(h2, c)!.draft).toBe(a);
  });

  it('typing "12" into one field is one step; a pause or another field starts a new one', () => {
    const t1 = editNumber(base, 'departments[0].windows', '1', rule);
    const t2 = editNumber(t1, 'departments[0].windows', '12', rule);
    let h = record(emptyHistory, base, t1, 0);
    h = record(h, t1, t2, 200);
    expect(h.past).toHaveLength(1);
    expect(undo(h, t2)!.draft).toBe(base);
    const t3 = editNumber(t2, 'departments[0].windows', '123', rule);
    expect(record(h, t2, t3, 200 + COALESCE_MS + 1).past).toHaveLength(2);
    const other = editNumber(t2, 'departments[1].windows', '5', rule);
    expect(record(h, t2, other, 300).past).toHaveLength(2);
  });
});
