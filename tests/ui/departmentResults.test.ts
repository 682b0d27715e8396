import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../src/engine/types';
import {
  DEFAULT_SORT,
  departmentInfo,
  departmentName,
  departmentRows,
  findBottleneck,
  NEAR_CAPACITY,
  sortRows,
  type DepartmentRow,
} from '../../src/ui/components/departmentResults';

const est = (mean: number, h = 0.01): Estimate => ({ mean, ci95: [mean - h, mean + h], halfWidth: h, n: 5 });
const dep = (window: number, backOffice: number, extra: Record<string, number> = {}) => ({
  casesArrived: est(100),
  casesCompleted: est(100),
  meanWaitMinutes: est(2),
  windowUtilisation: est(window),
  backOfficeUtilisation: est(backOffice),
  ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, est(v)])),
});

const scenario = {
  departments: [
    { id: 'aic', nameZh: '工商局', nameEn: 'Industry and Commerce', stationing: 'whole-unit', windows: 9 },
    { id: 'fund', nameZh: '公积金', stationing: 'authorised', windows: 2 },
    { id: 'tax', nameEn: 'Tax', stationing: 'reception', windows: 3 },
    { id: 'odd', stationing: 'nonsense', windows: 'two' },
  ],
};

const ids = (rows: readonly DepartmentRow[]) => rows.map((r) => r.id);

describe('departmentRows', () => {
  it('keeps the scenario’s order, reads names, stationing and windows, and falls back to the id', () => {
    const rows = departmentRows({ ghost: dep(0.1, 0.1), tax: dep(0.5, 0.2), aic: dep(0.7, 0.8), fund: dep(0.6, 0.97), odd: dep(0, 0) }, scenario);
    expect(ids(rows)).toEqual(['aic', 'fund', 'tax', 'odd', 'ghost']);
    expect(rows.map((r) => departmentName(r, 'zh-CN'))).toEqual(['工商局', '公积金', 'Tax', 'odd', 'ghost']);
    expect(rows.map((r) => departmentName(r, 'en'))).toEqual(['Industry and Commerce', '公积金', 'Tax', 'odd', 'ghost']);
    expect(rows[0].info).toEqual({ nameZh: '工商局', nameEn: 'Industry and Commerce', stationing: 'whole-unit', windows: 9 });
    // a value the schema would refuse is not shown as if it were one
    expect(rows[3].info).toEqual({ nameZh: undefined, nameEn: undefined, stationing: undefined, windows: undefined });
    expect(departmentInfo(undefined).size).toBe(0);
  });

  it('loads a department by the higher of its window and back-office utilisation', () => {
    const [aic, fund, tax] = departmentRows({ aic: dep(0.7, 0.8), fund: dep(0.6, 0.97), tax: dep(0.5, 0.2) }, scenario);
    expect([aic.load, aic.loadResource]).toEqual([0.8, 'backOffice']);
    expect([fund.load, fund.loadResource]).toEqual([0.97, 'backOffice']);
    expect([tax.load, tax.loadResource]).toEqual([0.5, 'window']);
  });

  it(`warns a department whose window or back-office utilisation mean is ≥ ${NEAR_CAPACITY}, naming which`, () => {
    const rows = departmentRows({ a: dep(0.95, 0.5), b: dep(0.9499, 0.9499), c: dep(0.99, 1), d: dep(0.2, 0.96) }, {});
    expect(rows.map((r) => r.nearCapacity)).toEqual([['window'], [], ['window', 'backOffice'], ['backOffice']]);
  });
});

describe('findBottleneck', () => {
  it('is the department with the highest utilisation, window or back office', () => {
    const rows = departmentRows({ aic: dep(0.9, 0.8), fund: dep(0.6, 0.97), tax: dep(0.5, 0.2) }, scenario);
    expect(findBottleneck(rows)).toEqual({ ids: ['fund'], resource: 'backOffice', utilisation: est(0.97) });
  });

  it('names every department of a shared resource together (comprehensive windows: one group, one value)', () => {
    const rows = departmentRows({ aic: dep(0.93, 0.8), fund: dep(0.93, 0.7), tax: dep(0.93, 0.2) }, scenario);
    expect(findBottleneck(rows)).toEqual({ ids: ['aic', 'fund', 'tax'], resource: 'window', utilisation: est(0.93) });
    // a back office above the shared windows is the bottleneck on its own
    const one = departmentRows({ aic: dep(0.93, 0.8), fund: dep(0.93, 0.95), tax: dep(0.93, 0.2) }, scenario);
    expect(findBottleneck(one)?.ids).toEqual(['fund']);
  });

  it('is none when nothing was busy', () => {
    expect(findBottleneck(departmentRows({ a: dep(0, 0), b: dep(0, 0) }, {}))).toBeUndefined();
    expect(findBottleneck([])).toBeUndefined();
  });
});

describe('sortRows', () => {
  const rows = departmentRows(
    {
      aic: dep(0.7, 0.8, { leadTimeDays: 2 }),
      fund: dep(0.6, 0.97, { leadTimeDays: 7 }),
      tax: dep(0.5, 0.2, { leadTimeDays: 1 }),
      // no cases: its per-case means do not apply and sort last either way
      odd: { ...dep(0.1, 0.1, { leadTimeDays: 0 }), casesArrived: est(0) },
    },
    scenario,
  );

  it('opens on load, highest first', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'load', direction: 'descending' });
    expect(ids(sortRows(rows, DEFAULT_SORT.key, DEFAULT_SORT.direction, 'zh-CN'))).toEqual(['fund', 'aic', 'tax', 'odd']);
    expect(ids(sortRows(rows, 'load', 'ascending', 'zh-CN'))).toEqual(['odd', 'tax', 'aic', 'fund']);
  });

  it('sorts by a metric, with values that do not apply last in both directions', () => {
    expect(ids(sortRows(rows, 'leadTimeDays', 'descending', 'en'))).toEqual(['fund', 'aic', 'tax', 'odd']);
    expect(ids(sortRows(rows, 'leadTimeDays', 'ascending', 'en'))).toEqual(['tax', 'aic', 'fund', 'odd']);
  });

  it('sorts by windows, stationing (reception → whole unit) and name in the locale', () => {
    expect(ids(sortRows(rows, 'windows', 'descending', 'en'))).toEqual(['aic', 'tax', 'fund', 'odd']);
    expect(ids(sortRows(rows, 'stationing', 'ascending', 'en'))).toEqual(['tax', 'fund', 'aic', 'odd']);
    expect(ids(sortRows(rows, 'name', 'ascending', 'en')).slice(0, 3)).toEqual(['aic', 'odd', 'tax']);
  });

  it('does not change the rows it is given', () => {
    const before = ids(rows);
    sortRows(rows, 'load', 'descending', 'en');
    expect(ids(rows)).toEqual(before);
  });
});
