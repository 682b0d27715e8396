import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/engine/types';
import { csvField, fileStem, summaryCsv, summaryJson, summaryRows } from '../../src/ui/export/summaryExport';

const est = (mean: number) => ({ mean, ci95: [mean - 1, mean + 1] as [number, number], halfWidth: 1, n: 5 });
const summary: RunSummary = {
  name: 'Dalian 2009 — five-in-one',
  kind: 'onewindow/centre',
  seed: 1,
  replications: 5,
  kpis: { meanWaitMinutes: est(3), tripsPerCase: est(1.5) },
  stations: { hall: { utilisation: est(0.9) } },
  classes: { promised: { meanWaitMinutes: est(4) } },
  analytic: {},
  events: 10,
  engineSeconds: 1,
  waits: new Float64Array([0, 1, 2]),
};

describe('results export', () => {
  it('quotes CSV fields only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('lists KPIs, then stations, then classes', () => {
    expect(summaryRows(summary).map((r) => [r.scope, r.id, r.metric])).toEqual([
      ['kpi', '', 'meanWaitMinutes'],
      ['kpi', '', 'tripsPerCase'],
      ['station', 'hall', 'utilisation'],
      ['class', 'promised', 'meanWaitMinutes'],
    ]);
  });

  it('writes a CSV with a BOM, a header, labels in the UI language, CIs and theory', () => {
    const csv = summaryCsv(summary, (m) => (m === 'tripsPerCase' ? '跑动次数' : ''), (m) => (m === 'meanWaitMinutes' ? 2.5 : undefined));
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('scope,id,metric,label,mean,ci95_low,ci95_high,half_width,replications,theory,unit,interval_method,applies,seed');
    expect(lines[1]).toBe('kpi,,meanWaitMinutes,,3,2,4,1,5,2.5,,t,yes,1');
    expect(lines[2]).toBe('kpi,,tripsPerCase,跑动次数,1.5,0.5,2.5,1,5,,,t,yes,1');
    expect(lines).toHaveLength(5);
  });

  it('adds one row per department metric (issue 8 point 5), labelled like the KPIs, in CSV and JSON', () => {
    const withDepartments: RunSummary = { ...summary, departments: { fund: { backOfficeUtilisation: est(0.97), meanWaitMinutes: est(1.2) } } };
    expect(summaryRows(withDepartments).slice(-2).map((r) => [r.scope, r.id, r.metric])).toEqual([
      ['department', 'fund', 'backOfficeUtilisation'],
      ['department', 'fund', 'meanWaitMinutes'],
    ]);
    const lines = summaryCsv(withDepartments, (m) => (m === 'meanWaitMinutes' ? 'Mean wait in queue' : '')).trimEnd().split('\r\n');
    expect(lines.at(-1)).toBe('department,fund,meanWaitMinutes,Mean wait in queue,1.2,0.19999999999999996,2.2,1,5,,,t,yes,1');
    expect(JSON.parse(summaryJson(withDepartments)).departments.fund.backOfficeUtilisation.mean).toBe(0.97);
  });

  it('writes JSON without the wait sample', () => {
    const parsed = JSON.parse(summaryJson(summary));
    expect(parsed.waits).toBeUndefined();
    expect(parsed.waitSampleSize).toBe(3);
    expect(parsed.kpis.tripsPerCase.ci95).toEqual([0.5, 2.5]);
  });

  it('makes file names from scenario names, keeping Chinese', () => {
    expect(fileStem('Dalian 2009 — five-in-one')).toBe('Dalian-2009-five-in-one');
    expect(fileStem('大连市政府行政服务中心 2009（五合一）')).toBe('大连市政府行政服务中心-2009-五合一');
    expect(fileStem('***')).toBe('onewindow');
  });

  it('issue 10 item 7: the CSV carries each metric’s unit, how its interval was made, whether it applies, and the seed', () => {
    const s: RunSummary = { ...summary, seed: 42, kpis: { ...summary.kpis, greenWaitMinutes: est(0), onTimeRate: { ...est(0.99), method: 'logit-t' } }, notApplicable: ['greenWaitMinutes'] };
    const lines = summaryCsv(s, undefined, undefined, (m) => (m.endsWith('Minutes') ? 'min' : '')).trimEnd().split('\r\n');
    const row = (metric: string) => lines.find((l) => l.startsWith(`kpi,,${metric},`))!.split(',');
    expect(row('meanWaitMinutes').slice(-4)).toEqual(['min', 't', 'yes', '42']);
    expect(row('onTimeRate').slice(-4)).toEqual(['', 'logit-t', 'yes', '42']);
    expect(row('greenWaitMinutes').slice(-4)).toEqual(['min', 't', 'no', '42']);
  });

  it('issue 10 item 7: the JSON holds the scenario with the run’s seed and replications written in', () => {
    const parsed = JSON.parse(summaryJson({ ...summary, seed: 7, replications: 3 }, { type: 'onewindow/centre', version: 1, seed: 1, replications: 5, name: 'x' }));
    expect(parsed.type).toBe('onewindow/run-result');
    expect(parsed.seed).toBe(7);
    expect(parsed.scenario).toEqual({ type: 'onewindow/centre', version: 1, seed: 7, replications: 3, name: 'x' });
    expect(JSON.parse(summaryJson(summary)).scenario).toBeUndefined();
  });
});
