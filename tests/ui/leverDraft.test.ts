import { describe, expect, it } from 'vitest';
import {
  allItemsOnline, changedPaths, checkNumber, draftFromFileText, draftFromPreset, draftIssues, editAllDepartments, editNumber, editValue,
  fieldText, getPath, issueMessage, loadDraft, registryPath, saveDraft, setAllItemsOnline, setPath, DRAFT_STORAGE_KEY,
} from '../../src/ui/draft/leverDraft';

const preset = {
  type: 'onewindow/centre', version: 1, name: 'Test',
  departments: [{ id: 'aic', windows: 9, staff: 60, stationing: 'whole-unit', authorisationShare: 1 }, { id: 'tax', windows: 3, staff: 30, stationing: 'reception', authorisationShare: 0.5 }],
  items: [{ id: 'x', departments: ['aic'], share: 1, onlineCapable: false }],
  mechanisms: { firstInquiry: { on: true } },
};
const windowsRule = { min: 0, integer: true };

describe('paths', () => {
  it('reads and writes nested paths without touching the original', () => {
    expect(getPath(preset, 'departments[1].windows')).toBe(3);
    expect(getPath(preset, 'mechanisms.parallelApproval.on')).toBeUndefined();
    const next = setPath(preset, 'mechanisms.parallelApproval.on', true);
    expect(getPath(next, 'mechanisms.parallelApproval.on')).toBe(true);
    expect(getPath(next, 'mechanisms.firstInquiry.on')).toBe(true);
    expect(getPath(preset, 'mechanisms.parallelApproval')).toBeUndefined();
    expect(Array.isArray(getPath(setPath(preset, 'departments[0].windows', 4), 'departments'))).toBe(true);
    expect(registryPath('departments[12].windows')).toBe('departments[].windows');
  });
});

describe('rules', () => {
  it('names the broken rule in the engine’s message shape', () => {
    expect(checkNumber('-2', windowsRule)).toEqual({ ok: false, rule: { kind: 'integerMin', min: 0 } });
    expect(checkNumber('2.5', windowsRule)).toEqual({ ok: false, rule: { kind: 'integerMin', min: 0 } });
    expect(checkNumber('1.5', { min: 0, max: 1, integer: false })).toEqual({ ok: false, rule: { kind: 'range', min: 0, max: 1 } });
    expect(checkNumber('abc', { min: 0, integer: false })).toEqual({ ok: false, rule: { kind: 'number' } });
    expect(checkNumber(' 0.75 ', { min: 0, max: 1, integer: false })).toEqual({ ok: true, value: 0.75 });
    expect(issueMessage({ path: 'departments[3].windows', value: '-2', rule: { kind: 'integerMin', min: 0 } })).toBe('invalid departments[3].windows: must be an integer ≥ 0, got -2');
  });
});

describe('the draft keeps every edit and the last valid scenario', () => {
  it('a valid number changes the scenario; a bad one stays as typed and the scenario keeps its last valid value', () => {
    let d = draftFromPreset('p', preset);
    d = editNumber(d, 'departments[0].windows', '12', windowsRule);
    expect(getPath(d.scenario, 'departments[0].windows')).toBe(12);
    d = editNumber(d, 'departments[0].windows', '-2', windowsRule);
    expect(fieldText(d, 'departments[0].windows')).toBe('-2');
    expect(getPath(d.scenario, 'departments[0].windows')).toBe(12);
    expect(draftIssues(d, () => windowsRule)).toEqual([{ path: 'departments[0].windows', value: '-2', rule: { kind: 'integerMin', min: 0 } }]);
    expect(getPath(preset, 'departments[0].windows')).toBe(9); // the preset itself is untouched
  });

  it('switches, choices, all departments at once, all items online; what changed', () => {
    let d = draftFromPreset('p', preset);
    d = editValue(d, 'mechanisms.parallelApproval.on', true);
    d = editNumber(d, 'departments[1].stationing', 'x', windowsRule); // a stale text entry for a field set in bulk is dropped
    d = editAllDepartments(d, 'stationing', 'authorised');
    expect(d.text).toEqual({});
    expect(getPath(d.scenario, 'departments[1].stationing')).toBe('authorised');
    expect(allItemsOnline(d.scenario)).toBe(false);
    d = setAllItemsOnline(d, true);
    expect(allItemsOnline(d.scenario)).toBe(true);
    expect(changedPaths(preset, d.scenario).sort()).toEqual(['departments[0].stationing', 'departments[1].stationing', 'items[0].onlineCapable', 'mechanisms.parallelApproval']);
    expect(fieldText(d, 'demand.onlineAdoption', 0.2)).toBe('0.2');
  });
});

