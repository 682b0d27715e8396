/**
 * The parameter registry of the `onewindow/centre` scenario: every field a centre scenario can
 * set, with its unit, its default, its bounds, whether it is a whole number, and where the number
 * comes from (a source note cited as `[note-id]`, models/sources/sourceNotes.ts, or the label `'assumption'`).
 * The zod schema (src/engine/scenario/centreSchema.ts) and the UI's lever editor and sweeps read
 * bounds, defaults and the integer flag from here, so they cannot disagree. Pure data.
 */
import { CENTRE_TYPE_IDS, COUNTER_SERVICES, STATIONING_TERMS, FUNCTION_IDS, FUNCTION_LEVELS, FUNCTION_TERMS, ITEM_CLASSES, ITEM_CLASS_TERMS, MECHANISM_TERMS, SERVICE_TERMS, STATIONINGS, TRADING_SERVICES } from './vocabulary';

/** One scenario field. `path` uses `[]` for array elements, e.g. `departments[].windows`. */
export interface ParameterSpec {
  path: string;
  zh: string;
  en: string;
  /** unit, e.g. 'working days', 'minutes', 'probability', 'cases/yr', '—' for labels */
  unit: string;
  /** documented default; `null` when the field is required (no default) */
  default: number | string | boolean | null | readonly number[];
  min?: number;
  max?: number;
  /** a whole number: the schema rejects fractions and the UI's editors and sweeps round to whole numbers */
  integer?: true;
  /** 'assumption', or a text citing source notes by id, `[city-metrics] Dalian: …` (models/sources/sourceNotes.ts) */
  source: string;
  /**
   * Set when a value of this parameter (in a named preset, or its default) was chosen so that a
   * simulated figure meets an outside one: which preset, which value, and the figure it was tuned to.
   * Every such figure is a `tuned` row of models/data/calibration.json naming this path, unless the
   * text says "no calibration row" (tests/calibration/tunedParameters.test.ts checks both ways).
   * DESIGN.md § What makes the model defensible.
   */
  tuned?: string;
  note?: string;
}

const A = 'assumption';
// what the tuned parameters were tuned to (each a `tuned` row of models/data/calibration.json, unless it says otherwise)
const T_TIANJIN = 'tianjin-2007 and tianjin-before-centre: review times 3× the defaults with CV 0.4, to reach Tianjin’s completion 10.8 d after and 23.9 d before entering the centre ([city-metrics]); this also sets the after/before ratio';
const T_TIANJIN_HQ = 'tianjin-2007 and tianjin-before-centre: 3 working days (default 0.5) before each sign-off layer at headquarters, to reach Tianjin’s 23.9 d before entering the centre ([city-metrics]); with the review scale it also sets the after/before ratio. It replaces the assumed review multiplier 2.2 for departments outside the centre, which did this job unlabelled';
const T_DALIAN_WINDOW = 'dalian-2002 and, through the replay, dalian-2009 (one Dalian): 4–6 min (÷ 1.1 under ISO9000 from 2009), so that the hall carries Dalian’s volume (1.28 M cases in 2009) with waits under the 15-minute standard ([city-metrics], [queueing-operations])';
const T_GUANGDONG = 'the default: towards Guangdong’s ≈ 1.1 bad-rating tickets per 10k items, Jul 2023 ([city-metrics]); no calibration row (no Guangdong preset)';

/**
 * Upper bound of an annual case volume (demand.annualVolume, items[].annualVolume): 50 million
 * cases a year, about 20× the largest prefecture-level centre in [planner-requirements] point 5 (2.3 M) and 22×
 * Hangzhou's 2.28 M. A sanity bound, not a source: above it a run needs more memory than a
 * browser tab has (issue 9: 1e12 was accepted and failed with "Invalid typed array length").
 */
export const MAX_ANNUAL_CASES = 50_000_000;
/** Upper bound of a stage-3 service line's annual volume: 10 million, 50× Hangzhou 2021's 197,485 public-resource transactions ([planner-requirements] point 9); a sanity bound, not a source. */
export const MAX_ANNUAL_SERVICE_VOLUME = 10_000_000;
/**
 * Upper bound of the cases one replication simulates (annual volume × simulation.days ÷ working
 * days per year, service lines included): 5 million. Measured: a Dalian 2009 year at 30 M cases/yr
 * (about 30 M cases) took 3.9 GB in Node, about 130 bytes a case; 5 M cases is about 650 MB per
 * worker, what a browser tab's workers can hold (issue 9: 30,000,000 cases/yr failed in the
 * browser). A memory bound, not a source: a larger demand runs with fewer simulated days.
 */
export const MAX_CASES_PER_REPLICATION = 5_000_000;
const VOLUME_BOUND_NOTE = 'bound 50,000,000 cases/yr: a sanity limit (about 20× the largest prefecture centre, [planner-requirements] point 5), not a source'
const I = true as const;
const oneOf = (values: readonly string[]) => values.join('|');

