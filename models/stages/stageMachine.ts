import { and, assign, initialTransition, not, setup, transition, type SnapshotFrom } from 'xstate';
import { COUNTER_SERVICES, TRADING_SERVICES, type FunctionId, type ServiceId, type StageId } from '../../src/domain/vocabulary';
import { PAPER } from '../text/paperQuotes';
import type { Quantity, StateMeta } from '../text/types';

/** The centre's measured state, from which its stage follows. Shares are of annual case volume, 0–1. */
export interface MeasuredState {
  /** share of case volume accepted (受理) at the centre's windows */
  acceptedInCentreShare: number;
  /** share of case volume decided (办结) inside the centre: on the spot, in-centre back office or approval bureau */
  decidedInCentreShare: number;
  /** service lines offered */
  services: readonly ServiceId[];
  /** functions integrated into the centre (five-functions machine level `integrated`) */
  functionsIntegrated: readonly FunctionId[];
  /**
   * share of the four public-resource trading services the centre handled in a simulated year (a line
   * that completed a transaction); when absent, the share of them `services` offers
   */
  tradingShare?: number;
  /** share of the two citizen services (convenience, information requests) that served a request; when absent, from `services` */
  citizenServicesShare?: number;
}

/** The measured state of a city with no centre. */
export const NO_CENTRE: MeasuredState = { acceptedInCentreShare: 0, decidedInCentreShare: 0, services: [], functionsIntegrated: [] };

/**
 * Thresholds of the stage guards. The paper describes the stages qualitatively; every number here
 * is an assumption standing in for its words.
 */
export const STAGE_THRESHOLDS = {
  stage1MinAcceptedShare: {
    value: 0.5,
    unit: 'share of annual case volume (0–1)',
    label: 'assumption',
    note: '“一个窗口对外”: most approval cases are accepted at the centre rather than at departments’ own offices',
  },
  stage2MinDecidedShare: {
    value: 0.5,
    unit: 'share of annual case volume (0–1)',
    label: 'assumption',
    note: '相对集中办理: most cases are also decided inside the centre (authorised windows, whole units 成建制进驻, or a bureau)',
  },
  stage3MinTradingShare: {
    value: 0.25,
    unit: 'share of the four public-resource trading services handled in the centre (0–1)',
    label: 'assumption',
    note: 'stage 3 adds public-resource trading, the paper’s list beginning with government procurement; one of the four trading in the centre (Dalian: the procurement centre, October 2008) stands for “the centre trades on the government’s behalf”. At 0.5 Dalian waits for the trading centre (planned 2014)',
  },
  stage3MinCitizenShare: {
    value: 0.5,
    unit: 'share of the two citizen services (convenience, government-information requests) handled in the centre (0–1)',
    label: 'assumption',
    note: 'stage 3 adds convenience services (便民服务) for citizens; one of the two (Dalian: the information reading centre, October 2008)',
  },
  stage3MinFunctionsIntegrated: {
    value: 4,
    unit: 'count of the five functions integrated',
    label: 'assumption',
    note: 'stage 3: the centre becomes the dedicated body handling government affairs, not only approval. Chosen with Dalian in view: at 4 its stage 3 begins in 2009, when e-government and information release joined (five-in-one); at 3 it would begin in 2008, with procurement and the reading centre. See the sensitivity table in models/README.md',
  },
} as const satisfies Record<string, Quantity>;

const count = (offered: readonly ServiceId[], of: readonly ServiceId[]) => of.filter((s) => offered.includes(s)).length;

/** The thresholds' values, by name (what the guards read; a sensitivity analysis passes others). */
export type StageThresholdValues = { [K in keyof typeof STAGE_THRESHOLDS]: number };
/** The thresholds in force. */
export const STAGE_THRESHOLD_VALUES: StageThresholdValues = Object.fromEntries(Object.entries(STAGE_THRESHOLDS).map(([k, q]) => [k, q.value])) as StageThresholdValues;

