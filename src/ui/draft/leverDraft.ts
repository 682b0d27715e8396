/**
 * The lever editor's draft: a centre scenario being edited from a preset, the text the user typed
 * in each number field, and the rules those fields follow (bounds from the parameter registry).
 * A typed value that breaks a rule stays in the draft's text (the edit is never lost) while the
 * scenario keeps its last valid value, so "the last valid scenario" is always runnable. Pure,
 * apart from the localStorage helpers at the end, which take the storage as an argument.
 */

import type { CentreScenarioInput } from '../../engine/scenario/centreSchema';
import type { FunctionId, FunctionLevel, Mechanism } from '../../domain/vocabulary';

/** A scenario as JSON (an object). */
export type ScenarioJson = Record<string, unknown>;

/**
 * The edited scenario: the centre schema's input type (what a user may write, defaults optional),
 * plus the annotations preset files carry (`_sources`, `description`, …), which the engine ignores.
 */
export type DraftScenario = CentreScenarioInput & ScenarioJson;
export type DepartmentInput = CentreScenarioInput['departments'][number];

export const WINDOW_ORGANISATIONS = ['department', 'comprehensive'] as const;
export type WindowOrganisation = (typeof WINDOW_ORGANISATIONS)[number];

export interface LeverDraft {
  /** the preset the draft started from */
  baseId: string;
  /** the last valid scenario */
  scenario: DraftScenario;
  /** text typed into number fields, by concrete path (e.g. `departments[3].windows`) */
  text: Record<string, string>;
}

/** A number field's rule: bounds from the registry, integer where the schema wants one. */
export interface NumberRule {
  min?: number;
  max?: number;
  integer: boolean;
}

/** Why a typed value was refused; `kind` selects the message, the numbers fill it in. */
export type RuleBreak =
  | { kind: 'number' }
  | { kind: 'integerMin'; min: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number };

export interface FieldIssue {
  /** concrete path, e.g. `departments[3].windows` */
  path: string;
  /** what the user typed */
  value: string;
  rule: RuleBreak;
}

/** The registry path of a concrete path: `departments[3].windows` → `departments[].windows`. */
export function registryPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

