/**
 * Validation of the Dalian replay against what DATA-BRIEF.md reports over time, where the model
 * covers it. Each test states the comparison and its tolerance; models/presets/README-projection.md
 * says what matches and what does not. The replay runs once, with 3 trajectories of 5 sampled
 * days a year (a cheaper sample than the preset's 10 × 10, same model).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { project, type ProjectionResult } from '../../src/engine/projection/project';
import { projectionModels } from '../../models/programmes/projectionModels';

const national = JSON.parse(readFileSync(new URL('../../models/data/national.json', import.meta.url), 'utf8')) as { doingBusinessStartupDays: { values: Record<string, number> } };
const db = national.doingBusinessStartupDays.values;

let r: ProjectionResult;
const at = (year: number, kpi: string) => r.years.find((y) => y.year === year)!.kpis[kpi].mean;

beforeAll(() => {
  const doc = JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8'));
  doc.projection = { ...doc.projection, sampledDays: 5, warmupDays: 2 };
  r = project(loadScenario(doc) as CentreScenario, projectionModels, 3);
}, 240_000);

describe('Dalian replay vs DATA-BRIEF trends (issue 5 validation)', () => {
  it('completion times fall: mean lead time 2009 ≤ 0.6 × 2002 (direction; DATA-BRIEF §2 Chizhou promised-item time −~50%, Dalian −73% by 2021)', () => {
    expect(at(2009, 'leadTimeDays')).toBeLessThan(at(2002, 'leadTimeDays'));
    expect(at(2009, 'leadTimeDays') / at(2002, 'leadTimeDays')).toBeLessThanOrEqual(0.6);
  });

  it('Doing Business start-up days 48 (DB2004, data 2003) → 35 (DB2007, data 2006): enterprise (linked) items fall in the same direction, size within a factor 2.5 of the DB ratio 0.73', () => {
    const dbRatio = db.DB2007 / db.DB2004;
    const model = at(2006, 'linkedLeadTimeDays') / at(2003, 'linkedLeadTimeDays');
    expect(model).toBeLessThan(1);
    expect(model).toBeGreaterThan(dbRatio / 2.5);
    expect(model).toBeLessThan(dbRatio * 2.5);
  });

  it('Doing Business 48 (data 2003) → 31.4 (DB2015, data 2014): the 2003–2014 ratio within a factor 2.5 of DB’s 0.65', () => {
    const dbRatio = db.DB2015 / db.DB2004;
    const model = at(2014, 'linkedLeadTimeDays') / at(2003, 'linkedLeadTimeDays');
    expect(model).toBeLessThan(1);
    expect(model).toBeGreaterThan(dbRatio / 2.5);
    expect(model).toBeLessThan(dbRatio * 2.5);
  });

  it('Dalian accepted 1.28 M items in 2009 (DATA-BRIEF §2, ⚠ may be citywide): the replay’s 2009 annual cases within ±25%', () => {
    expect(at(2009, 'annualCases')).toBeGreaterThan(1.28e6 * 0.75);
    expect(at(2009, 'annualCases')).toBeLessThan(1.28e6 * 1.25);
  });

  it('Dalian 2009 “all finished on time”: on-time rate ≥ 0.85 (the model does not reach 100%: tolerance 15 points)', () => {
    expect(at(2009, 'onTimeRate')).toBeGreaterThanOrEqual(0.85);
  });

  it('trips per case fall from stage 1 to stage 2 and again with online approval (paper §1, DATA-BRIEF §6.3): 2002 > 2005 > 2015', () => {
    expect(at(2005, 'tripsPerCase')).toBeLessThan(at(2002, 'tripsPerCase'));
    expect(at(2015, 'tripsPerCase')).toBeLessThan(at(2005, 'tripsPerCase'));
  });

  it('actual online share rises once online approval opens (Shanghai <20% → 84%, DATA-BRIEF §6.6): 0 before 2010, rising after, below the 0.85 ceiling', () => {
    expect(at(2009, 'onlineRate')).toBe(0);
    expect(at(2012, 'onlineRate')).toBeGreaterThan(at(2011, 'onlineRate'));
    expect(at(2015, 'onlineRate')).toBeGreaterThan(at(2012, 'onlineRate'));
    expect(at(2015, 'onlineRate')).toBeLessThan(0.85);
  });
});