/** The registry, in schema order. */
export const centreParameters: readonly ParameterSpec[] = [
  // envelope
  { path: 'type', zh: '场景类型', en: 'scenario kind', unit: '—', default: 'onewindow/centre', source: A, note: 'the file format’s envelope, not a figure' },
  { path: 'version', zh: '版本', en: 'schema version', unit: '—', default: 1, source: A, note: 'the file format’s envelope, not a figure' },
  { path: 'name', zh: '名称', en: 'name', unit: '—', default: 'centre', source: A },
  { path: 'nameZh', zh: '中文名称', en: 'Chinese name', unit: '—', default: '', source: A },
  { path: 'description', zh: '说明', en: 'description', unit: '—', default: '', source: A },
  { path: 'descriptionZh', zh: '中文说明', en: 'description (zh)', unit: '—', default: null, source: A, note: 'optional; shown in the Chinese UI instead of `description`' },
  { path: 'year', zh: '年份', en: 'year described', unit: 'year', default: 2009, min: 1990, max: 2100, integer: I, source: A },
  { path: 'seed', zh: '随机种子', en: 'base random seed', unit: 'integer', default: 1, min: 0, max: 4294967295, integer: I, source: A },
  { path: 'replications', zh: '重复次数', en: 'replications', unit: 'runs', default: 10, min: 1, integer: I, source: A },
  { path: '_sources', zh: '来源', en: 'sources and notes', unit: '—', default: null, source: A, note: 'free text: which figures come from where' },
  { path: '_sourcesZh', zh: '中文来源', en: 'sources and notes (zh)', unit: '—', default: null, source: A, note: 'optional; `_sources` in Chinese, one per source, shown in the Chinese UI' },
  // city
  { path: 'city.name', zh: '城市', en: 'city name', unit: '—', default: 'City', source: A },
  { path: 'city.nameZh', zh: '城市中文名', en: 'city name (zh)', unit: '—', default: '', source: A },
  { path: 'city.level', zh: '层级', en: 'administrative level', unit: 'municipal|district|county|township', default: 'municipal', source: '[paper-national] (provincial, prefecture, county, township centres)' },
  { path: 'city.population', zh: '人口', en: 'population', unit: 'persons', default: 1_000_000, min: 0, integer: I, source: A },
  { path: 'city.enterprises', zh: '企业数', en: 'enterprises', unit: 'enterprises', default: 20_000, min: 0, integer: I, source: A },
  // centre type
  { path: 'centreType', zh: '中心模式', en: 'centre type', unit: oneOf(CENTRE_TYPE_IDS), default: 'functionIntegration', source: '[paper-models] five development models' },
  // departments
  { path: 'departments[].id', zh: '部门标识', en: 'department id', unit: '—', default: null, source: A },
  { path: 'departments[].nameZh', zh: '部门名称', en: 'department name (zh)', unit: '—', default: '', source: A },
  { path: 'departments[].nameEn', zh: '部门英文名', en: 'department name (en)', unit: '—', default: '', source: A },
  { path: 'departments[].stationing', zh: '进驻方式', en: 'stationing', unit: oneOf(STATIONINGS), default: 'authorised', source: '[paper-stages] stages 1–2, §3 model 4; [planner-requirements] point 2 (两集中两到位)' },
  { path: 'departments[].windows', zh: '窗口数', en: 'windows', unit: 'windows', default: 2, min: 0, integer: I, source: '[city-metrics] Dalian: 80 windows / 35 departments ≈ 2.3', note: 'for absent departments: counters at the department’s own office' },
  { path: 'departments[].staff', zh: '人员', en: 'staff (windows + back office)', unit: 'persons', default: 6, min: 0, integer: I, source: '[city-metrics] Shenzhen 363 window staff / 34 units; Liuhe 202 staff / 34 departments', note: 'back-office servers = max(1, staff − windows)' },
  { path: 'departments[].authorisationShare', zh: '授权到位率', en: 'authorisation share', unit: 'share 0–1', default: 0.9, min: 0, max: 1, source: '[planner-requirements] point 2: 授权到位率, the share of items the window is authorised to decide', note: 'authority covers the department’s simplest (on-the-spot) items first (assumption). Within it, a reception window decides on-the-spot items at the window; beyond it, an authorised window sends the applicant to headquarters too (两头办理, [paper-models]). A reception window’s headquarters visits are headquartersVisitShare, not 1 − this share (issue 9, point 3)' },
  // ---- capacity (issue 9, points 2–3): authority actually used, headquarters visits, sign-off layers as back-office steps ----
  { path: 'departments[].authorisationUsed', zh: '授权实际行使率', en: 'share of the window’s nominal authority actually used', unit: 'share 0–1', default: 1, min: 0, max: 1, source: '[paper-problems] 窗口授权不充分 (value: assumption)', note: 'effective authority = authorisationShare × authorisationUsed: a case within it is decided by the window (an authorised window: in the centre; a reception window: its on-the-spot items); beyond it, an authorised window sends the applicant to headquarters too (两头办理)' },
  { path: 'departments[].handledInCentreShare', zh: '进驻事项实际在中心办理比例', en: 'share of its cases the stationed department really handles through the centre', unit: 'share 0–1', default: 1, min: 0, max: 1, source: '[paper-problems] 进驻部门内在动力不足, 办理事项有待增加 (value: assumption)', note: 'the rest it keeps at its own office (体外循环): the applicant goes there as in a city without a centre, and headquarters signs off; the office has counters in proportion (assumption)' },
  { path: 'departments[].headquartersVisitShare', zh: '须到本部办理比例', en: 'share of a reception window’s cases for which the applicant must also appear at headquarters', unit: 'share 0–1', default: 0.1, min: 0, max: 1, source: A, note: 'stage 1 (集中受理、分头办理): the file travels to headquarters, the applicant only where the item needs them in person there (interview, originals); separate from the window’s authority — [paper-stages] 一个窗口对外. Replaces P(两头办理) = 1 − authorisation share for reception windows ([planner-requirements] point 2 proposed it for every window)' },
  ...STATIONINGS.map((s) => ({
    path: `process.signOffLayers.${s}`,
    zh: '签批层级数', en: `sign-off layers after the review, department stationed ${s}`, unit: 'layers',
    default: { absent: 3, reception: 3, authorised: 1, 'whole-unit': 1, bureau: 1 }[s], min: 0, max: 10, integer: I,
    source: s === 'authorised' ? '[staffing-workloads]: the 首席代表 (head of the approval division) holds the department’s approval seal in the centre' : s === 'bureau' ? '[time-limits]: Wuxi Xinwu 11 seals of 7 departments → 1 (一枚印章); [paper-models] 审管分离' : A,
    note: s === 'absent' || s === 'reception' ? 'at headquarters: section chief, division chief, leader in charge (科长、处长、分管局领导): assumption' : s === 'whole-unit' ? 'the approval division moved in as a unit (成建制进驻): its head signs in the centre: assumption' : 'each layer is a back-office step done by the department’s staff (signOffMinutes each), after an in-tray wait (signOffWaitDays)',
  })),
  { path: 'process.signOffMinutes', zh: '每层签批工时', en: 'staff time per sign-off layer per file', unit: 'staff-minutes', default: 5, min: 0, source: A, note: 'done by the department’s back-office staff: sign-off competes with reviews for the same staff, so staffing moves lead time when the department is loaded' },
  { path: 'process.signOffWaitDays.headquarters', zh: '本部每层签批等待', en: 'in-tray wait before each sign-off layer at headquarters', unit: 'working days', default: 0.5, min: 0, tuned: T_TIANJIN_HQ, source: A, note: 'files go up the hierarchy in daily rounds (leaders in meetings, other duties)' },
  { path: 'process.signOffWaitDays.centre', zh: '中心内每层签批等待', en: 'in-tray wait before each sign-off layer in the centre', unit: 'working days', default: 0, min: 0, source: '[staffing-workloads]: the 首席代表 works full-time in the centre, so a file waits only for the staff (value: assumption)' },
  // items
  { path: 'items[].id', zh: '事项标识', en: 'item id', unit: '—', default: null, source: A },
  { path: 'items[].name', zh: '事项名称', en: 'item name', unit: '—', default: '', source: A },
  { path: 'items[].nameZh', zh: '事项中文名', en: 'item name (zh)', unit: '—', default: '', source: A },
  { path: 'items[].class', zh: '办件类型', en: 'item class', unit: `${oneOf(ITEM_CLASSES)} (${ITEM_CLASSES.map((c) => ITEM_CLASS_TERMS[c].zh).join('|')})`, default: 'promised', source: '[planner-requirements] point 1 item typology' },
  { path: 'items[].departments', zh: '办理部门', en: 'departments involved', unit: 'department ids', default: null, source: A, note: 'linked items list every department; the first receives the case' },
  { path: 'items[].legalLimitDays', zh: '法定时限', en: 'legal limit', unit: 'working days', default: 20, min: 0, source: '行政许可法 art. 42: 20 working days (+10) — [planner-requirements] point 1' },
  { path: 'items[].promisedLimitDays', zh: '承诺时限', en: 'promised limit', unit: 'working days', default: 10, min: 0, source: '[city-metrics] Tianjin districts promised 6.6–8.3 days', note: 'defaults to the legal limit when absent' },
  { path: 'items[].onlineCapable', zh: '网上可办', en: 'online-capable', unit: 'boolean', default: false, source: '[planner-requirements] point 6 网上可办率' },
  { path: 'items[].annualVolume', zh: '年办件量', en: 'annual volume', unit: 'cases/yr', default: null, min: 0, max: MAX_ANNUAL_CASES, source: A, note: `either annualVolume or share; ${VOLUME_BOUND_NOTE}` },
  { path: 'items[].share', zh: '办件占比', en: 'share of demand', unit: 'share 0–1', default: null, min: 0, max: 1, source: A },
  { path: 'items[].serviceMinutes', zh: '受理时长', en: 'acceptance service time', unit: 'minutes', default: null, min: 0, source: A, note: 'defaults to process.serviceMinutes of its class' },
  { path: 'items[].effortMinutes', zh: '审批工时', en: 'back-office effort per department', unit: 'staff-minutes', default: null, min: 0, source: A, note: 'defaults to process.effortMinutes of its class' },
  { path: 'items[].reviewDays', zh: '审查周期', en: 'review (sign-off) time per department', unit: 'working days', default: null, min: 0, source: A, note: 'defaults to process.reviewDays of its class' },
  // window organisation
  { path: 'windowOrganisation', zh: '窗口组织', en: 'window organisation', unit: 'department|comprehensive', default: 'department', source: '[planner-requirements] point 4 综合窗口 / 无差别受理' },
  // five functions
  ...FUNCTION_IDS.map((f) => ({
    path: `functions.${f}`,
    zh: FUNCTION_TERMS[f].zh,
    en: `${f} function`,
    unit: oneOf(FUNCTION_LEVELS),
    default: f === 'approval' ? 'integrated' : 'separate',
    source: '[paper-models] five functions of five-in-one',
  })),
  // the five functions' complementarities (issue 9 point 4): each effect needs two functions together; read only by compileCentre
  { path: 'functionEffects.releaseComplement', zh: '信息发布对政务公开的放大', en: 'amplification of openness’s rise in P(complete) by information release', unit: '×', default: 0.25, min: 0, max: 4, source: A, note: 'P(complete) = materialsCompleteP + opennessBoost × L(openness) × (1 + this × L(informationRelease)): information release (重要应用) spreads what openness (政务统领) publishes, and alone publishes no guide. Paper §3 roles; value chosen so that with both integrated P(complete) is what the earlier additive formula gave (0.85 at the defaults)' },
  { path: 'functionEffects.publicityReviewCut', zh: '公开发布对部门积极性的提升', en: 'cut in every department’s review time when openness and information release publish its performance', unit: 'share 0–1', default: 0.1, min: 0, max: 0.9, source: A, note: 'review × (1 − this × L(openness) × L(informationRelease)): departments’ motivation (paper §5 problem: 部门积极性) rises under public scrutiny only where the centre both holds the openness work and releases the information; no calibration row reads a lead time of a centre with both integrated' },
  { path: 'functionEffects.onlineWithoutEGovernment', zh: '电子政务分设时的网办采纳比例', en: 'online adoption with e-government separate, as a share of adoption with it integrated', unit: 'share 0–1', default: 0.5, min: 0, max: 1, source: A, note: 'adoption × (this + (1 − this) × L(eGovernment)): e-government is the technical support (技术支撑, paper §3) that makes online approval usable; 0.5 keeps the earlier formula' },
  { path: 'functionEffects.eSupervisionWithoutEGovernment', zh: '电子政务分设时电子监察的效力', en: 'share of 电子监察’s expediting that works with e-government separate', unit: 'share 0–1', default: 0.5, min: 0, max: 1, source: A, note: 'the hurried review’s floor is 1 − (1 − expediteFloor) × (this + (1 − this) × L(eGovernment)): electronic supervision runs on the e-government network (paper §3: 电子政务 技术支撑); work ordering by deadline is kept either way' },
  // mechanisms
  { path: 'mechanisms.firstInquiry.on', zh: MECHANISM_TERMS.firstInquiry.zh, en: 'first-inquiry responsibility', unit: 'boolean', default: false, source: '[paper-dalian] (2004–2006)' },
  { path: 'mechanisms.firstInquiry.misrouteRate', zh: '首问后误导率', en: 'misrouting rate with first inquiry', unit: 'probability', default: 0.02, min: 0, max: 1, source: A },
  { path: 'mechanisms.timeLimit.on', zh: MECHANISM_TERMS.timeLimit.zh, en: 'time-limited completion', unit: 'boolean', default: false, source: '[paper-dalian] (2004–2006)', note: 'on: the promised limit is the deadline and back offices work under its pressure (a review at risk of overrunning it is hurried, down to pressureFloor); off: the legal limit' },
  { path: 'mechanisms.timeLimit.pressureFloor', zh: '限时压力下最短审查比例', en: 'share of an at-risk review that the pressure of 限时办结 cannot compress', unit: 'share 0–1', default: 0.8, min: 0, max: 1, source: A, note: 'weaker than 电子监察’s alerts (eSupervision.expediteFloor); with both on, the alerts’ floor applies' },
  { path: 'mechanisms.greenChannel.on', zh: MECHANISM_TERMS.greenChannel.zh, en: 'green channel', unit: 'boolean', default: false, source: '[paper-dalian]; [city-metrics] Dalian 大政发[2007]104号' },
  { path: 'mechanisms.greenChannel.share', zh: '绿色通道占比', en: 'share of cases in the green channel', unit: 'share 0–1', default: 0.03, min: 0, max: 1, source: A, note: 'key projects' },
  { path: 'mechanisms.greenChannel.limitDays', zh: '绿色通道时限', en: 'green-channel limit', unit: 'working days', default: 7, min: 0, source: '[city-metrics] Dalian green channel: within 7 working days' },
  { path: 'mechanisms.deemedApproval.on', zh: MECHANISM_TERMS.deemedApproval.zh, en: 'deemed approval on timeout', unit: 'boolean', default: false, source: '[paper-dalian]; [city-metrics] 超时联审默许', note: 'a department co-reviewing a linked item that stays silent past its limit (its share of the case’s limit in serial review, all of it in parallel review: assumption) is deemed to consent; the case goes on, and the lateness is recorded (deemedApprovalRate)' },
  { path: 'mechanisms.oneTimeNotice.on', zh: MECHANISM_TERMS.oneTimeNotice.zh, en: 'one-time notice', unit: 'boolean', default: false, source: '[planner-requirements] point 3' },
  { path: 'mechanisms.oneTimeNotice.retryCompleteP', zh: '告知后材料齐全率', en: 'P(materials complete) on return after a one-time notice', unit: 'probability', default: 0.95, min: 0, max: 1, source: A },
  { path: 'mechanisms.parallelApproval.on', zh: MECHANISM_TERMS.parallelApproval.zh, en: 'parallel approval', unit: 'boolean', default: false, source: '[planner-requirements] point 1 联办件/并联审批' },
  { path: 'mechanisms.acceptWithGaps.on', zh: MECHANISM_TERMS.acceptWithGaps.zh, en: 'accept with minor gaps', unit: 'boolean', default: false, source: '[planner-requirements] point 8' },
  { path: 'mechanisms.acceptWithGaps.minorGapShare', zh: '轻微缺件占比', en: 'share of incomplete files whose gaps are minor', unit: 'share 0–1', default: 0.5, min: 0, max: 1, source: A },
  { path: 'mechanisms.eSupervision.on', zh: MECHANISM_TERMS.eSupervision.zh, en: 'electronic supervision', unit: 'boolean', default: false, source: '[paper-national] leading functions; [planner-requirements] point 8', note: 'back offices work earliest-deadline-first' },
  { path: 'mechanisms.eSupervision.expediteFloor', zh: '预警后最短审查比例', en: 'share of the remaining review time that an overdue alert cannot compress', unit: 'share 0–1', default: 0.4, min: 0, max: 1, source: A, note: '电子监察 yellow/red-card alerts: a review that would end after the deadline is hurried to end at it, but not below this share of its length' },
  { path: 'mechanisms.onlineApproval.on', zh: MECHANISM_TERMS.onlineApproval.zh, en: 'online approval', unit: 'boolean', default: false, source: '[paper-dalian] (2010–) online approval system' },
  { path: 'mechanisms.onlineApproval.verificationTripP', zh: '网办核验跑动概率', en: 'P(online case needs an in-person verification trip): the statecharts’ verificationVisit', unit: 'probability', default: 0.1, min: 0, max: 1, tuned: 'hangzhou: 0.03 (default 0.1), to reach 跑零次实现率 95.4% ([city-metrics] Hangzhou 2020)', source: A, note: '[planner-requirements] point 6: online cases still generate trips' },
  { path: 'mechanisms.onlineApproval.reviewCut', zh: '网上审批压缩审查时间比例', en: 'share cut from an online case’s review time', unit: 'share 0–1', default: 0.35, min: 0, max: 1, source: '[dalian-online-approval] Dalian’s online approval system: −35% on the municipal statutory limits, sampled in the trial run (the administration’s estimate)', note: 'a process, not a relabel: an online case’s review at each back office (pre-checked online, passed on electronically) is this much shorter; its limits are unchanged (the cut is read as the time the six-step online process saves, not as a tighter promise)' },
  { path: 'mechanisms.delivery.on', zh: MECHANISM_TERMS.delivery.zh, en: 'results delivered by post', unit: 'boolean', default: false, source: '[planner-requirements] point 6' },
  { path: 'mechanisms.delivery.days', zh: '送达时间', en: 'delivery time', unit: 'working days', default: 1, min: 0, source: A },
  { path: 'mechanisms.qualityManagement.on', zh: MECHANISM_TERMS.qualityManagement.zh, en: 'ISO9000 / performance appraisal', unit: 'boolean', default: false, source: '[paper-models] (ISO9000, assessment); [planner-requirements] point 8 service-rate multiplier' },
  { path: 'mechanisms.qualityManagement.serviceRateMultiplier', zh: '服务效率系数', en: 'service-rate multiplier', unit: '×', default: 1.1, min: 0.1, source: A },
  { path: 'mechanisms.qualityManagement.cvMultiplier', zh: '服务时长变异系数倍数', en: 'service-time CV multiplier', unit: '×', default: 0.8, min: 0, source: A },
  // demand
  { path: 'demand.annualVolume', zh: '年办件量', en: 'annual case volume', unit: 'cases/yr', default: 300_000, min: 0, max: MAX_ANNUAL_CASES, integer: I, source: '[planner-requirements] point 5: county ~0.3 M, prefecture 1–2.3 M cases/yr', note: VOLUME_BOUND_NOTE },
  { path: 'demand.growth', zh: '年增长率', en: 'annual growth', unit: 'share/yr', default: 0.05, min: -1, max: 1, source: '[city-metrics] Dalian 2009 +26.7% yoy (one year)', note: 'used by projections; a single-year run ignores it. Bound (≤ +100%/yr, the timeline’s demand.change bound): a sanity limit, not a source' },
  { path: 'demand.seasonProfile', zh: '季节分布', en: 'month weights (12)', unit: 'relative weight', default: [0.85, 0.8, 1.1, 1.05, 1.0, 1.05, 1.0, 0.95, 1.05, 0.9, 1.1, 1.15], source: A, note: 'normalised to mean 1' },
  { path: 'demand.weekdayProfile', zh: '星期分布', en: 'weekday weights (Mon…)', unit: 'relative weight', default: [1.15, 1.0, 0.95, 0.95, 0.95], source: '[queueing-operations] DMV Monday 28 vs Thursday 13 min (Monday peak)', note: 'normalised to mean 1' },
  { path: 'demand.hourProfile', zh: '时段分布', en: 'hour-of-opening weights', unit: 'relative weight', default: [0.9, 1.3, 1.25, 0.95, 0.7, 1.0, 1.05, 0.85], source: '[queueing-operations] DMV by hour: mid-morning peak', note: 'one weight per opening hour; normalised' },
  { path: 'demand.onlineAdoption', zh: '网办采纳率', en: 'online adoption among online-capable cases', unit: 'share 0–1', default: 0.2, min: 0, max: 1, tuned: 'hangzhou: 0.995, to reach 网上办 98.34% ([city-metrics] Hangzhou 2020)', source: '[city-metrics] Shanghai actual online share <20% → >80%' },
  // behaviour (applicants)
  { path: 'behaviour.materialsCompleteP', zh: '材料齐全率', en: 'P(materials complete) on first visit', unit: 'probability', default: 0.7, min: 0, max: 1, source: A, note: '[city-metrics] Zhejiang documents 860 → 359 suggests much incompleteness' },
  { path: 'behaviour.retryCompleteP', zh: '补正后齐全率', en: 'P(materials complete) on a return without one-time notice', unit: 'probability', default: 0.75, min: 0, max: 1, source: A },
  { path: 'behaviour.opennessBoost', zh: '政务公开提升', en: 'rise in P(complete) when openness is integrated (half when co-located)', unit: 'probability', default: 0.12, min: 0, max: 1, source: A },
  { path: 'behaviour.returnDelayDays', zh: '补正返回间隔', en: 'mean delay before returning after a rejection', unit: 'working days', default: 3, min: 0, source: A },
  { path: 'behaviour.travelHoursPerTrip', zh: '单次往返时间', en: 'travel time per trip', unit: 'hours', default: 1.5, min: 0, source: A },
  { path: 'behaviour.misrouteRate', zh: '误导率', en: 'misrouting rate at department windows without first inquiry', unit: 'probability', default: 0.08, min: 0, max: 1, source: A },
  { path: 'behaviour.balkQueueLength', zh: '放弃排队长度', en: 'queue length at which arrivals balk (0 = never)', unit: 'persons', default: 0, min: 0, integer: I, source: '[queueing-operations] Xu, Gao & Ou 2007 (ticket queues with balking)' },
  { path: 'behaviour.patienceMinutes', zh: '耐心时长', en: 'mean patience before reneging (0 = infinite)', unit: 'minutes', default: 30, min: 0, source: '[patience-and-waits] longest tolerable wait 21–30 min (2007 surveys in Shanghai, Shenzhen, Tianjin), banks’ 30-minute maximum wait', note: 'exponential (an assumption); an applicant who reneges comes back another day: one more trip' },
  { path: 'behaviour.pickupMinutes', zh: '取件时长', en: 'service time to hand over a result', unit: 'minutes', default: 3, min: 0, source: A },
  // hall: the desk before the ticket queue
  { path: 'hall.desks', zh: '导办台数', en: 'first-inquiry desks before the ticket queue, used when 首问负责 is on (0 = the desk adds no wait)', unit: 'desks', default: 0, min: 0, integer: I, source: '[planner-requirements] point 5: include the pre-ticket queue, which official statistics leave out; [queueing-operations] (Arizona, North Carolina)' },
  { path: 'hall.deskMinutes', zh: '导办时长', en: 'time at the desk (ticket, first inquiry)', unit: 'minutes', default: 1, min: 0, source: A },
  // process
  { path: 'process.serviceMinutes.onTheSpot', zh: '即办件受理办结时长', en: 'window time, on-the-spot item (accept + decide)', unit: 'minutes', default: 15, min: 0, tuned: T_DALIAN_WINDOW, source: '[city-metrics] Changyi "20-minute acceptance"; Poupatempo ID 6 min 44 s' },
  { path: 'process.serviceMinutes.promised', zh: '承诺件受理时长', en: 'window time, promised item', unit: 'minutes', default: 18, min: 0, tuned: T_DALIAN_WINDOW, source: '[city-metrics] Changyi "20-minute acceptance"' },
  { path: 'process.serviceMinutes.linked', zh: '联办件受理时长', en: 'window time, linked item', unit: 'minutes', default: 22, min: 0, tuned: T_DALIAN_WINDOW, source: A },
  { path: 'process.serviceMinutes.referred', zh: '上报件受理时长', en: 'window time, referred item', unit: 'minutes', default: 20, min: 0, tuned: T_DALIAN_WINDOW, source: A },
  { path: 'process.serviceCv', zh: '受理时长变异系数', en: 'window time CV (lognormal)', unit: 'CV', default: 0.6, min: 0, source: A },
  { path: 'process.effortMinutes.onTheSpot', zh: '即办件后台工时', en: 'back-office effort, on-the-spot item not decided at the window', unit: 'staff-minutes', default: 20, min: 0, source: A },
  { path: 'process.effortMinutes.promised', zh: '承诺件后台工时', en: 'back-office effort, promised item', unit: 'staff-minutes', default: 60, min: 0, source: A },
  { path: 'process.effortMinutes.linked', zh: '联办件后台工时', en: 'back-office effort per department, linked item', unit: 'staff-minutes', default: 60, min: 0, source: A },
  { path: 'process.effortMinutes.referred', zh: '上报件后台工时', en: 'back-office effort, referred item', unit: 'staff-minutes', default: 60, min: 0, source: A },
  { path: 'process.effortCv', zh: '工时变异系数', en: 'effort CV (lognormal)', unit: 'CV', default: 0.8, min: 0, source: A },
  { path: 'process.reviewDays.onTheSpot', zh: '即办件审查周期', en: 'review time, on-the-spot item not decided at the window', unit: 'working days', default: 0.5, min: 0, tuned: T_TIANJIN, source: A },
  { path: 'process.reviewDays.promised', zh: '承诺件审查周期', en: 'review time, promised item', unit: 'working days', default: 2.5, min: 0, tuned: T_TIANJIN, source: '[city-metrics] Fangchenggang promised items 1.78 days (2011)' },
  { path: 'process.reviewDays.linked', zh: '联办件审查周期', en: 'review time per department, linked item', unit: 'working days', default: 3, min: 0, tuned: T_TIANJIN, source: A },
  { path: 'process.reviewDays.referred', zh: '上报件审查周期', en: 'review time, referred item (local part)', unit: 'working days', default: 3, min: 0, tuned: T_TIANJIN, source: A },
  { path: 'process.reviewCv', zh: '审查周期变异系数', en: 'review time CV (lognormal)', unit: 'CV', default: 0.7, min: 0, tuned: T_TIANJIN, source: A },
  { path: 'process.referralDays', zh: '上报审批周期', en: 'time at the higher level for a referred item', unit: 'working days', default: 10, min: 0, source: A, note: '[city-metrics] Dalian: national/provincial projects reported up within 7 days' },
  ...STATIONINGS.map((s) => ({
    path: `process.handoffDays.${s}`,
    zh: `转送时间 · ${STATIONING_TERMS[s].zh}`, en: `hand-off time per department step · ${STATIONING_TERMS[s].en}`, unit: 'working days',
    default: { absent: 2, reception: 1.5, authorised: 0.3, 'whole-unit': 0.15, bureau: 0.1 }[s], min: 0, source: A,
    note: s === 'absent' ? 'the applicant carries the file between offices' : s === 'reception' ? 'each way between the window and headquarters (stage 1 transfer delay)' : undefined,
  })),
  { path: 'process.twoEndDays', zh: '两头办理延误', en: 'delay added by the extra trip to headquarters', unit: 'working days', default: 2, min: 0, source: A },
  { path: 'process.bureauLinkedFactor', zh: '审批局联办工时系数', en: 'effort of one bureau decision on a linked item, × one department’s', unit: '×', default: 1.5, min: 0, source: A },
  // complaints and ratings
  { path: 'complaints.baseP', zh: '基础投诉率', en: 'complaint probability without a bad event', unit: 'probability', default: 0.00002, min: 0, max: 1, tuned: T_GUANGDONG, source: '[city-metrics] Guangdong Jul 2023: 1,249 bad-rating tickets / 11.2 M items ≈ 1.1 per 10k (calibrated)' },
  { path: 'complaints.overdueP', zh: '超时投诉率', en: 'complaint probability added by an overdue case', unit: 'probability', default: 0.01, min: 0, max: 1, source: '[planner-requirements] point 7 Guangdong top tag: over the legal limit' },
  { path: 'complaints.extraTripP', zh: '多跑投诉率', en: 'complaint probability added per extra trip (two-end, office-to-office) or rejection', unit: 'probability', default: 0.001, min: 0, max: 1, source: A },
  { path: 'complaints.longWaitP', zh: '久候投诉率', en: 'complaint probability added when a wait exceeded 15 min', unit: 'probability', default: 0.0003, min: 0, max: 1, source: '[queueing-operations] 15-min standard' },
  { path: 'complaints.misroutedP', zh: '误导投诉率', en: 'complaint probability added when misrouted', unit: 'probability', default: 0.001, min: 0, max: 1, source: A },
  { path: 'complaints.resolutionDays.separate', zh: '分设投诉机构处理时长', en: 'resolution time, six separate complaint bodies', unit: 'working days', default: 12, min: 0, source: '[paper-dalian] (2007: six complaint bodies merged); value assumption' },
  { path: 'complaints.resolutionDays.colocated', zh: '同址投诉处理时长', en: 'resolution time, complaint centre co-located', unit: 'working days', default: 7, min: 0, source: A },
  { path: 'complaints.resolutionDays.integrated', zh: '整合投诉处理时长', en: 'resolution time, complaint function integrated', unit: 'working days', default: 4, min: 0, source: A, note: '[planner-requirements] point 7 bad ratings fixed within 15 working days' },
  { path: 'complaints.misdirectShare', zh: '投诉错投比例', en: 'share of complaints first sent to the wrong body when bodies are separate', unit: 'share 0–1', default: 0.5, min: 0, max: 1, source: A },
  { path: 'complaints.referralDays', zh: '投诉转办时间', en: 'delay to pass a misdirected complaint on', unit: 'working days', default: 5, min: 0, source: A },
  { path: 'complaints.feedback', zh: '投诉反馈效应', en: 'cut in the offending back office’s review time per complaint, with the complaint and approval functions both integrated (× L(complaints) × L(approval): a quarter when both are co-located, none when either is separate or where the centre type’s statechart forwards complaints to separate bodies)', unit: 'share per complaint', default: 0.01, min: 0, max: 0.5, source: A, note: '[paper-models]: complaints are the means of supervision (监督手段), and feedback reaches a department’s approval work only where the centre holds that work too (issue 9 point 4, a complementarity); review time never falls below 70%' },
  { path: 'ratings.participation', zh: '评价参与率', en: 'share of cases rated', unit: 'share 0–1', default: 0.9, min: 0, max: 1, source: '[city-metrics] Fangchenggang participation 98.9%; Guangdong 13.9 M ratings / 11.2 M items' },
  { path: 'ratings.baseBadP', zh: '基础差评率', en: 'P(bad rating) without a bad event', unit: 'probability', default: 0.00005, min: 0, max: 1, tuned: T_GUANGDONG, source: '[city-metrics] Guangdong Jul 2023: 1,275 bad of 13.9 M valid ratings' },
  { path: 'ratings.overdueBadP', zh: '超时差评率', en: 'bad-rating probability added by an overdue case', unit: 'probability', default: 0.05, min: 0, max: 1, source: A },
  { path: 'ratings.extraTripBadP', zh: '多跑差评率', en: 'bad-rating probability added per extra trip or rejection', unit: 'probability', default: 0.003, min: 0, max: 1, source: A },
  { path: 'ratings.longWaitBadP', zh: '久候差评率', en: 'bad-rating probability added when a wait exceeded 15 min', unit: 'probability', default: 0.002, min: 0, max: 1, source: A },
  { path: 'ratings.misroutedBadP', zh: '误导差评率', en: 'bad-rating probability added when misrouted', unit: 'probability', default: 0.003, min: 0, max: 1, source: A },
  // stage-3 services
  ...TRADING_SERVICES.flatMap((s) => {
    const zh = SERVICE_TERMS[s].zh;
    return [
      { path: `services.${s}.on`, zh, en: `${s} service line`, unit: 'boolean', default: false, source: '[paper-stages] stage 3' },
      { path: `services.${s}.annualVolume`, zh: `${zh}年交易量`, en: `${s} transactions per year`, unit: 'transactions/yr', default: 500, min: 0, max: MAX_ANNUAL_SERVICE_VOLUME, source: '[planner-requirements] point 9 Hangzhou 2021: 197,485 public-resource transactions (scaled: assumption)' },
      { path: `services.${s}.sessionEveryDays`, zh: `${zh}开标/交易间隔`, en: `${s} session interval`, unit: 'working days', default: 5, min: 1, source: A },
      { path: `services.${s}.cycleDays`, zh: `${zh}周期`, en: `${s} cycle time before the session`, unit: 'working days', default: 20, min: 0, source: A },
    ];
  }),
  ...COUNTER_SERVICES.flatMap((s) => {
    const zh = SERVICE_TERMS[s].zh;
    return [
      { path: `services.${s}.on`, zh, en: `${s} service line`, unit: 'boolean', default: false, source: '[paper-stages] stage 3; §2 (710 centres with information reading)' },
      { path: `services.${s}.annualVolume`, zh: `${zh}年服务量`, en: `${s} requests per year`, unit: 'requests/yr', default: 2000, min: 0, max: MAX_ANNUAL_SERVICE_VOLUME, source: A },
      { path: `services.${s}.minutes`, zh: `${zh}服务时长`, en: `${s} service time`, unit: 'minutes', default: 10, min: 0, source: A },
      { path: `services.${s}.counters`, zh: `${zh}窗口数`, en: `${s} counters`, unit: 'counters', default: 2, min: 1, integer: I, source: A },
    ];
  }),
  // costs
  { path: 'costs.staffCostPerYear', zh: '人均年成本', en: 'cost per staff member per year', unit: 'CNY/yr', default: 60_000, min: 0, source: A },
  { path: 'costs.windowCostPerYear', zh: '窗口年成本', en: 'cost per window per year (space, equipment)', unit: 'CNY/yr', default: 20_000, min: 0, source: A },
  // opening
  { path: 'opening.hoursPerDay', zh: '每日开放小时', en: 'opening hours per day', unit: 'hours', default: 8, min: 1, max: 24, integer: I, source: '[queueing-operations] (Russian MFC ≥ 10 h; Chinese halls typically 8 h: assumption)' },
  { path: 'opening.daysPerWeek', zh: '每周开放天数', en: 'opening days per week', unit: 'days', default: 5, min: 1, max: 7, integer: I, source: A },
  { path: 'opening.closingPolicy', zh: '闭厅规则', en: 'at closing time', unit: 'serveAll|sendHome', default: 'serveAll', source: A, note: 'a policy the planner chooses. serveAll: everyone holding a ticket is served (overtime runs into the next working minutes); sendHome: the queue is sent home, a wasted trip and a return another day' },
  { path: 'opening.workingDaysPerYear', zh: '年工作日', en: 'working days per year', unit: 'days', default: 250, min: 1, max: 366, integer: I, source: '[planner-requirements] (about 250 working days)' },
  // multi-year projection (issue 5; fields documented in src/engine/scenario/timelineSchema.ts)
  { path: 'timeline', zh: '改革时间线', en: 'reform timeline (dated events)', unit: 'events', default: null, source: '[paper-dalian] (Dalian phases); fields: timelineSchema.ts' },
  // projection settings: the paper gives no dynamics, so every one is an assumption (models/presets/README-projection.md § The year loop)
  { path: 'projection.startYear', zh: '推演起始年', en: 'first projected year', unit: 'year', default: null, min: 1990, max: 2100, integer: I, source: A, note: 'default: the scenario’s year' },
  { path: 'projection.endYear', zh: '推演末年', en: 'last projected year', unit: 'year', default: null, min: 1990, max: 2100, integer: I, source: A, note: 'required; a timeline event after it is refused' },
  { path: 'projection.replications', zh: '推演轨迹数', en: 'trajectories (replications of the whole projection)', unit: 'trajectories', default: null, min: 1, max: 1000, integer: I, source: A, note: 'default: the scenario’s replications' },
  { path: 'projection.sampledDays', zh: '每年抽样工作日', en: 'working days simulated per year', unit: 'working days', default: 10, min: 1, max: 250, integer: I, source: A, note: 'their volumes taken from the 12 months in turn; year totals = sample × workingDaysPerYear ÷ sampledDays' },
  { path: 'projection.warmupDays', zh: '每年预热工作日', en: 'warm-up days per year (not counted)', unit: 'working days', default: 2, min: 0, max: 30, integer: I, source: A },
  { path: 'projection.trust.initialCapture', zh: '起始年进入中心的办件比例', en: 'share of the city’s cases brought to the centre in the first year', unit: 'share 0–1', default: 0.7, min: 0, max: 1, source: A, note: 'the rest go to departments’ own offices (体外循环)' },
  { path: 'projection.trust.pull', zh: '信任拉动系数', en: 'trust pull (cases drawn to the centre per year)', unit: 'share/yr', default: 0.35, min: 0, max: 1, source: A, note: 'capture_{y+1} = capture_y + pull × (maxCapture − capture_y) × onTimeRate × (1 − badRatingRate) ÷ max(1, tripsPerCase)' },
  { path: 'projection.trust.maxCapture', zh: '进入中心办件比例上限', en: 'highest share of the city’s cases the centre can draw', unit: 'share 0–1', default: 0.98, min: 0, max: 1, source: A },
  { path: 'projection.adoption.ceiling', zh: '网上办理采用上限', en: 'ceiling of online adoption', unit: 'share 0–1', default: 0.85, min: 0, max: 1, source: A, note: 'a Bass curve once 网上审批 is on: a_{y+1} = a_y + (p + q·a_y)(ceiling − a_y)' },
  { path: 'projection.adoption.innovation', zh: '创新系数（Bass p）', en: 'innovation coefficient (Bass p)', unit: 'share/yr', default: 0.03, min: 0, max: 1, source: A, note: 'p = innovation × (1 + releaseBoost × L(informationRelease)); L = 0, ½, 1 for separate, co-located, integrated' },
  { path: 'projection.adoption.imitation', zh: '模仿系数（Bass q）', en: 'imitation coefficient (Bass q)', unit: 'share/yr', default: 0.4, min: 0, max: 1, source: A, note: 'q = imitation × (1 + eGovernmentBoost × L(eGovernment))' },
  { path: 'projection.adoption.releaseBoost', zh: '信息发布对创新系数的加成', en: 'information release’s boost to p', unit: '×', default: 1.5, min: 0, max: 10, source: A },
  { path: 'projection.adoption.eGovernmentBoost', zh: '电子政务对模仿系数的加成', en: 'e-government’s boost to q', unit: '×', default: 1, min: 0, max: 10, source: A },
  { path: 'projection.staffing.follow', zh: '人员随负荷调整', en: 'staff follow the load, department by department', unit: 'boolean', default: true, source: A, note: 'src/engine/projection/staffing.ts: each year each stationed department’s own windows and back office are sized for the year’s offered load; the paper names 人员配备不到位 as a problem and gives no staff numbers' },
  { path: 'projection.staffing.targetUtilisation', zh: '人员配置目标负荷', en: 'offered load a department is staffed for', unit: 'share 0–1', default: 0.75, min: 0, max: 1, source: A, note: 'windows or back office above it get the servers that bring them back to it' },
  { path: 'projection.staffing.waitTargetMinutes', zh: '等候时间目标', en: 'mean wait above which a department gets more windows next year', unit: 'minutes', default: 10, min: 0, max: 240, source: A, note: 'below the 15-minute standard ([queueing-operations]) on purpose: a centre acts before the standard is broken' },
  { path: 'projection.staffing.maxGrowth', zh: '部门人员年最大增幅', en: 'largest growth of a department’s windows or staff in a year', unit: 'share/yr', default: 0.15, min: 0, max: 1, source: A, note: 'at least one server when one is needed (whole units)' },
  { path: 'network', zh: '城市中心网络', en: 'city network of district and township centres', unit: '—', default: null, source: '[paper-dalian] (2010 extension to 14 districts); fields: timelineSchema.ts' },
  // simulation
    { path: 'simulation.days', zh: '仿真工作日', en: 'working days simulated (arrivals)', unit: 'working days', default: 250, min: 1, max: 2500, integer: I, source: A, note: 'cases arriving in these days are followed to completion; at most 2,500 (ten years of working days: a sanity bound) and at most 5,000,000 cases per replication (MAX_CASES_PER_REPLICATION, a memory bound)' },
  { path: 'simulation.sampling', zh: '抽样方式', en: 'which working days are simulated', unit: 'consecutive|spread', default: 'consecutive', source: A, note: 'consecutive: from the first working day of the year; spread: the simulated days are spread over the 12 months (a year’s sample in fewer days)' },
  { path: 'simulation.warmupDays', zh: '预热工作日', en: 'warm-up days (cases not counted)', unit: 'working days', default: 0, min: 0, integer: I, source: A },
];