function tokens(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad path ${path}`);
    out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The value at a path (`mechanisms.firstInquiry.on`, `departments[2].windows`); undefined when absent. */
export function getPath(json: unknown, path: string): unknown {
  let node: unknown = json;
  for (const key of tokens(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `json` with `value` at `path`; objects on the way are created, nothing else is touched. */
export function setPath<T>(json: T, path: string, value: unknown): T {
  const keys = tokens(path);
  const put = (node: unknown, i: number): unknown => {
    const key = keys[i];
    const base: Record<string | number, unknown> | unknown[] = Array.isArray(node) ? [...node] : node && typeof node === 'object' ? { ...(node as object) } : typeof key === 'number' ? [] : {};
    const rec = base as Record<string | number, unknown>;
    rec[key] = i === keys.length - 1 ? value : put(rec[key], i + 1);
    return base;
  };
  return put(json, 0) as T;
}

/** Check typed text against a rule: the number, or the rule it breaks. */
export function checkNumber(text: string, rule: NumberRule): { ok: true; value: number } | { ok: false; rule: RuleBreak } {
  const t = text.trim().replace(/，/g, ',');
  const value = t === '' ? NaN : Number(t);
  const bounds = (): RuleBreak => {
    if (rule.integer) return { kind: 'integerMin', min: rule.min ?? 0 };
    if (rule.min !== undefined && rule.max !== undefined) return { kind: 'range', min: rule.min, max: rule.max };
    if (rule.min !== undefined) return { kind: 'min', min: rule.min };
    return { kind: 'max', max: rule.max ?? 0 };
  };
  if (!Number.isFinite(value)) return { ok: false, rule: rule.integer ? bounds() : { kind: 'number' } };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, rule: bounds() };
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) return { ok: false, rule: bounds() };
  return { ok: true, value };
}

/** The engine's message shape for a broken rule: `invalid <path>: <rule>, got <value>` (English, for exports and logs). */
export function issueMessage(issue: FieldIssue): string {
  const r = issue.rule;
  const rule =
    r.kind === 'number'
      ? 'must be a number'
      : r.kind === 'integerMin'
        ? `must be an integer ≥ ${r.min}`
        : r.kind === 'range'
          ? `must be between ${r.min} and ${r.max}`
          : r.kind === 'min'
            ? `must be ≥ ${r.min}`
            : `must be ≤ ${r.max}`;
  return `invalid ${issue.path}: ${rule}, got ${issue.value}`;
}

/** A new draft from a preset's scenario JSON. */
export function draftFromPreset(baseId: string, json: unknown): LeverDraft {
  return { baseId, scenario: structuredClone(json) as DraftScenario, text: {} };
}

/** Type into a number field: the text is kept; the scenario changes only when the text is valid. */
export function editNumber(draft: LeverDraft, path: string, text: string, rule: NumberRule): LeverDraft {
  const checked = checkNumber(text, rule);
  return {
    ...draft,
    text: { ...draft.text, [path]: text },
    scenario: checked.ok ? setPath(draft.scenario, path, checked.value) : draft.scenario,
  };
}

/** Set a choice or a switch (always valid: the editor only offers allowed values). */
export function editValue(draft: LeverDraft, path: string, value: unknown): LeverDraft {
  return { ...draft, scenario: setPath(draft.scenario, path, value) };
}

/** Change top-level fields of the scenario (centre type, window organisation, …). */
export function editScenario(draft: LeverDraft, patch: Partial<CentreScenarioInput>): LeverDraft {
  return { ...draft, scenario: { ...draft.scenario, ...patch } };
}

/** Change fields of department `index` (stationing, name, …); typed text of those fields is dropped. */
export function editDepartment(draft: LeverDraft, index: number, patch: Partial<DepartmentInput>): LeverDraft {
  const departments = draft.scenario.departments.map((d, i) => (i === index ? { ...d, ...patch } : d));
  const text = Object.fromEntries(Object.entries(draft.text).filter(([p]) => !Object.keys(patch).some((f) => p === `departments[${index}].${f}`)));
  return { ...draft, text, scenario: { ...draft.scenario, departments } };
}

/** Switch a mechanism on or off (its parameters stay as they are). */
export function editMechanism(draft: LeverDraft, mechanism: Mechanism, on: boolean): LeverDraft {
  const mechanisms = { ...(draft.scenario.mechanisms ?? {}) } as Record<string, Record<string, unknown> | undefined>;
  mechanisms[mechanism] = { ...(mechanisms[mechanism] ?? {}), on };
  return { ...draft, scenario: { ...draft.scenario, mechanisms: mechanisms as DraftScenario['mechanisms'] } };
}

/** Set how far one of the five functions is integrated. */
export function editFunction(draft: LeverDraft, fn: FunctionId, level: FunctionLevel): LeverDraft {
  return { ...draft, scenario: { ...draft.scenario, functions: { ...(draft.scenario.functions ?? {}), [fn]: level } } };
}

/** The departments of a scenario (empty when it has none). */
export function departmentsOf(json: unknown): ScenarioJson[] {
  const d = getPath(json, 'departments');
  return Array.isArray(d) ? (d as ScenarioJson[]) : [];
}

/** Set one field of every department (e.g. stationing for all); typed text for that field is dropped. */
export function editAllDepartments<K extends 'stationing' | 'authorisationShare' | 'windows' | 'staff'>(draft: LeverDraft, field: K, value: DepartmentInput[K]): LeverDraft {
  const departments = draft.scenario.departments.map((d) => ({ ...d, [field]: value }));
  const text = Object.fromEntries(Object.entries(draft.text).filter(([p]) => !new RegExp(`^departments\\[\\d+\\]\\.${field}$`).test(p)));
  return { ...draft, text, scenario: { ...draft.scenario, departments } };
}

/** Mark every item 网上可办 (online-capable) or none. */
export function setAllItemsOnline(draft: LeverDraft, on: boolean): LeverDraft {
  if (!Array.isArray(draft.scenario.items)) return draft;
  return { ...draft, scenario: { ...draft.scenario, items: draft.scenario.items.map((it) => ({ ...it, onlineCapable: on })) } };
}

/** Whether every item is online-capable. */
export function allItemsOnline(json: unknown): boolean {
  const items = getPath(json, 'items');
  return Array.isArray(items) && items.length > 0 && items.every((it) => (it as ScenarioJson).onlineCapable === true);
}

/** Every typed value that breaks its rule, in path order. `ruleOf` gives each path's rule. */
export function draftIssues(draft: LeverDraft, ruleOf: (path: string) => NumberRule | undefined): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const [path, value] of Object.entries(draft.text)) {
    const rule = ruleOf(path);
    if (!rule) continue;
    const checked = checkNumber(value, rule);
    if (!checked.ok) out.push({ path, value, rule: checked.rule });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** What a number field shows: the typed text if any, else the scenario's value, else the default. */
export function fieldText(draft: LeverDraft, path: string, fallback?: number): string {
  if (path in draft.text) return draft.text[path];
  const v = getPath(draft.scenario, path);
  return typeof v === 'number' ? String(v) : fallback !== undefined ? String(fallback) : '';
}

/** Paths whose scenario value differs from the base preset's (for "what you changed"). */
export function changedPaths(base: unknown, scenario: unknown, prefix = ''): string[] {
  if (base === scenario) return [];
  const bothObjects = base && scenario && typeof base === 'object' && typeof scenario === 'object';
  if (!bothObjects) return JSON.stringify(base) === JSON.stringify(scenario) ? [] : [prefix || '(root)'];
  if (Array.isArray(base) !== Array.isArray(scenario)) return [prefix || '(root)'];
  const keys = new Set([...Object.keys(base as object), ...Object.keys(scenario as object)]);
  const out: string[] = [];
  for (const k of keys) {
    const sub = Array.isArray(scenario) ? `${prefix}[${k}]` : prefix ? `${prefix}.${k}` : k;
    out.push(...changedPaths((base as Record<string, unknown>)[k], (scenario as Record<string, unknown>)[k], sub));
  }
  return out;
}

// ---- import / export / storage ----

/** The envelope of an exported draft file: the scenario itself, runnable by `onewindow run`. */
export function draftFileText(draft: LeverDraft): string {
  return JSON.stringify(draft.scenario, null, 2) + '\n';
}

/** Read an imported file: a centre scenario JSON. Returns the draft or an error message (JSON syntax, wrong kind). */
export function draftFromFileText(text: string, baseId = 'file'): { ok: true; draft: LeverDraft } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, message: 'invalid (root): must be a JSON object' };
  const type = (json as ScenarioJson).type;
  if (type !== 'onewindow/centre') return { ok: false, message: `invalid type: must be "onewindow/centre", got ${JSON.stringify(type)}` };
  return { ok: true, draft: { baseId, scenario: json as DraftScenario, text: {} } };
}

/** localStorage key of the lever editor's draft. */
export const DRAFT_STORAGE_KEY = 'onewindow.leverDraft';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored draft, if there is a readable one. */
export function loadDraft(storage: Storage | undefined): LeverDraft | undefined {
  try {
    const raw = storage?.getItem(DRAFT_STORAGE_KEY);
    if (!raw) return undefined;
    const d = JSON.parse(raw) as Partial<LeverDraft>;
    if (typeof d.baseId !== 'string' || !d.scenario || typeof d.scenario !== 'object' || (d.scenario as ScenarioJson).type !== 'onewindow/centre') return undefined;
    const text = d.text && typeof d.text === 'object' ? Object.fromEntries(Object.entries(d.text).filter(([, v]) => typeof v === 'string')) : {};
    return { baseId: d.baseId, scenario: d.scenario as DraftScenario, text: text as Record<string, string> };
  } catch {
    return undefined;
  }
}

/** Keep the draft (storage full or disabled: silently not kept). */
export function saveDraft(storage: Storage | undefined, draft: LeverDraft | undefined): void {
  try {
    if (!draft) storage?.removeItem(DRAFT_STORAGE_KEY);
    else storage?.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // not kept, but the editor still works for this page
  }
}