describe('import and storage', () => {
  it('imports a centre scenario file; refuses bad JSON and other kinds with a message', () => {
    const ok = draftFromFileText(JSON.stringify(preset), 'file');
    expect(ok.ok && ok.draft.scenario.name).toBe('Test');
    const bad = draftFromFileText('{"type":');
    expect(bad.ok).toBe(false);
    const net = draftFromFileText('{"type":"onewindow/network"}');
    expect(net).toEqual({ ok: false, message: 'invalid type: must be "onewindow/centre", got "onewindow/network"' });
  });

  it('keeps the draft (with its invalid text) in storage and reads it back; ignores junk', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    const d = editNumber(draftFromPreset('p', preset), 'departments[0].windows', '-2', windowsRule);
    saveDraft(storage, d);
    expect(loadDraft(storage)).toEqual(d);
    store.set(DRAFT_STORAGE_KEY, '{not json');
    expect(loadDraft(storage)).toBeUndefined();
    saveDraft(storage, undefined);
    expect(store.has(DRAFT_STORAGE_KEY)).toBe(false);
    expect(loadDraft(undefined)).toBeUndefined();
  });
});

describe('draft name', () => {
  it('says which mechanisms went on or off, which functions changed, and counts the rest', async () => {
    const { draftName } = await import('../../src/ui/draft/draftName');
    const labels = { field: (p: string) => ({ 'mechanisms.parallelApproval.on': '并联审批', 'mechanisms.acceptWithGaps.on': '容缺受理', 'functions.complaints': '行政投诉' })[p] ?? p, state: (s: string) => (s === 'integrated' ? '整合' : s) };
    let d = draftFromPreset('p', preset);
    d = editValue(d, 'mechanisms.parallelApproval.on', true);
    d = editValue(d, 'mechanisms.firstInquiry.on', false);
    d = editValue(d, 'functions.complaints', 'integrated');
    d = editNumber(d, 'departments[0].windows', '12', windowsRule);
    const changed = changedPaths(preset, d.scenario);
    expect(draftName('Test', changed, d.scenario, labels)).toBe('Test −mechanisms.firstInquiry.on +并联审批 行政投诉→整合 (+1)');
    expect(draftName('Test', [], preset, labels)).toBe('Test');
  });
});

describe('what-ifs', () => {
  it('each starts from its preset and changes only its reform', async () => {
    const { whatIfs, whatIfDraft } = await import('../../src/ui/views/compare/whatIfs');
    const base = { ...preset, departments: [...preset.departments, { id: 'far', windows: 1, staff: 2, stationing: 'absent', authorisationShare: 0.3 }] };
    const byId = Object.fromEntries(whatIfs.map((w) => [w.id, whatIfDraft(w, base)]));
    expect(changedPaths(base, byId.parallel2002.scenario)).toEqual(['mechanisms.parallelApproval']);
    expect(changedPaths(base, byId.noDeemed2009.scenario)).toEqual(['mechanisms.deemedApproval']);
    expect(getPath(byId.wholeUnit2002.scenario, 'departments[1].stationing')).toBe('whole-unit');
    expect(getPath(byId.wholeUnit2002.scenario, 'departments[2].stationing')).toBe('absent');
    expect(getPath(byId.authorised2002.scenario, 'departments[2].authorisationShare')).toBe(1);
    expect(allItemsOnline(byId.online2009.scenario)).toBe(true);
    expect(getPath(byId.online2009.scenario, 'demand.onlineAdoption')).toBe(0.5);
    expect(byId.parallel2002.baseId).toBe('dalian-2002');
  });
});
