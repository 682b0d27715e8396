/**
 * The shared vocabulary of the six centre-type statecharts: what a case (办件) is, the events that
 * move it, the guards that read its attributes, the tags that tell a simulation what each state
 * costs (a queue, a window, a back office, a trip), and builders for the states the types share.
 * Each type's file composes these into its own machine, so a compiler can drive any of them with
 * the same events.
 */
import { assign, setup } from 'xstate';
import type { CaseService, CentreTypeId, Channel, ItemClass, Stationing } from '../../src/domain/vocabulary';
import type { Bilingual, StateMeta } from '../text/types';

/** The mechanisms that change a case's route (names as in the centre scenario's `mechanisms`). */
export interface RoutingMechanisms {
  /** 首问负责: a first-inquiry desk before the window queue */
  firstInquiry: boolean;
  /** 容缺受理: accept with minor gaps instead of sending the applicant home */
  acceptWithGaps: boolean;
  /** 并联审批: linked items go to all departments at once instead of one after another */
  parallelApproval: boolean;
  /** 快递送达: results delivered, no pickup trip */
  delivery: boolean;
}

/** A case's attributes: everything the centre-type guards read. Sampled per case by the simulation. */
export interface CaseAttributes {
  service: CaseService;
  itemClass: ItemClass;
  stationing: Stationing;
  channel: Channel;
  /** materials complete at this attempt (the probability p of DESIGN § materials) */
  materialsComplete: boolean;
  /**
   * whether this case also needs the applicant at the department's headquarters (两头办理, share
   * 1 − authorisation): a reception-only window, or an authorised window whose authority does not
   * cover this case (窗口授权不到位). Physical unification and the bureau never need it.
   */
  needsHeadquartersVisit: boolean;
  /**
   * whether the window's authority (授权到位率, the share of items the window may decide) covers this
   * case: a reception window decides an on-the-spot item within it (else the file goes to
   * headquarters); an authorised window whose authority does not cover the case sends the applicant
   * to headquarters as well (窗口授权不到位、两头办理). Whole units and the bureau hold full authority.
   */
  withinWindowAuthority: boolean;
  /**
   * an online case whose applicant must still come to the hall once to have identity or original
   * documents verified (网上审批 before full e-certification); hall cases ignore it
   */
  needsVerificationVisit: boolean;
  /**
   * a complaint case: the centre's complaint function is co-located or integrated (five functions),
   * so a centre type with a complaint function of its own can handle the complaint in the centre
   */
  complaintFunctionInCentre: boolean;
  mechanisms: RoutingMechanisms;
}

/** The attributes a case takes when the simulation does not set them. */
export const DEFAULT_CASE: CaseAttributes = {
  service: 'approval',
  itemClass: 'promised',
  stationing: 'authorised',
  channel: 'hall',
  materialsComplete: true,
  needsHeadquartersVisit: false,
  withinWindowAuthority: true,
  needsVerificationVisit: false,
  complaintFunctionInCentre: false,
  mechanisms: { firstInquiry: false, acceptWithGaps: false, parallelApproval: false, delivery: false },
};

/** A case machine's context: the case, plus what happened to it on the way. */
export interface CaseContext {
  case: CaseAttributes;
  /** accepted with gaps (容缺受理); materials follow later without a trip */
  materialsDeferred: boolean;
  /** times the applicant came back with materials after a rejection */
  resubmissions: number;
}

/**
 * The events that move a case, the same in all six machines. Each stable state handles exactly one
 * of them; guards on that event choose the next state.
 */
export type CaseEvent =
  | { type: 'case.arrive'; materialsComplete?: boolean }
  | { type: 'case.inquired' }
  | { type: 'case.called' }
  | { type: 'case.materialsChecked' }
  | { type: 'case.accepted' }
  | { type: 'case.transferred' }
  | { type: 'case.visitedHeadquarters' }
  | { type: 'case.decided' }
  | { type: 'case.returnedFromAbove' }
  | { type: 'case.delivered' }
  | { type: 'case.pickedUp' }
  | { type: 'case.supervisionNotified' }
  | { type: 'case.resolved' };
/** A case event's type. */
export type CaseEventType = CaseEvent['type'];
/** All case event types, in journey order. */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'case.arrive',
  'case.inquired',
  'case.called',
  'case.materialsChecked',
  'case.accepted',
  'case.transferred',
  'case.visitedHeadquarters',
  'case.decided',
  'case.returnedFromAbove',
  'case.delivered',
  'case.pickedUp',
  'case.supervisionNotified',
  'case.resolved',
];

