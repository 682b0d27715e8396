import { describe, expect, it } from 'vitest';
import { applyDepartments, departmentsCsv, departmentsFromCsv, parseCsv } from '../../../src/ui/library/departmentsCsv';
import { draftFromPreset } from '../../../src/ui/draft/leverDraft';
import { centrePresets } from '../../../src/ui/library/allPresets';

const draft = () => draftFromPreset('dalian-2009', centrePresets.find((p) => p.id === 'dalian-2009')!.json);

describe('department list from CSV (the table’s columns)', () => {
  it('parses quotes, CRLF, a BOM and tabs', () => {
    expect(parseCsv('\uFEFFa,"b, c",d\r\n1,"say ""hi""",3\r\n')).toEqual([['a', 'b, c', 'd'], ['1', 'say "hi"', '3']]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('round-trips the draft’s own departments (export → import), with Chinese headers and terms accepted', () => {
    const d = draft();
    const back = departmentsFromCsv(departmentsCsv(d.scenario.departments));
    expect(back).toEqual({ ok: true, departments: d.scenario.departments.map(({ _note, ...dep }) => (void _note, dep)) });
    const zh = departmentsFromCsv('部门标识,部门名称,进驻方式,窗口数,人员,授权到位率\ngs,工商局,成建制进驻,4,20,0.8\n');
    expect(zh).toEqual({ ok: true, departments: [{ id: 'gs', nameZh: '工商局', stationing: 'whole-unit', windows: 4, staff: 20, authorisationShare: 0.8 }] });
  });

  it('a bad file names the row, the column and the rule, and every problem at once', () => {
    const r = departmentsFromCsv('id,stationing,windows,staff\na,reception,-2,5\na,teleport,1,x\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { kind: 'value', row: 1, column: 'windows', value: '-2', rule: { kind: 'integerMin', min: 0 } },
      { kind: 'duplicateId', row: 2, id: 'a' },
      { kind: 'stationing', row: 2, value: 'teleport' },
      { kind: 'value', row: 2, column: 'staff', value: 'x', rule: { kind: 'integerMin', min: 0 } },
    ]);
    expect(departmentsFromCsv('id,windows\na,1')).toEqual({ ok: false, problems: [{ kind: 'missingColumn', column: 'stationing' }, { kind: 'missingColumn', column: 'staff' }] });
    expect(departmentsFromCsv('')).toEqual({ ok: false, problems: [{ kind: 'empty' }] });
  });

  it('applying a list refuses one that drops a department an item needs, and leaves the draft as it was', () => {
    const d = draft();
    const one = departmentsFromCsv('id,stationing,windows,staff\ngs,reception,1,2\n');
    if (!one.ok) throw new Error('parse');
    const applied = applyDepartments(d, one.departments);
    expect(applied.ok).toBe(false);
    if (!applied.ok) expect(applied.problems[0]).toMatchObject({ kind: 'itemOrphaned' });
    const all = d.scenario.departments.map((dep) => ({ ...dep, windows: 1 }));
    const ok = applyDepartments(d, all);
    expect(ok.ok && ok.draft.scenario.departments.every((x) => x.windows === 1)).toBe(true);
  });
});
