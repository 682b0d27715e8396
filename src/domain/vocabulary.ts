/**
 * The domain's vocabulary, each list written once: how a department is stationed, the classes of
 * item, the centre types, the five functions and their levels, the mechanisms, what a case is for,
 * its channel, the service lines a centre offers, and the developmental stages. Every list is
 * `as const` with its type and its terms ({@link Term}: the paper's Chinese, or the official term
 * where the paper has none, and an English gloss) as the UI shows them. The engine, models/, the
 * CLI, the UI and the tests import these. Pure data; imports nothing.
 */

/** A bilingual term as shown to users. */
export interface Term {
  readonly zh: string;
  readonly en: string;
}

/**
 * 进驻方式: how a department is stationed. `absent` (own office, no centre), `reception` (the window
 * only receives: 集中受理、分头办理), `authorised` (首席代表 windows decide), `whole-unit` (成建制进驻),
 * `bureau` (审管分离: an approval bureau holds the power).
 */
export const STATIONINGS = ['absent', 'reception', 'authorised', 'whole-unit', 'bureau'] as const;
/** A department's stationing. */
export type Stationing = (typeof STATIONINGS)[number];
export const STATIONING_TERMS: Readonly<Record<Stationing, Term>> = {
  absent: { zh: '未进驻中心（部门本部办理）', en: 'Not in a centre (own office)' },
  reception: { zh: '仅受理（集中受理、分头办理）', en: 'Reception only (集中受理、分头办理)' },
  authorised: { zh: '首席代表授权窗口', en: 'Authorised window (首席代表)' },
  'whole-unit': { zh: '成建制进驻', en: 'Whole unit moved in (成建制进驻)' },
  bureau: { zh: '行政审批局（审管分离）', en: 'Approval bureau (审管分离)' },
};
/** 办件类型: 即办件 on the spot, 承诺件 within a promised limit, 联办件 several departments, 上报件 referred upward. */
export const ITEM_CLASSES = ['onTheSpot', 'promised', 'linked', 'referred'] as const;
/** An item's class. */
export type ItemClass = (typeof ITEM_CLASSES)[number];
export const ITEM_CLASS_TERMS: Readonly<Record<ItemClass, Term>> = {
  onTheSpot: { zh: '即办件', en: 'On the spot (即办件)' },
  promised: { zh: '承诺件', en: 'Promised (承诺件)' },
  linked: { zh: '联办件', en: 'Linked, several departments (联办件)' },
  referred: { zh: '上报件', en: 'Referred upward (上报件)' },
};

/** The six centre types: the paper's five development models (§3) and the dispersed baseline. */
export const CENTRE_TYPE_IDS = ['economyLed', 'comprehensive', 'physicalUnification', 'approvalBureau', 'functionIntegration', 'dispersed'] as const;
/** A centre type; also the `id` of its statechart. */
export type CentreTypeId = (typeof CENTRE_TYPE_IDS)[number];
/**
 * The models' names. models/centreTypes profiles (`profile.model`) must carry these same words until
 * they import them (tests/domain/vocabulary.test.ts holds them equal meanwhile).
 */
export const CENTRE_TYPE_TERMS: Readonly<Record<CentreTypeId, Term>> = {
  economyLed: { zh: '经济主导模式', en: 'economy-led' },
  comprehensive: { zh: '综合服务模式', en: 'comprehensive service' },
  physicalUnification: { zh: '实体统一模式', en: 'physical unification' },
  approvalBureau: { zh: '审管分离模式', en: 'approval–supervision separation' },
  functionIntegration: { zh: '行政职能整合模式（“五合一”）', en: 'administrative-function integration ("five-in-one")' },
  dispersed: { zh: '分散办理（无中心）', en: 'dispersed baseline (no centre)' },
};

/** The five functions of Dalian's "five-in-one" (五合一), in the paper's order. */
export const FUNCTION_IDS = ['openness', 'approval', 'eGovernment', 'informationRelease', 'complaints'] as const;
/** One of the five functions. */
export type FunctionId = (typeof FUNCTION_IDS)[number];
/**
 * The paper: 政务公开、行政审批、电子政务、信息发布、行政投诉办理五项职能 (§4). The complaint function is
 * 行政投诉办理 (handling complaints), not 行政投诉 (a complaint itself, {@link CASE_SERVICE_TERMS}).
 */
export const FUNCTION_TERMS: Readonly<Record<FunctionId, Term>> = {
  openness: { zh: '政务公开', en: 'government-affairs openness' },
  approval: { zh: '行政审批', en: 'administrative approval' },
  eGovernment: { zh: '电子政务', en: 'e-government' },
  informationRelease: { zh: '信息发布', en: 'information release' },
  complaints: { zh: '行政投诉办理', en: 'administrative complaint handling' },
};

/** How far a function has moved into the centre: separate → co-located (合署办公) → integrated (整合). */
export const FUNCTION_LEVELS = ['separate', 'colocated', 'integrated'] as const;
/** A function's level. */
export type FunctionLevel = (typeof FUNCTION_LEVELS)[number];
export const FUNCTION_LEVEL_TERMS: Readonly<Record<FunctionLevel, Term>> = {
  separate: { zh: '分散', en: 'separate' },
  colocated: { zh: '合署办公', en: 'co-located' },
  integrated: { zh: '已整合', en: 'integrated' },
};
/**
 * Score of a level in the integration index: separate 0, co-located ½, integrated 1. Assumption:
 * co-location (合署办公) is worth half of integration — the paper names both steps but gives no weights.
 */
export const FUNCTION_LEVEL_SCORE: Readonly<Record<FunctionLevel, number>> = { separate: 0, colocated: 0.5, integrated: 1 };