/**
 * Tags a simulation reads. `applicant.*`: where the applicant must be (a change of place is a trip);
 * activity tags say which resource the state uses; `decision.*` and `acceptance.*` say where the case
 * is decided and accepted (the stage machine's measured shares).
 */
export type CaseTag =
  | 'applicant.hall'
  | 'applicant.headquarters'
  | 'applicant.department'
  | 'applicant.otherDepartment'
  | 'queue'
  | 'desk'
  | 'window'
  | 'online'
  | 'away'
  | 'backOffice'
  | 'transfer'
  | 'upward'
  | 'parallel'
  | 'serial'
  | 'delivery'
  | 'pickup'
  | 'session'
  | 'complaint'
  | 'supervision'
  | 'background'
  | 'decision'
  | 'decision.onTheSpot'
  | 'decision.inCentre'
  | 'decision.headquarters'
  | 'decision.department'
  | 'acceptance.inCentre'
  | 'acceptance.department';

const DECIDES_IN_CENTRE: readonly Stationing[] = ['authorised', 'whole-unit', 'bureau'];

/** The setup all six centre-type machines share: context, events, named guards and actions. */
export const caseSetup = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseAttributes,
    meta: {} as StateMeta,
    tags: {} as CaseTag,
  },
  guards: {
    isOnline: ({ context }) => context.case.channel === 'online',
    needsVerificationVisit: ({ context }) => context.case.needsVerificationVisit,
    hasFirstInquiryDesk: ({ context }) => context.case.mechanisms.firstInquiry,
    areMaterialsComplete: ({ context }) => context.case.materialsComplete,
    acceptsWithGaps: ({ context }) => context.case.mechanisms.acceptWithGaps,
    isTradingCase: ({ context }) => context.case.service === 'trading',
    isCounterServiceCase: ({ context }) => context.case.service === 'counter',
    isComplaintCase: ({ context }) => context.case.service === 'complaint',
    isComplaintFunctionInCentre: ({ context }) => context.case.complaintFunctionInCentre,
    isOnTheSpotItem: ({ context }) => context.case.itemClass === 'onTheSpot',
    /** 即办件 whose window may decide: authorised, whole-unit or bureau, and a reception window for the items within its authority */
    isOnTheSpotDecidable: ({ context }) =>
      context.case.itemClass === 'onTheSpot' && (DECIDES_IN_CENTRE.includes(context.case.stationing) || (context.case.stationing === 'reception' && context.case.withinWindowAuthority)),
    isReceptionOnly: ({ context }) => context.case.stationing === 'reception',
    needsHeadquartersVisit: ({ context }) => context.case.stationing === 'reception' && context.case.needsHeadquartersVisit,
    /** 窗口授权不到位: an authorised window whose authority does not cover this case */
    lacksWindowAuthority: ({ context }) => context.case.stationing === 'authorised' && !context.case.withinWindowAuthority,
    isLinkedWithParallelApproval: ({ context }) => context.case.itemClass === 'linked' && context.case.mechanisms.parallelApproval,
    isLinkedSerial: ({ context }) => context.case.itemClass === 'linked' && !context.case.mechanisms.parallelApproval,
    isLinkedItem: ({ context }) => context.case.itemClass === 'linked',
    isReferredItem: ({ context }) => context.case.itemClass === 'referred',
    isDeliveryOn: ({ context }) => context.case.mechanisms.delivery,
  },
  actions: {
    acceptWithGaps: assign({ materialsDeferred: true }),
    resubmitMaterials: assign(({ context, event }) => ({
      case: { ...context.case, materialsComplete: event.type === 'case.arrive' ? (event.materialsComplete ?? true) : true },
      resubmissions: context.resubmissions + 1,
    })),
  },
});

/** A state config typed for caseSetup. */
export type CaseStateConfig = Parameters<typeof caseSetup.createStateConfig>[0];
type CaseGuardName = Extract<NonNullable<Extract<NonNullable<CaseStateConfig['always']>, { guard?: unknown }>['guard']>, string>;
type Target = { target: string; guard?: CaseGuardName; actions?: 'acceptWithGaps' | 'resubmitMaterials' };
type Targets = Target[];

