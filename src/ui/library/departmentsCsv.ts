/**
 * A city's department list from a CSV file with the department table's columns (a reform office
 * keeps it in a spreadsheet): id, nameZh, nameEn, stationing, windows, staff, authorisationShare.
 * Headers may be the field ids or the registry's Chinese or English names; stationing may be the
 * id or its Chinese or English term. Each value is checked against the registry's rule; a bad
 * file is refused with the row, the column and the rule, and the draft is untouched. Pure.
 */
import { STATIONINGS, STATIONING_TERMS, type Stationing } from '../../domain/vocabulary';
import { checkNumber, type DepartmentInput, type LeverDraft, type RuleBreak } from '../draft/leverDraft';
import { leverRule, specOf } from '../levers/leverRules';

export const CSV_COLUMNS = ['id', 'nameZh', 'nameEn', 'stationing', 'windows', 'staff', 'authorisationShare'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export type CsvProblem =
  | { kind: 'empty' }
  | { kind: 'missingColumn'; column: CsvColumn }
  | { kind: 'value'; row: number; column: CsvColumn; value: string; rule: RuleBreak }
  | { kind: 'stationing'; row: number; value: string }
  | { kind: 'missingId'; row: number }
  | { kind: 'duplicateId'; row: number; id: string }
  | { kind: 'itemOrphaned'; item: string; department: string };

/** Split CSV text into rows of cells: RFC 4180 quotes; the separator is the header line's (comma, tab or semicolon). */
export function parseCsv(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes('\t') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (quoted) {
      if (c === '"' && clean[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && clean[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Which column a header names: the field id, or the registry's zh or en name (case and spaces ignored). */
export function columnOf(header: string): CsvColumn | undefined {
  const h = header.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const c of CSV_COLUMNS) {
    const spec = specOf(`departments[].${c}`);
    if (h === c.toLowerCase() || (spec && (h === spec.zh.toLowerCase() || h === spec.en.toLowerCase()))) return c;
  }
  return undefined;
}

function stationingOf(value: string): Stationing | undefined {
  const v = value.trim().toLowerCase();
  return STATIONINGS.find((s) => s === v || STATIONING_TERMS[s].zh.toLowerCase() === v || STATIONING_TERMS[s].en.toLowerCase() === v);
}

/** A row's problem with its id, the same in every table a CSV fills. */
export type CsvIdProblem = { kind: 'missingId'; row: number } | { kind: 'duplicateId'; row: number; id: string };

/**
 * Visits each data row of a parsed CSV (rows counted from 1 = the first data row) with its cells
 * read by column (`columns[i]` is the column of header cell i) and its id checked: a missing or
 * repeated id is reported to `problem`. Pure but for the callbacks.
 */
export function eachCsvRecord<C extends string>(
  rows: readonly string[][],
  columns: readonly (C | undefined)[],
  problem: (p: CsvIdProblem) => void,
  visit: (record: { row: number; id: string; get: (c: C) => string | undefined }) => void,
): void {
  const seen = new Set<string>();
  rows.slice(1).forEach((cells, r) => {
    const row = r + 1;
    const get = (c: C) => {
      const i = columns.indexOf(c);
      return i < 0 ? undefined : (cells[i] ?? '').trim();
    };
    const id = get('id' as C) ?? '';
    if (!id) problem({ kind: 'missingId', row });
    else if (seen.has(id)) problem({ kind: 'duplicateId', row, id });
    seen.add(id);
    visit({ row, id, get });
  });
}

/** The departments of a CSV file, or every problem found (rows counted from 1 = the first data row). */
export function departmentsFromCsv(text: string): { ok: true; departments: DepartmentInput[] } | { ok: false; problems: CsvProblem[] } {
  const rows = parseCsv(text);
  if (rows.length < 2) return { ok: false, problems: [{ kind: 'empty' }] };
  const columns = rows[0].map(columnOf);
  const missing = (['id', 'stationing', 'windows', 'staff'] as const).filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, problems: missing.map((column) => ({ kind: 'missingColumn' as const, column })) };
  const problems: CsvProblem[] = [];
  const departments: DepartmentInput[] = [];
  eachCsvRecord(rows, columns, (p) => problems.push(p), ({ row, id, get }) => {
    const dep: DepartmentInput = { id };
    const nameZh = get('nameZh');
    const nameEn = get('nameEn');
    if (nameZh) dep.nameZh = nameZh;
    if (nameEn) dep.nameEn = nameEn;
    const st = get('stationing') ?? '';
    const stationing = stationingOf(st);
    if (!stationing) problems.push({ kind: 'stationing', row, value: st });
    else dep.stationing = stationing;
    for (const c of ['windows', 'staff', 'authorisationShare'] as const) {
      const v = get(c);
      if (v === undefined || (v === '' && c === 'authorisationShare')) continue;
      const checked = checkNumber(v, leverRule(`departments[0].${c}`) ?? { integer: false });
      if (checked.ok) dep[c] = checked.value;
      else problems.push({ kind: 'value', row, column: c, value: v, rule: checked.rule });
    }
    departments.push(dep);
  });
  return problems.length ? { ok: false, problems } : { ok: true, departments };
}

/**
 * The draft with its departments replaced by the CSV's. Refused when an item of the scenario
 * names a department the file no longer has (the items would have nobody to decide them).
 */
export function applyDepartments(draft: LeverDraft, departments: DepartmentInput[]): { ok: true; draft: LeverDraft } | { ok: false; problems: CsvProblem[] } {
  const ids = new Set(departments.map((d) => d.id));
  const problems: CsvProblem[] = [];
  for (const it of draft.scenario.items ?? []) for (const d of it.departments) if (!ids.has(d)) problems.push({ kind: 'itemOrphaned', item: String(it.nameZh || it.name || it.id), department: d });
  if (problems.length) return { ok: false, problems };
  const text = Object.fromEntries(Object.entries(draft.text).filter(([p]) => !p.startsWith('departments[')));
  return { ok: true, draft: { ...draft, text, scenario: { ...draft.scenario, departments } } };
}

/** The draft's departments as CSV with the same columns (a template to fill in a spreadsheet). */
export function departmentsCsv(departments: readonly DepartmentInput[]): string {
  const q = (v: unknown) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [CSV_COLUMNS.join(','), ...departments.map((d) => CSV_COLUMNS.map((c) => q(d[c])).join(','))].join('\n') + '\n';
}
