/**
 * Stages from outcomes (issue 9 point 5): in a simulated replay of Dalian the stage guards read the
 * year's simulated shares, and Dalian reaches stage 1 at its founding (2002), stage 2 with the
 * concentration of approval power that ends the 2004–2006 reforms and stage 3 in 2009 (procurement and the reading centre from October 2008, five-in-one
 * in 2009) — models/README.md § Stage says why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { projectReplications } from '../../src/engine/projection/project';
import { projectionModels } from '../../models/programmes/projectionModels';

describe('claims: the stage a simulated Dalian replay reaches, by year', () => {
  it('stage 1 in 2002–2005, stage 2 in 2006–2008, stage 3 from 2009; the guards read simulated shares', () => {
    const doc = JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const timeline = (doc.timeline as { year: number }[]).filter((e) => e.year <= 2010);
    const s = loadScenario({ ...doc, timeline, projection: { ...(doc.projection as object), sampledDays: 2, warmupDays: 0, endYear: 2010 } }) as CentreScenario;
    const [trajectory] = projectReplications(s, { from: 0, to: 1, models: projectionModels });
    const stage = Object.fromEntries(trajectory.years.map((y) => [y.year, y.stage]));
    expect(stage).toEqual({ 2002: 'stage1', 2003: 'stage1', 2004: 'stage1', 2005: 'stage1', 2006: 'stage2', 2007: 'stage2', 2008: 'stage2', 2009: 'stage3', 2010: 'stage3' });
    const y2002 = trajectory.years[0].kpis;
    // simulated, not configured: in 2002 most cases are accepted in the centre but decided at headquarters
    expect(y2002.acceptedInCentreRate).toBeGreaterThan(0.5);
    expect(y2002.decidedInCentreRate).toBeLessThan(0.5);
    const y2009 = trajectory.years.find((y) => y.year === 2009)!.kpis;
    expect(y2009.tradingServicesShare).toBe(0.25);
    expect(y2009.citizenServicesShare).toBe(0.5);
  });
});