/**
 * The initial context of a case machine from the case's attributes (DEFAULT_CASE without them);
 * pure. XState's pure `transition()` creates a throw-away actor without input on every call, whose
 * initial context this also computes: without the default it threw (and XState caught) a
 * TypeError per step, most of the time spent compiling a routing table.
 */
export function caseContext(input: CaseAttributes | undefined = DEFAULT_CASE): CaseContext {
  return { case: { ...input, mechanisms: { ...input.mechanisms } }, materialsDeferred: false, resubmissions: 0 };
}

const ASSUMED = 'assumption: DESIGN.md § The centre model (the paper describes centres, not each step of a case)';

/** Bilingual names of the states the machines share. */
export const CASE_STATE_TEXT: Record<string, Bilingual & { source: string }> = {
  notArrived: { zh: '尚未到达', en: 'not yet arrived', source: ASSUMED },
  firstInquiryDesk: { zh: '首问负责台', en: 'first-inquiry desk (首问负责)', source: 'paper §4, legal promotion 2004–2006: 首问负责' },
  windowQueue: { zh: '窗口排队', en: 'waiting for a window', source: ASSUMED },
  materialsCheck: { zh: '材料审核', en: 'materials check at the window', source: ASSUMED },
  returnedForMaterials: { zh: '材料不全，退回补正', en: 'materials incomplete: sent home to complete them (a later trip)', source: ASSUMED },
  acceptance: { zh: '窗口受理', en: 'accepted at the window', source: 'paper §1: 集中受理' },
  onlineReview: { zh: '网上预审', en: 'online pre-review of materials', source: 'paper §4, improvement 2010–: 网上审批系统' },
  onlineAcceptance: { zh: '网上受理', en: 'accepted online (网上审批)', source: 'paper §4, improvement 2010–: 网上审批系统' },
  verificationVisit: { zh: '到大厅核验原件', en: 'comes to the hall once to have originals verified', source: 'assumption: online approval still needs an in-person check for a share of cases (mechanisms.onlineApproval.verificationTripP)' },
  onTheSpotDecision: { zh: '即办件当场办结', en: 'decided on the spot (即办件)', source: ASSUMED },
  backOffice: { zh: '中心内后台办理', en: 'processed in the centre’s back office', source: 'paper §1: 相对集中办理' },
  serialHandOffs: { zh: '联办件逐个部门串联办理', en: 'linked item passed from department to department (serial)', source: ASSUMED },
  parallelApproval: { zh: '并联审批', en: 'parallel approval: all departments at once (并联审批)', source: ASSUMED },
  transferToHeadquarters: { zh: '材料转送部门本部', en: 'file sent to the department’s headquarters', source: 'paper §1: 集中受理、分头办理' },
  headquartersVisit: {
    zh: '申请人再跑部门本部（两头办理）',
    en: 'applicant must also go to headquarters (两头办理): the window only receives, or its authority does not cover the case (窗口授权不到位)',
    source: 'paper §3, 实体统一模式: 窗口授权不到位、两头办理',
  },
  headquartersProcessing: { zh: '部门本部办理', en: 'processed at the department’s headquarters', source: 'paper §1: 分头办理' },
  returnTransfer: { zh: '结果转回中心', en: 'result sent back to the centre', source: 'paper §1: 分头办理' },
  departmentOfficeInBuilding: { zh: '同楼部门办理', en: 'processed by the department’s office in the same building', source: 'paper §3, 实体统一模式' },
  bureauProcessing: { zh: '行政审批局办理', en: 'decided by the administrative approval bureau', source: 'paper §3, 审管分离模式' },
  supervisionHandOff: { zh: '审批结果告知监管部门', en: 'result passed to the supervising department (监管权 stays with it)', source: 'paper §3, 审管分离模式: 保留监管权' },
  referredUpward: { zh: '上报上级机关', en: 'referred to a higher authority (上报件)', source: ASSUMED },
  delivery: { zh: '快递送达', en: 'result delivered by express (快递送达)', source: ASSUMED },
  awaitingPickup: { zh: '领取结果', en: 'result collected in person', source: ASSUMED },
  tradingRegistration: { zh: '交易登记', en: 'registered for a trading session', source: 'paper §1, stage 3: 政府采购、建设工程招投标、土地“招拍挂”、国有资产产权交易' },
  awaitingSession: { zh: '等待交易场次', en: 'waiting for the scheduled session', source: ASSUMED },
  tradingSession: { zh: '交易场次（开标/拍卖）', en: 'trading session (bid opening / auction)', source: 'paper §1, stage 3' },
  counterService: { zh: '便民服务窗口', en: 'counter service (便民服务, disclosure requests)', source: 'paper §1, stage 3: 大量便民服务类事项' },
  complaintIntake: { zh: '投诉受理', en: 'complaint lodged', source: ASSUMED },
  forwardedToCompetentBody: { zh: '转交有关投诉机构', en: 'forwarded to the competent complaint body', source: 'assumption: separate complaint bodies, as the 6个市级行政投诉机构 in Dalian before 2007 (paper §4)' },
  complaintInvestigation: { zh: '投诉调查办理', en: 'complaint investigated', source: ASSUMED },
  externalInvestigation: { zh: '有关投诉机构调查办理', en: 'complaint investigated by the competent body outside the centre', source: 'assumption: separate complaint bodies, as the 6个市级行政投诉机构 in Dalian before 2007 (paper §4)' },
  feedbackToDepartment: { zh: '督促部门整改反馈', en: 'feedback to the offending department', source: 'paper §4, 2007: 监督有力、服务到位' },
  done: { zh: '办结', en: 'done', source: ASSUMED },
};