/** The eleven mechanisms of the centre scenario (`mechanisms.<name>`), each a switch with parameters. */
export const MECHANISMS = [
  'firstInquiry',
  'timeLimit',
  'greenChannel',
  'deemedApproval',
  'oneTimeNotice',
  'parallelApproval',
  'acceptWithGaps',
  'eSupervision',
  'onlineApproval',
  'delivery',
  'qualityManagement',
] as const;
/** A mechanism. */
export type Mechanism = (typeof MECHANISMS)[number];
export const MECHANISM_TERMS: Readonly<Record<Mechanism, Term>> = {
  firstInquiry: { zh: '首问负责', en: 'First-inquiry desk (首问负责)' },
  timeLimit: { zh: '限时办结', en: 'Time-limited completion (限时办结)' },
  greenChannel: { zh: '绿色通道', en: 'Green channel (绿色通道)' },
  deemedApproval: { zh: '超时默许', en: 'Deemed approval on timeout (超时默许)' },
  oneTimeNotice: { zh: '一次性告知', en: 'One-time notice (一次性告知)' },
  parallelApproval: { zh: '并联审批', en: 'Parallel approval (并联审批)' },
  acceptWithGaps: { zh: '容缺受理', en: 'Accept with minor gaps (容缺受理)' },
  eSupervision: { zh: '电子监察', en: 'Electronic supervision (电子监察)' },
  onlineApproval: { zh: '网上审批', en: 'Online approval (网上审批)' },
  delivery: { zh: '快递送达', en: 'Results delivered (快递送达)' },
  qualityManagement: { zh: 'ISO9000 与绩效考核（效果为假设）', en: 'ISO9000 and performance assessment (assumed effect)' },
};
/** The mechanisms that change a case's route (guards of the centre-type statecharts). */
export const ROUTING_MECHANISMS = ['firstInquiry', 'acceptWithGaps', 'parallelApproval', 'delivery'] as const satisfies readonly Mechanism[];

/**
 * What a case is for: an approval item, a public-resource trading session, a counter service
 * (便民服务, a disclosure request at the reading room), or a complaint (a case of its own).
 */
export const CASE_SERVICES = ['approval', 'trading', 'counter', 'complaint'] as const;
/** The service a case is for. */
export type CaseService = (typeof CASE_SERVICES)[number];
export const CASE_SERVICE_TERMS: Readonly<Record<CaseService, Term>> = {
  approval: { zh: '审批事项', en: 'Approval item' },
  trading: { zh: '公共资源交易', en: 'Public-resource trading' },
  counter: { zh: '便民服务', en: 'Convenience service' },
  complaint: { zh: '行政投诉', en: 'Complaint' },
};

/** Hall or online (网上审批). */
export const CHANNELS = ['hall', 'online'] as const;
/** The channel a case comes through. */
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_TERMS: Readonly<Record<Channel, Term>> = {
  hall: { zh: '大厅办理', en: 'In the hall' },
  online: { zh: '网上审批', en: 'Online (网上审批)' },
};

/** The four public-resource trading lines (公共资源交易) the paper lists for stage 3; sessions on scheduled days. */
export const TRADING_SERVICES = ['procurement', 'constructionBidding', 'landAuction', 'stateAssetTrading'] as const;
/** Services for citizens besides trading: 便民服务 and the information reading room (counters, FCFS). */
export const COUNTER_SERVICES = ['convenience', 'disclosureRequests'] as const;
/** The stage-3 services a scenario may switch on (`services.<name>`). */
export const STAGE3_SERVICES = [...TRADING_SERVICES, ...COUNTER_SERVICES] as const;
/** A stage-3 service. */
export type Stage3Service = (typeof STAGE3_SERVICES)[number];
/** What a centre can offer (paper §1, stage 3: kept approval lines plus the added services). */
export const SERVICE_IDS = ['approval', 'nonLicenceApproval', ...STAGE3_SERVICES] as const;
/** A service line a centre offers. */
export type ServiceId = (typeof SERVICE_IDS)[number];
/** The paper: 保留行政审批、非行政许可审批等事项，还新增了政府采购、建设工程招投标、土地“招拍挂”、国有资产产权交易以及大量便民服务类事项. */
export const SERVICE_TERMS: Readonly<Record<ServiceId, Term>> = {
  approval: { zh: '行政审批', en: 'Administrative approval' },
  nonLicenceApproval: { zh: '非行政许可审批', en: 'Non-licence approval' },
  procurement: { zh: '政府采购', en: 'Government procurement' },
  constructionBidding: { zh: '建设工程招投标', en: 'Construction-project bidding' },
  landAuction: { zh: '土地“招拍挂”', en: 'Land auction, bidding and listing' },
  stateAssetTrading: { zh: '国有资产产权交易', en: 'State-owned asset trading' },
  convenience: { zh: '便民服务', en: 'Convenience services' },
  disclosureRequests: { zh: '政府信息公开查阅', en: 'Government-information reading room' },
};

/** The stages in order: the dispersed baseline, then the paper's three periods (时期). */
export const STAGE_IDS = ['dispersed', 'stage1', 'stage2', 'stage3'] as const;
/** A developmental stage. */
export type StageId = (typeof STAGE_IDS)[number];
export const STAGE_TERMS: Readonly<Record<StageId, Term>> = {
  dispersed: { zh: '分散办理', en: 'dispersed' },
  stage1: { zh: '第一时期：集中受理、分头办理', en: 'stage 1: centralised acceptance' },
  stage2: { zh: '第二时期：集中受理、相对集中办理', en: 'stage 2: relatively centralised processing' },
  stage3: { zh: '第三时期：综合性服务', en: 'stage 3: comprehensive services' },
};
