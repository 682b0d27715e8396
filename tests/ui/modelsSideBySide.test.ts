import { describe, expect, it } from 'vitest';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { CENTRE_TYPE_IDS } from '../../src/domain/vocabulary';
import { MODEL_ASSESSMENTS } from '../../models/text/modelAssessments';
import { modelsChartLayout } from '../../src/ui/views/learn/modelsChartLayout';
import { modelsScenarios, scenarioUnderType, stationingUnder } from '../../src/ui/views/learn/modelsScenario';
import { simApi } from '../../src/worker/api';
import dalian2002 from '../../models/presets/dalian-2002.scenario.json';

describe('one city under each model', () => {
  it('keeps the city and gives each model only stationings its diagram routes', () => {
    const runs = modelsScenarios(dalian2002 as never);
    expect(runs.map((r) => r.type)).toEqual(['dispersed', ...CENTRE_TYPE_IDS.filter((t) => t !== 'dispersed')]);
    for (const { type, json } of runs) {
      expect(json.centreType).toBe(type);
      expect(json.demand).toEqual(dalian2002.demand);
      const allowed = [...CENTRE_TYPES[type].profile.stationings, 'absent'];
      for (const d of json.departments as Array<{ stationing: string }>) expect(allowed, type).toContain(d.stationing);
      expect(simApi.validate(json).ok, type).toBe(true);
    }
    expect(stationingUnder('approvalBureau', 'reception')).toBe('bureau');
    expect(stationingUnder('physicalUnification', 'bureau')).toBe('whole-unit');
    expect(stationingUnder('dispersed', 'authorised')).toBe('absent');
    expect(Object.values(scenarioUnderType(dalian2002 as never, 'dispersed').functions as object).every((l) => l === 'separate')).toBe(true);
  });

  it('every model has strengths and problems in both languages', () => {
    for (const id of CENTRE_TYPE_IDS) {
      const a = MODEL_ASSESSMENTS[id];
      for (const b of [a.strengths, a.problems]) {
        expect(b.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(b.en.length).toBeGreaterThan(10);
      }
      expect(a.problemsSource).toMatch(/^(paper §|assumption: )/);
    }
  });
});

describe('five-models chart layout', () => {
  it('places each mean and its CI on a shared axis from 0, one row per model', () => {
    const [panel] = modelsChartLayout({
      rows: ['a', 'b', 'c'],
      width: 300,
      labelWidth: 100,
      panels: [{ kpi: 'tripsPerCase', label: 'Trips', estimates: { a: { mean: 2, lo: 1.5, hi: 2.5 }, b: { mean: 1, lo: 0.8, hi: 1.2 }, c: undefined } }],
    });
    expect(panel.points.map((p) => p.row)).toEqual(['a', 'b']);
    const [a, b] = panel.points;
    expect(a.x0).toBeLessThan(a.x);
    expect(a.x).toBeLessThan(a.x1);
    expect(b.x).toBeLessThan(a.x);
    expect(panel.ticks[0]).toEqual({ x: 100, value: 0 });
    expect(Math.max(...panel.points.map((p) => p.x1))).toBeLessThanOrEqual(panel.plotRight);
    expect(a.y).toBeLessThan(b.y);
  });
});