/** Meta for a shared state with an optional quote; pure. */
export function stateMeta(name: string, quote?: Bilingual): StateMeta {
  const t = CASE_STATE_TEXT[name];
  return { zh: t.zh, en: t.en, ...(quote ? { quote } : {}), source: t.source };
}

/** How a centre type routes its cases: the options that make the five types differ. */
export interface CentreRouting {
  /** where a reception-only (stage-1) case is decided: headquarters (分头办理), or the department's office in the same building (实体统一) */
  reception: 'headquarters' | 'sameBuilding';
  /** all approvals decided by one approval bureau (审管分离); the bureau then informs the supervising department */
  bureau: boolean;
  /** services besides approval the type offers */
  services: readonly CaseService[];
  /** complaints handled by a complaint function in the centre, or by separate bodies outside it */
  complaints: 'inCentre' | 'separate';
  /** paper quotes attached to states, by state name */
  quotes?: Partial<Record<string, Bilingual>>;
}

/** The states of a centre type's case machine, built from its routing options; pure. */
export function centreStates(o: CentreRouting): Record<string, CaseStateConfig> {
  const q = (name: string) => stateMeta(name, o.quotes?.[name]);
  const hq = o.reception === 'headquarters' && !o.bureau;
  const finish = o.bureau ? 'supervisionHandOff' : 'done';
  const results: Targets = [{ target: 'delivery', guard: 'isDeliveryOn' }, { target: 'awaitingPickup' }];
  const back = (t: Targets): Targets => (hq ? [{ target: 'returnTransfer', guard: 'isReceptionOnly' }, ...t] : t);

  const decision = (extra?: { actions: 'acceptWithGaps' }): Targets => {
    const list: Targets = o.bureau
      ? [{ target: 'onTheSpotDecision', guard: 'isOnTheSpotDecidable' }, { target: 'bureauProcessing' }]
      : hq
        ? [
            { target: 'headquartersVisit', guard: 'lacksWindowAuthority' },
            { target: 'onTheSpotDecision', guard: 'isOnTheSpotDecidable' },
            { target: 'transferToHeadquarters', guard: 'isReceptionOnly' },
            { target: 'parallelApproval', guard: 'isLinkedWithParallelApproval' },
            { target: 'backOffice' },
          ]
        : [
            { target: 'onTheSpotDecision', guard: 'isOnTheSpotDecidable' },
            { target: 'parallelApproval', guard: 'isLinkedWithParallelApproval' },
            { target: 'departmentOfficeInBuilding', guard: 'isReceptionOnly' },
            { target: 'backOffice' },
          ];
    return list.map((t) => (extra ? { ...t, ...extra } : t)) as Targets;
  };
  const materials = (accepted: string): Targets => [
    { target: accepted, guard: 'areMaterialsComplete' },
    { target: accepted, guard: 'acceptsWithGaps', actions: 'acceptWithGaps' },
    { target: 'returnedForMaterials' },
  ];
  const arrival = (resubmit: boolean): Targets =>
    [
      ...(!resubmit && o.services.includes('complaint') ? [{ target: 'complaintIntake', guard: 'isComplaintCase' }] : []),
      ...(!resubmit && o.services.includes('trading') ? [{ target: 'tradingRegistration', guard: 'isTradingCase' }] : []),
      { target: 'onlineReview', guard: 'isOnline' },
      { target: 'firstInquiryDesk', guard: 'hasFirstInquiryDesk' },
      { target: 'windowQueue' },
    ].map((t) => (resubmit ? { ...t, actions: 'resubmitMaterials' } : t)) as Targets;
  const afterLocalDecision: Targets = [
    { target: 'serialHandOffs', guard: 'isLinkedSerial' },
    { target: 'referredUpward', guard: 'isReferredItem' },
    ...results,
  ];

  const states: Record<string, CaseStateConfig> = {
    notArrived: { meta: q('notArrived'), on: { 'case.arrive': arrival(false) } },
    firstInquiryDesk: { tags: ['applicant.hall', 'desk'], meta: q('firstInquiryDesk'), on: { 'case.inquired': 'windowQueue' } },
    windowQueue: {
      tags: ['applicant.hall', 'queue'],
      meta: q('windowQueue'),
      on: { 'case.called': o.services.includes('counter') ? [{ target: 'counterService', guard: 'isCounterServiceCase' }, { target: 'materialsCheck' }] : 'materialsCheck' },
    },
    materialsCheck: { tags: ['applicant.hall', 'window'], meta: q('materialsCheck'), on: { 'case.materialsChecked': materials('acceptance') } },
    returnedForMaterials: { tags: ['away'], meta: q('returnedForMaterials'), on: { 'case.arrive': arrival(true) } },
    acceptance: { tags: ['applicant.hall', 'window', 'acceptance.inCentre'], meta: q('acceptance'), on: { 'case.accepted': decision() } },
    onlineReview: { tags: ['online'], meta: q('onlineReview'), on: { 'case.materialsChecked': materials('onlineAcceptance') } },
    verificationVisit: { tags: ['applicant.hall'], meta: q('verificationVisit'), on: { 'case.called': decision() } },
    onlineAcceptance: {
      tags: ['online', 'acceptance.inCentre'],
      meta: q('onlineAcceptance'),
      on: { 'case.accepted': [{ target: 'verificationVisit', guard: 'needsVerificationVisit' }, ...decision()] },
    },
    onTheSpotDecision: { tags: ['window', 'decision', 'decision.onTheSpot', 'decision.inCentre'], meta: q('onTheSpotDecision'), on: { 'case.decided': finish } },
  };
  if (o.bureau) {
    states.bureauProcessing = {
      tags: ['backOffice', 'decision', 'decision.inCentre'],
      meta: q('bureauProcessing'),
      on: { 'case.decided': [{ target: 'referredUpward', guard: 'isReferredItem' }, ...results] },
    };
  } else {
    states.backOffice = { tags: ['backOffice', 'decision', 'decision.inCentre'], meta: q('backOffice'), on: { 'case.decided': afterLocalDecision } };
    states.serialHandOffs = { tags: ['backOffice', 'serial', 'decision'], meta: q('serialHandOffs'), on: { 'case.decided': back(results) } };
    states.parallelApproval = { tags: ['backOffice', 'parallel', 'decision'], meta: q('parallelApproval'), on: { 'case.decided': back(results) } };
  }
  if (hq) {
    const toProcessing: Targets = [
      { target: 'parallelApproval', guard: 'isLinkedWithParallelApproval' },
      { target: 'headquartersProcessing', guard: 'isReceptionOnly' },
      { target: 'backOffice' },
    ];
    states.transferToHeadquarters = {
      tags: ['transfer'],
      meta: q('transferToHeadquarters'),
      on: { 'case.transferred': [{ target: 'headquartersVisit', guard: 'needsHeadquartersVisit' }, ...toProcessing.slice(0, 2)] },
    };
    states.headquartersVisit = { tags: ['applicant.headquarters'], meta: q('headquartersVisit'), on: { 'case.visitedHeadquarters': toProcessing } };
    states.headquartersProcessing = {
      tags: ['backOffice', 'decision', 'decision.headquarters'],
      meta: q('headquartersProcessing'),
      on: { 'case.decided': [{ target: 'serialHandOffs', guard: 'isLinkedSerial' }, { target: 'referredUpward', guard: 'isReferredItem' }, { target: 'returnTransfer' }] },
    };
    states.returnTransfer = { tags: ['transfer'], meta: q('returnTransfer'), on: { 'case.transferred': results } };
  } else if (!o.bureau) {
    states.departmentOfficeInBuilding = {
      tags: ['backOffice', 'decision', 'decision.inCentre'],
      meta: q('departmentOfficeInBuilding'),
      on: { 'case.decided': afterLocalDecision },
    };
  }
  states.referredUpward = { tags: ['upward'], meta: q('referredUpward'), on: { 'case.returnedFromAbove': back(results) } };
  states.delivery = { tags: ['delivery'], meta: q('delivery'), on: { 'case.delivered': finish } };
  states.awaitingPickup = { tags: ['applicant.hall', 'pickup'], meta: q('awaitingPickup'), on: { 'case.pickedUp': finish } };
  if (o.bureau) {
    states.supervisionHandOff = { tags: ['supervision', 'background'], meta: q('supervisionHandOff'), on: { 'case.supervisionNotified': 'done' } };
  }
  if (o.services.includes('trading')) {
    states.tradingRegistration = { tags: ['applicant.hall', 'window', 'acceptance.inCentre'], meta: q('tradingRegistration'), on: { 'case.accepted': 'awaitingSession' } };
    states.awaitingSession = { meta: q('awaitingSession'), on: { 'case.called': 'tradingSession' } };
    states.tradingSession = { tags: ['applicant.hall', 'session', 'decision', 'decision.inCentre'], meta: q('tradingSession'), on: { 'case.decided': 'done' } };
  }
  if (o.services.includes('counter')) {
    states.counterService = {
      tags: ['applicant.hall', 'window', 'acceptance.inCentre', 'decision', 'decision.onTheSpot', 'decision.inCentre'],
      meta: q('counterService'),
      on: { 'case.decided': 'done' },
    };
  }
  Object.assign(states, complaintStates(o.complaints, o.quotes));
  states.done = { type: 'final', meta: q('done') };
  return states;
}