/** The fewest services of a list that reach a share threshold (what a learner switching services on needs). Pure. */
export function servicesNeeded(share: number, of: readonly ServiceId[]): number {
  return Math.ceil(share * of.length - 1e-9);
}

/** The trading share of a measured state: simulated where given, else the share `services` offers. */
const tradingShareOf = (m: MeasuredState) => m.tradingShare ?? count(m.services, TRADING_SERVICES) / TRADING_SERVICES.length;
const citizenShareOf = (m: MeasuredState) => m.citizenServicesShare ?? count(m.services, COUNTER_SERVICES) / COUNTER_SERVICES.length;

/** The stage-1 guard on a measured state; pure. */
export function isMostVolumeAcceptedInCentre(m: MeasuredState, t: StageThresholdValues = STAGE_THRESHOLD_VALUES): boolean {
  return m.acceptedInCentreShare >= t.stage1MinAcceptedShare;
}
/** The stage-2 guard on a measured state (on top of stage 1); pure. */
export function isMostVolumeDecidedInCentre(m: MeasuredState, t: StageThresholdValues = STAGE_THRESHOLD_VALUES): boolean {
  return m.decidedInCentreShare >= t.stage2MinDecidedShare;
}
/** The stage-3 guard on trading and citizen services handled and integrated functions (on top of stage 2); pure. */
export function offersComprehensiveServices(m: MeasuredState, t: StageThresholdValues = STAGE_THRESHOLD_VALUES): boolean {
  return (
    m.services.includes('approval') &&
    tradingShareOf(m) >= t.stage3MinTradingShare - 1e-12 &&
    citizenShareOf(m) >= t.stage3MinCitizenShare - 1e-12 &&
    m.functionsIntegrated.length >= t.stage3MinFunctionsIntegrated
  );
}

/**
 * The stage the cumulative guards give under other thresholds (what the machine settles in, since
 * stage k needs every lower stage's guard): for sensitivity tables; pure.
 */
export function stageUnder(m: MeasuredState, t: StageThresholdValues): StageId {
  if (!isMostVolumeAcceptedInCentre(m, t)) return 'dispersed';
  if (!isMostVolumeDecidedInCentre(m, t)) return 'stage1';
  return offersComprehensiveServices(m, t) ? 'stage3' : 'stage2';
}

/** `centre.measured` carries the centre's newly measured state; the guards then re-evaluate the stage. */
export type StageEvent = { type: 'centre.measured'; measured: MeasuredState };
/** Tags of the stage machine. */
export type StageTag = 'noCentre' | 'acceptsInCentre' | 'decidesInCentre' | 'comprehensiveServices';

/**
 * The stage machine. The stage is an outcome: the only event records a measurement, and eventless
 * transitions guarded by the measured state move the centre up (one stage per microstep, never
 * skipping one) or back down when the measurement regresses (the paper's 推倒重来). The guards are
 * cumulative (stage k qualifies only if stage k−1 does) and each state checks "down" before "up", so
 * the eventless steps always terminate and the stage depends on the measured state alone.
 */