/**
 * The groups of the registry as a researcher meets them (the first segment of a path, mechanisms
 * split by mechanism), with their names. Pure data.
 */
export const PARAMETER_GROUPS = {
  mechanisms: { zh: '机制参数', en: 'Mechanism parameters' },
  demand: { zh: '需求', en: 'Demand' },
  behaviour: { zh: '办事人行为', en: 'Applicant behaviour' },
  hall: { zh: '大厅', en: 'Hall' },
  process: { zh: '受理与审批流程', en: 'Acceptance and approval process' },
  complaints: { zh: '投诉', en: 'Complaints' },
  ratings: { zh: '好差评', en: 'Ratings (好差评)' },
  costs: { zh: '成本', en: 'Costs' },
  departments: { zh: '部门', en: 'Departments' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<string, { zh: string; en: string }>;
export type ParameterGroup = keyof typeof PARAMETER_GROUPS;

/** The group of a registry path (`process.reviewCv` → process). Pure. */
export function parameterGroup(path: string): ParameterGroup {
  const head = path.split(/[.[]/)[0];
  return head in PARAMETER_GROUPS ? (head as ParameterGroup) : 'other';
}

/** The registry as a map from path to spec. */
export const centreParameterIndex: ReadonlyMap<string, ParameterSpec> = new Map(centreParameters.map((p) => [p.path, p]));

/** The spec of one path; throws when the registry lacks it (a programming error). Pure. */
export function parameter(path: string): ParameterSpec {
  const spec = centreParameterIndex.get(path);
  if (!spec) throw new Error(`centre parameter registry has no entry for ${path}`);
  return spec;
}
