/**
 * A city's item list (事项) from a CSV file with the item table's columns: id, name, nameZh,
 * class, departments, legalLimitDays, promisedLimitDays, onlineCapable, annualVolume or share,
 * serviceMinutes, effortMinutes, reviewDays. Headers may be the field ids or the registry's
 * Chinese or English names; class may be the id or its Chinese or English term; departments are
 * department ids separated by `;`, `|`, `、` or spaces and must be departments of the draft.
 * Each number is checked against the registry's rule; a bad file is refused with the row, the
 * column and the rule, and the draft is untouched. Pure (the engine's cross-field checks are the
 * caller's, through the worker).
 */
import { ITEM_CLASSES, ITEM_CLASS_TERMS, type ItemClass } from '../../domain/vocabulary';
import { checkNumber, type DraftScenario, type LeverDraft, type RuleBreak } from '../draft/leverDraft';
import { leverRule, specOf } from '../levers/leverRules';
import { eachCsvRecord, parseCsv } from './departmentsCsv';

export type ItemInput = NonNullable<DraftScenario['items']>[number];

export const ITEM_CSV_COLUMNS = ['id', 'name', 'nameZh', 'class', 'departments', 'legalLimitDays', 'promisedLimitDays', 'onlineCapable', 'annualVolume', 'share', 'serviceMinutes', 'effortMinutes', 'reviewDays'] as const;
export type ItemCsvColumn = (typeof ITEM_CSV_COLUMNS)[number];
const NUMBER_COLUMNS = ['legalLimitDays', 'promisedLimitDays', 'annualVolume', 'share', 'serviceMinutes', 'effortMinutes', 'reviewDays'] as const;

export type ItemCsvProblem =
  | { kind: 'empty' }
  | { kind: 'missingColumn'; column: string }
  | { kind: 'value'; row: number; column: ItemCsvColumn; value: string; rule: RuleBreak }
  | { kind: 'class'; row: number; value: string }
  | { kind: 'boolean'; row: number; column: ItemCsvColumn; value: string }
  | { kind: 'missingId'; row: number }
  | { kind: 'duplicateId'; row: number; id: string }
  | { kind: 'noDepartment'; row: number }
  | { kind: 'unknownDepartment'; row: number; id: string }
  | { kind: 'volume'; row: number };

/** Which column a header names: the field id, or the registry's zh or en name (case and spaces ignored). */
export function itemColumnOf(header: string): ItemCsvColumn | undefined {
  const h = header.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const c of ITEM_CSV_COLUMNS) {
    const spec = specOf(`items[].${c}`);
    if (h === c.toLowerCase() || (spec && (h === spec.zh.toLowerCase() || h === spec.en.toLowerCase()))) return c;
  }
  return undefined;
}

function classOf(value: string): ItemClass | undefined {
  const v = value.trim().toLowerCase();
  return ITEM_CLASSES.find((c) => c.toLowerCase() === v || ITEM_CLASS_TERMS[c].zh === value.trim() || ITEM_CLASS_TERMS[c].en.toLowerCase() === v);
}

const TRUE = ['true', 'yes', 'y', '1', '是', '可', '√'];
const FALSE = ['false', 'no', 'n', '0', '否', '不可', ''];

/** The items of a CSV file for a draft with these department ids, or every problem found (rows counted from 1 = the first data row). */
export function itemsFromCsv(text: string, departmentIds: readonly string[]): { ok: true; items: ItemInput[] } | { ok: false; problems: ItemCsvProblem[] } {
  const rows = parseCsv(text);
  if (rows.length < 2) return { ok: false, problems: [{ kind: 'empty' }] };
  const columns = rows[0].map(itemColumnOf);
  const missing: string[] = (['id', 'class', 'departments', 'legalLimitDays'] as const).filter((c) => !columns.includes(c));
  if (!columns.includes('share') && !columns.includes('annualVolume')) missing.push('share / annualVolume');
  if (missing.length) return { ok: false, problems: missing.map((column) => ({ kind: 'missingColumn' as const, column })) };
  const known = new Set(departmentIds);
  const problems: ItemCsvProblem[] = [];
  const items: ItemInput[] = [];
  eachCsvRecord(rows, columns, (p) => problems.push(p), ({ row, id, get }) => {
    const cls = classOf(get('class') ?? '');
    if (!cls) problems.push({ kind: 'class', row, value: get('class') ?? '' });
    const deps = (get('departments') ?? '').split(/[;|、\s]+/).filter(Boolean);
    if (deps.length === 0) problems.push({ kind: 'noDepartment', row });
    for (const d of deps) if (!known.has(d)) problems.push({ kind: 'unknownDepartment', row, id: d });
    const item: Record<string, unknown> = { id, class: cls ?? 'promised', departments: deps };
    const name = get('name');
    const nameZh = get('nameZh');
    if (name) item.name = name;
    if (nameZh) item.nameZh = nameZh;
    const online = get('onlineCapable');
    if (online !== undefined) {
      const v = online.toLowerCase();
      if (TRUE.includes(v)) item.onlineCapable = true;
      else if (FALSE.includes(v)) item.onlineCapable = false;
      else problems.push({ kind: 'boolean', row, column: 'onlineCapable', value: online });
    }
    for (const c of NUMBER_COLUMNS) {
      const v = get(c);
      if (v === undefined || (v === '' && c !== 'legalLimitDays')) continue;
      const checked = checkNumber(v, leverRule(`items[0].${c}`) ?? { min: 0, integer: false });
      if (checked.ok) item[c] = checked.value;
      else problems.push({ kind: 'value', row, column: c, value: v, rule: checked.rule });
    }
    if ((item.share === undefined) === (item.annualVolume === undefined)) problems.push({ kind: 'volume', row });
    items.push(item as ItemInput);
  });
  return problems.length ? { ok: false, problems } : { ok: true, items };
}

/** The draft with its items replaced (typed text of item fields dropped). */
export function applyItems(draft: LeverDraft, items: ItemInput[]): LeverDraft {
  const text = Object.fromEntries(Object.entries(draft.text).filter(([p]) => !p.startsWith('items[')));
  return { ...draft, text, scenario: { ...draft.scenario, items } };
}

/** The draft's items as CSV with the same columns (a template to fill in a spreadsheet; departments joined by `;`). */
export function itemsCsv(items: readonly ItemInput[]): string {
  const q = (v: unknown) => {
    const s = v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [ITEM_CSV_COLUMNS.join(','), ...items.map((it) => ITEM_CSV_COLUMNS.map((c) => q((it as Record<string, unknown>)[c])).join(','))].join('\n') + '\n';
}

/** The data row (from 1) and column an engine path inside `items` names (`items[3].share` → row 4, share). */
export function itemRowOf(path: string): { row: number; column: string } | undefined {
  const m = /^items\[(\d+)\](?:\.(\w+))?/.exec(path);
  return m ? { row: Number(m[1]) + 1, column: m[2] ?? 'id' } : undefined;
}
