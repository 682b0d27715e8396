/**
 * The Dalian story's step data (issue 11 item 4): the paper's four phases in order with their
 * events, the five functions moving to five-in-one, the national picture read from
 * models/data/national.json, and the problems and lessons; the phase projection read from a
 * projection result.
 */
import { describe, expect, it } from 'vitest';
import national from '../../models/data/national.json';
import { DALIAN_EVENTS, DALIAN_PHASES } from '../../models/programmes/dalian';
import { LESSONS, PROBLEMS } from '../../models/text/paperFacts';
import { STORY_END_YEAR, phaseProjection, storyScenario, storySteps, type StoryStep } from '../../src/ui/views/learn/story/storySteps';
import type { ProjectionResult } from '../../src/client/simPool';

const steps = storySteps();
const phases = steps.filter((s): s is Extract<StoryStep, { kind: 'phase' }> => s.kind === 'phase');

describe('the Dalian story', () => {
  it('walks the four phases in the paper’s order, then the national picture, then problems and lessons', () => {
    expect(steps.map((s) => s.id)).toEqual(['startUp', 'legalPromotion', 'functionIntegration', 'improvement', 'national', 'lessons']);
    expect(phases.map((p) => [p.from, p.to])).toEqual([
      [2002, 2003],
      [2004, 2006],
      [2007, 2009],
      [2010, 2012],
    ]);
  });

  it('every event of the programme up to 2012 is in exactly one phase step, none after', () => {
    const shown = phases.flatMap((p) => p.events.map((e) => e.id));
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.sort()).toEqual(DALIAN_EVENTS.filter((e) => e.year <= STORY_END_YEAR).map((e) => e.id).sort());
    for (const p of phases) for (const e of p.events) expect(e.year >= p.from && e.year <= p.to).toBe(true);
    expect(shown).not.toContain('2014-new-centre');
  });

  it('the five functions move from approval alone to five-in-one by the end of 2009', () => {
    const integrated = (p: (typeof phases)[number]) => Object.values(p.functions).filter((l) => l === 'integrated').length;
    expect(phases[0].functions.approval).not.toBe('separate');
    expect(integrated(phases[0])).toBeLessThan(5);
    expect(integrated(phases[2])).toBe(5);
    expect(phases[2].integrationIndex).toBe(1);
    const indices = phases.map((p) => p.integrationIndex);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    expect(phases[2].services).toEqual(expect.arrayContaining(['procurement', 'disclosureRequests']));
    expect(phases[0].services).not.toContain('procurement');
  });

  it('ends with the national figures from models/data/national.json and the paper’s problems and lessons', () => {
    const nationalStep = steps.find((s) => s.kind === 'national');
    const byId = new Map((national as { figures: Array<{ id: string; value: unknown }> }).figures.map((f) => [f.id, f.value]));
    expect(nationalStep?.kind === 'national' && nationalStep.figures.map((f) => [f.id, f.value])).toEqual([
      ['centres2009', byId.get('centres2009')],
      ['centres2012', byId.get('centres2012')],
      ['townshipCentres2012', byId.get('townshipCentres2012')],
    ]);
    if (nationalStep?.kind === 'national') expect(nationalStep.figures.map((f) => f.paper.when)).toEqual(['2009-12', '2012-05', '2012-05']);
    const last = steps[steps.length - 1];
    expect(last.kind === 'lessons' && [last.problems.length, last.lessons.length]).toEqual([PROBLEMS.length, LESSONS.length]);
  });

  it('a phase’s projection is the year before it (2002 for the first) and its last year, with the stage of each year', () => {
    const years = Array.from({ length: 11 }, (_, k) => 2002 + k).map((year) => ({ year, stage: year < 2004 ? 'stage1' : year < 2008 ? 'stage2' : 'stage3', kpis: {}, functions: {}, integrationIndex: 0, events: [] }) as unknown as ProjectionResult['years'][number]);
    const result = { startYear: 2002, endYear: 2012, years } as unknown as ProjectionResult;
    const first = phaseProjection(result, phases[0]);
    expect([first?.before.year, first?.after.year]).toEqual([2002, 2003]);
    const third = phaseProjection(result, phases[2]);
    expect([third?.before.year, third?.after.year, third?.after.stage]).toEqual([2006, 2009, 'stage3']);
    expect(third?.stages.map((s) => s.year)).toEqual([2007, 2008, 2009]);
    expect(phaseProjection({ ...result, years: years.slice(0, 5) }, phases[3])).toBeUndefined();
  });

  it('projects the Dalian replay up to 2012 only, with the phases’ events kept', () => {
    const replay = { timeline: [{ year: 2002 }, { year: 2010 }, { year: 2014 }], projection: { startYear: 2002, endYear: 2015, sampledDays: 10, warmupDays: 2 } };
    expect(storyScenario(replay, 3)).toEqual({ timeline: [{ year: 2002 }, { year: 2010 }], projection: { startYear: 2002, endYear: 2012, sampledDays: 3, warmupDays: 1 } });
    expect(DALIAN_PHASES).toHaveLength(4);
  });
});