export const stageMachine = setup({
  types: {
    context: {} as MeasuredState,
    events: {} as StageEvent,
    input: {} as MeasuredState | undefined,
    meta: {} as StateMeta,
    tags: {} as StageTag,
  },
  guards: {
    isMostVolumeAcceptedInCentre: ({ context }) => isMostVolumeAcceptedInCentre(context),
    isMostVolumeDecidedInCentre: ({ context }) => isMostVolumeDecidedInCentre(context),
    offersComprehensiveServices: ({ context }) => offersComprehensiveServices(context),
    /** stage k's qualification includes every lower stage's, so moving down never re-triggers moving up */
    qualifiesForStage1: and(['isMostVolumeAcceptedInCentre']),
    qualifiesForStage2: and(['isMostVolumeAcceptedInCentre', 'isMostVolumeDecidedInCentre']),
    qualifiesForStage3: and(['isMostVolumeAcceptedInCentre', 'isMostVolumeDecidedInCentre', 'offersComprehensiveServices']),
  },
  actions: {
    recordMeasurement: assign(({ event }) => ({ ...event.measured })),
  },
}).createMachine({
  id: 'stage',
  context: ({ input }) => ({ ...(input ?? NO_CENTRE) }),
  initial: 'dispersed',
  meta: {
    zh: '行政服务中心的三个发展时期',
    en: 'the three developmental periods of administrative service centres',
    quote: { zh: PAPER.stagesTransition, en: 'Because they differ in founding date, target positioning and operating mode, centres are not all at the same stage; overall, most are now in transition from the second period to the third.' },
    source: 'paper §1',
  },
  on: { 'centre.measured': { actions: 'recordMeasurement' } },
  states: {
    dispersed: {
      tags: ['noCentre'],
      meta: {
        zh: '分散办理：各部门分头受理、分头办理',
        en: 'dispersed: each department accepts and decides in its own office',
        // no quote: the paper describes what stage 1 changed, not the baseline (its sentence belongs to stage 1)
        source: 'paper §1 (the baseline before stage 1: no centre; a label, not the paper’s words); 上世纪90年代中期 centres appear',
      },
      always: { target: 'stage1', guard: 'qualifiesForStage1' },
    },
    stage1: {
      tags: ['acceptsInCentre'],
      meta: {
        zh: '集中受理、分头办理',
        en: 'centralised acceptance, separate processing',
        quote: { zh: PAPER.stage1, en: 'This stage mainly concentrated approval items that were handled separately in each department for acceptance at the administrative service centre, with a “one window outward” service mode, physically concentrating where each department’s approval items are accepted.' },
        source: 'paper §1, period 1',
      },
      always: [
        { target: 'dispersed', guard: not('qualifiesForStage1') },
        { target: 'stage2', guard: 'qualifiesForStage2' },
      ],
    },
    stage2: {
      tags: ['acceptsInCentre', 'decidesInCentre'],
      meta: {
        zh: '集中受理、相对集中办理',
        en: 'centralised acceptance, relatively centralised processing',
        quote: { zh: PAPER.stage2, en: 'The notable feature of this stage is that the approval units of some departments move into the centre as whole units (成建制进驻) and process there.' },
        source: 'paper §1, period 2',
      },
      always: [
        { target: 'stage1', guard: not('qualifiesForStage2') },
        { target: 'stage3', guard: 'qualifiesForStage3' },
      ],
    },
    stage3: {
      tags: ['acceptsInCentre', 'decidesInCentre', 'comprehensiveServices'],
      meta: {
        zh: '代表政府向社会和公众提供综合性服务',
        en: 'comprehensive services on behalf of the government',
        quote: { zh: PAPER.stage3Services, en: 'Besides keeping administrative approval and non-licence approval, it added government procurement, construction-project bidding, land auction/bidding/listing (招拍挂), state-owned asset property trading and many convenience services, all brought into the centre for concentrated, standardised handling.' },
        notes: [{ zh: PAPER.stage3, en: 'With the building of a law-based, service, responsible and efficient government and the gradual reduction of approval items, the centre gradually became the dedicated body that provides administrative and public services to society on the government’s behalf and handles all kinds of government affairs of citizens, legal persons and other organisations.' }],
        source: 'paper §1, period 3',
      },
      always: { target: 'stage2', guard: not('qualifiesForStage3') },
    },
  },
});

/** A snapshot of the stage machine. */
export type StageSnapshot = SnapshotFrom<typeof stageMachine>;

/**
 * The stage a measured state puts a centre in, computed by stepping the stage machine with XState's
 * pure initialTransition/transition from the dispersed baseline; pure.
 */
export function stageOf(measured: MeasuredState): StageId {
  const [start] = initialTransition(stageMachine, NO_CENTRE);
  const [next] = transition(stageMachine, start, { type: 'centre.measured', measured });
  return next.value as StageId;
}

/** Steps a stage snapshot with a new measurement; pure (returns the next snapshot). */
export function measureStage(snapshot: StageSnapshot, measured: MeasuredState): StageSnapshot {
  return transition(stageMachine, snapshot, { type: 'centre.measured', measured })[0];
}
