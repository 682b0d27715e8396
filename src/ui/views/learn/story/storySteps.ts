/**
 * The Dalian story (issue 11 item 4) as plain data: one step per phase of the paper (2002–03,
 * 2004–06, 2007–09, 2010–) with its events, the five functions and services at the phase's end,
 * then the national picture (models/data/national.json) and the paper's problems and lessons
 * (models/text). The projected stage and KPIs of each phase are read from a projection result.
 * Pure.
 */
import { DALIAN_EVENTS, DALIAN_PHASES, functionsAtEndOf, servicesAtEndOf, type DalianPhase, type ProgrammeEvent } from '../../../../../models/programmes/dalian';
import { functionLevels, integrationIndexOf } from '../../../../../models/functions/fiveFunctionsMachine';
import { LESSONS, NATIONAL_FIGURES, PROBLEMS, type PaperPoint } from '../../../../../models/text/paperFacts';
import { NATIONAL, type NationalFigure as AnyNationalFigure } from '../../../sources/nationalFigures';
import type { FunctionId, FunctionLevel, ServiceId, StageId } from '../../../../domain/vocabulary';
import type { ProjectionResult } from '../../../../client/simPool';

/** The story ends with the paper: its last dated year for Dalian's centre (the 2014 trading centre is a plan). */
export const STORY_END_YEAR = 2012;

/** A figure of models/data/national.json with one number (the story's figures). */
export type NationalFigure = AnyNationalFigure & { value: number };

/** The national figures the story ends with: centres in 2009 and 2012, township centres in 2012. */
export const STORY_NATIONAL_IDS = ['centres2009', 'centres2012', 'townshipCentres2012'] as const;

export type StoryStep =
  | {
      kind: 'phase';
      id: string;
      phase: DalianPhase;
      from: number;
      to: number;
      /** the programme's events dated in the phase, up to the story's end */
      events: ProgrammeEvent[];
      /** the five functions and the services at the end of the phase's last year */
      functions: Record<FunctionId, FunctionLevel>;
      integrationIndex: number;
      services: ServiceId[];
    }
  | { kind: 'national'; id: 'national'; figures: Array<NationalFigure & { paper: (typeof NATIONAL_FIGURES)[number] }> }
  | { kind: 'lessons'; id: 'lessons'; problems: readonly PaperPoint[]; lessons: readonly PaperPoint[] };

/** The story's steps, in order; pure. */
export function storySteps(): StoryStep[] {
  const phases: StoryStep[] = DALIAN_PHASES.map((phase) => {
    const to = Math.min(phase.to ?? STORY_END_YEAR, STORY_END_YEAR);
    const levels = functionLevels(functionsAtEndOf(to));
    return {
      kind: 'phase',
      id: phase.id,
      phase,
      from: phase.from,
      to,
      events: DALIAN_EVENTS.filter((e) => e.phase === phase.id && e.year <= STORY_END_YEAR),
      functions: levels,
      integrationIndex: integrationIndexOf(levels),
      services: servicesAtEndOf(to),
    };
  });
  const all = NATIONAL;
  const figures = STORY_NATIONAL_IDS.map((id) => {
    const f = all.find((x) => x.id === id);
    if (!f || typeof f.value !== 'number') throw new Error(`models/data/national.json has no figure ${id}`);
    // the paper's sentence and date for the figure (models/text), matched by its value
    const paper = NATIONAL_FIGURES.find((p) => p.value === f.value);
    if (!paper) throw new Error(`models/text/paperFacts.ts has no national figure of ${String(f.value)}`);
    return { ...(f as NationalFigure), paper };
  });
  return [...phases, { kind: 'national', id: 'national', figures }, { kind: 'lessons', id: 'lessons', problems: PROBLEMS, lessons: LESSONS }];
}

/** The KPIs each phase step shows, from the projection (names of the KPI catalogue). */
export const STORY_KPIS = ['tripsPerCase', 'meanWaitMinutes', 'leadTimeDays', 'onTimeRate', 'decidedInCentreRate', 'onlineRate'] as const;

/** A phase's projected state: the stage and KPIs at the year before the phase (2002 for the first) and at its last year. */
export interface PhaseProjection {
  before: ProjectionResult['years'][number];
  after: ProjectionResult['years'][number];
  /** the stage of each year of the phase */
  stages: Array<{ year: number; stage: StageId }>;
}

/** The projection's years for a phase step, or undefined if the projection does not cover them; pure. */
export function phaseProjection(result: ProjectionResult, step: Extract<StoryStep, { kind: 'phase' }>): PhaseProjection | undefined {
  const year = (y: number) => result.years.find((x) => x.year === y);
  const before = year(Math.max(result.startYear, step.from - 1));
  const after = year(step.to);
  if (!before || !after) return undefined;
  const stages = result.years.filter((y) => y.year >= step.from && y.year <= step.to).map((y) => ({ year: y.year, stage: y.stage }));
  return { before, after, stages };
}

/**
 * The scenario the story projects: the Dalian replay up to the story's end, with fewer sampled
 * days a year so that a browser projects it in seconds (the Evolution view runs the full one).
 */
export function storyScenario(replay: unknown, sampledDays = 3, warmupDays = 1): unknown {
  const s = replay as { timeline?: Array<{ year: number }>; projection?: Record<string, unknown> };
  return {
    ...(replay as Record<string, unknown>),
    timeline: (s.timeline ?? []).filter((e) => e.year <= STORY_END_YEAR),
    projection: { ...s.projection, endYear: STORY_END_YEAR, sampledDays, warmupDays },
  };
}