/**
 * The complaint flow. Outside the centre (`separate`, and in any type while its complaint function
 * is still separate): intake → forwarded to the competent body (possibly the wrong one first) →
 * investigated there; no feedback reaches the centre. In a centre with a complaint function of its
 * own (`inCentre`) once that function is co-located or integrated: intake → investigation →
 * feedback to the offending department (监督手段). Pure.
 */
export function complaintStates(kind: 'inCentre' | 'separate', quotes?: Partial<Record<string, Bilingual>>): Record<string, CaseStateConfig> {
  const q = (name: string) => stateMeta(name, quotes?.[name]);
  const outside: Record<string, CaseStateConfig> = {
    forwardedToCompetentBody: { tags: ['complaint', 'transfer'], meta: q('forwardedToCompetentBody'), on: { 'case.transferred': 'externalInvestigation' } },
    externalInvestigation: { tags: ['complaint'], meta: q('externalInvestigation'), on: { 'case.decided': 'done' } },
  };
  if (kind === 'inCentre') {
    return {
      complaintIntake: {
        tags: ['complaint'],
        meta: q('complaintIntake'),
        on: { 'case.accepted': [{ target: 'complaintInvestigation', guard: 'isComplaintFunctionInCentre' }, { target: 'forwardedToCompetentBody' }] },
      },
      complaintInvestigation: { tags: ['complaint'], meta: q('complaintInvestigation'), on: { 'case.decided': 'feedbackToDepartment' } },
      feedbackToDepartment: { tags: ['complaint', 'supervision'], meta: q('feedbackToDepartment'), on: { 'case.resolved': 'done' } },
      ...outside,
    };
  }
  return {
    complaintIntake: { tags: ['complaint'], meta: q('complaintIntake'), on: { 'case.accepted': 'forwardedToCompetentBody' } },
    ...outside,
  };
}

/** Creates a centre-type case machine: initial `notArrived`, context from the case's attributes; pure. */
export function createCaseMachine(config: { id: CentreTypeId; meta: StateMeta; states: Record<string, CaseStateConfig> }) {
  return caseSetup.createMachine({
    id: config.id as string,
    context: ({ input }) => caseContext(input),
    initial: 'notArrived',
    meta: config.meta,
    states: config.states,
  });
}

/** Any of the six centre-type machines. */
export type CaseMachine = ReturnType<typeof createCaseMachine>;
