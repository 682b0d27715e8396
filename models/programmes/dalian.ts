/**
 * Dalian's path to the five-in-one, 2002–2012 and the planned new centre: four phases and every
 * dated event the paper gives, each with the paper's own sentence. A projection engine applies the
 * events in order; `kind` says what each does to the centre.
 */
import type { FiveFunctionsSnapshot } from '../functions/fiveFunctionsMachine';
import type { ServiceId } from '../../src/domain/vocabulary';
import { functionsAfter, servicesAfter, type OnlinePlatform, type ProgrammeEvent as GenericProgrammeEvent, type ProgrammeMechanism } from './programme';
import { PAPER } from '../text/paperQuotes';
import type { Bilingual } from '../text/types';

/** The four phases (阶段) of Dalian's model. */
export const DALIAN_PHASE_IDS = ['startUp', 'legalPromotion', 'functionIntegration', 'improvement'] as const;
/** One of Dalian's phases. */
export type DalianPhaseId = (typeof DALIAN_PHASE_IDS)[number];
/** An event of Dalian's programme. */
export type ProgrammeEvent = GenericProgrammeEvent<DalianPhaseId>;

/** A phase: its years (`to` null: "2010年至今"), focus, and the paper's heading and summary. */
export interface DalianPhase {
  id: DalianPhaseId;
  zh: string;
  en: string;
  from: number;
  to: number | null;
  focus: Bilingual;
  quote: Bilingual;
}

/** Dalian's four phases, paper §4. */
export const DALIAN_PHASES: readonly DalianPhase[] = [
  {
    id: 'startUp',
    zh: '起步摸索阶段',
    en: 'start-up exploration',
    from: 2002,
    to: 2003,
    focus: { zh: '单一审批职能，“硬件”建设，“一站式”审批平台', en: 'a single function (approval), hardware, the one-stop approval platform' },
    quote: { zh: PAPER.phase1, en: 'Once founded, the Dalian Municipal Government Administrative Approval Service Centre (original name) exercised the single function of administrative approval; the focus was “hardware”; the approval items and staff of the window units moved in one after another, and the “one-stop” approval platform ran on its own and took shape.' },
  },
  {
    id: 'legalPromotion',
    zh: '法制推进阶段',
    en: 'legal promotion',
    from: 2004,
    to: 2006,
    focus: { zh: '《行政许可法》施行，“软件”建设，制度体系，审批权相对集中，新大楼，更名', en: 'the Licensing Law; “software”: rules and mechanisms; relative concentration of approval power; new building; renamed' },
    quote: { zh: PAPER.licensingLaw, en: 'With the Administrative Licensing Law taking effect, the centre’s approval service entered a legal track.' },
  },
  {
    id: 'functionIntegration',
    zh: '职能整合阶段',
    en: 'function integration',
    from: 2007,
    to: 2009,
    focus: { zh: '体制机制建设，三年三大步实现“五合一”', en: 'institutions and mechanisms; three big steps in three years to the five-in-one' },
    quote: { zh: PAPER.phase3, en: 'The focus was building the institutions and mechanisms of administrative service; in three years and three big steps the five-in-one of service functions was achieved.' },
  },
  {
    id: 'improvement',
    zh: '完善提高阶段',
    en: 'improvement',
    from: 2010,
    to: null,
    focus: { zh: '提升综合服务效能，发挥服务型政府建设的“主阵地”作用', en: 'raising comprehensive service effectiveness; the centre as the “main position” of service-oriented government' },
    quote: { zh: PAPER.phase4, en: 'The focus is raising the effectiveness of comprehensive service and playing the role of the “main position” in building service-oriented government.' },
  },
];

const Q = {
  founding: { zh: PAPER.phase1Founding, en: 'the Dalian Municipal Government Administrative Approval Service Centre (original name), once founded, exercised the single function of administrative approval' },
  moveIn: { zh: PAPER.phase1MoveIn, en: 'the approval items and staff of the window units moved in one after another' },
  oneStop: { zh: PAPER.phase1OneStop, en: 'the “one-stop” approval platform ran on its own and took shape' },
  law: { zh: PAPER.licensingLaw, en: 'with the Administrative Licensing Law taking effect, the centre’s approval service entered a legal track' },
  mechanisms: { zh: PAPER.phase2Mechanisms, en: 'the focus was “software”: concentrating effort on building first-inquiry responsibility, time-limited completion, green channel, deemed approval on timeout and other rules' },
  items: { zh: PAPER.phase2ItemsReduced, en: 'reducing approval items' },
  limits: { zh: PAPER.phase2LimitsCompressed, en: 'compressing approval time limits' },
  concentrate: { zh: PAPER.phase2Concentration, en: 'carrying out the relative concentration of administrative approval power' },
  building: { zh: PAPER.phase2Building, en: 'a new centre building was rebuilt and extended' },
  renamed: { zh: PAPER.phase2Renamed, en: 'renamed the Dalian Municipal Government Administrative Service Centre' },
  invest2004: { zh: PAPER.investment2004, en: '2004: a new building and a new site, and the first city-wide round of soft-environment building' },
  invest2007: { zh: PAPER.investment2007, en: '2007: the second round, and the start of integrating administrative-service resources' },
  complaints: { zh: PAPER.complaintsMerged, en: 'the city merged the six city-level administrative complaint bodies scattered in government departments and set up the Municipal Administrative Complaint Centre, sharing offices with the Administrative Service Centre' },
  efficiencyYear: { zh: PAPER.complaints2007, en: '2007: Dalian ran an “administrative efficiency year”; the six complaint bodies were merged into a complaint centre co-located with the service centre, with unified acceptance, fast handling, strong supervision and service in place, making the centre a dual-function platform for approval and complaints' },
  merge2008: { zh: PAPER.merge2008, en: '2008: the city merged the centre’s management office, the openness (soft-environment) office and the complaint centre into a new centre, responsible for organising, coordinating and supervising openness, approval and complaint handling city-wide' },
  oct2008: { zh: PAPER.oct2008, en: 'in October the same year the municipal government procurement service centre and the government-information reading centre opened in the centre, further raising its comprehensive service functions' },
  invest2008: { zh: PAPER.investment2008Centres, en: '2008: building the government procurement centre and the government-information reading centre' },
  dataCentre: { zh: PAPER.investment2008DataCentre, en: '2008: building the municipal government data centre' },
  eGov2009: { zh: PAPER.eGov2009, en: '2009: the city moved the management of e-government and “one gate, two networks” (一门两网) into the centre' },
  five2009: { zh: PAPER.fiveInOne2009, en: 'by then, after three years, openness, approval, e-government, information release and complaint handling were all integrated into the centre: the five-in-one of service functions' },
  assessment: { zh: PAPER.assessment, en: 'to keep the five-in-one running smoothly we set up a strict assessment mechanism, folding the five functions into the city’s performance evaluation and strengthening accountability and supervision' },
  iso9000: { zh: PAPER.iso9000, en: 'introducing modern management, fully adopting the ISO9000 quality-management system, with self-improvement and continuous improvement' },
  groups: { zh: PAPER.leadingGroups2010, en: 'March 2010: the city merged the functions of the leading groups for soft environment, openness, approval reform and e-government into one service-oriented-government leading group with its office in the centre, which leads and coordinates city-wide' },
  rank: { zh: PAPER.bureauRank, en: 'the centre was fixed at full bureau rank (正局级)' },
  posts: { zh: PAPER.morePosts, en: 'more leadership posts and more staff establishment for the centre' },
  districts: { zh: PAPER.extension, en: 'the centres of the 14 districts, county-level cities, counties and pilot zones all set up comprehensive service platforms with the same model and functions as the municipal centre' },
  oneLeader: { zh: PAPER.oneLeader, en: 'over 80% of departments have their administrative-service work under one leader, with related functions bundled' },
  invest2010: { zh: PAPER.investment2010, en: '2010–2012: more investment, building specialised service websites, the third round of soft-environment building, choosing a site for and starting a new administrative service centre and public-resource trading centre' },
  tradingPlan: { zh: PAPER.tradingCentrePlan, en: 'Dalian has settled on the future model “administrative service centre + public-resource trading centre”, building a 130,000 m² new centre to open within two years' },
};

const platform = (p: OnlinePlatform, key: 'platform1' | 'platform2' | 'platform3' | 'platform4' | 'platform5', zh: string, en: string, mechanism?: ProgrammeMechanism): ProgrammeEvent => ({
  id: `2010-online-${p}`,
  year: 2010,
  yearTo: 2012,
  dating: 'range',
  phase: 'improvement',
  kind: 'online.open',
  payload: mechanism ? { platform: p, mechanism } : { platform: p },
  zh,
  en,
  quote: { zh: PAPER[key], en },
});

/**
 * Every dated event the paper gives for Dalian: ordered by year, and within a year in the paper's
 * order (dated months in order among themselves).
 */
export const DALIAN_EVENTS: readonly ProgrammeEvent[] = [
  // 起步摸索 2002–2003
  { id: '2002-found', year: 2002, dating: 'exact', phase: 'startUp', kind: 'centre.found', payload: { functions: ['approval'] }, zh: '成立大连市政府行政审批服务中心，单一审批职能', en: 'the Administrative Approval Service Centre is founded with a single function, approval', quote: Q.founding },
  { id: '2002-function-approval', year: 2002, dating: 'exact', phase: 'startUp', kind: 'function.colocate', payload: { fn: 'approval' }, zh: '行政审批职能进驻中心', en: 'the approval function is in the centre', quote: Q.founding },
  { id: '2002-station', year: 2002, yearTo: 2003, dating: 'range', phase: 'startUp', kind: 'department.station', payload: { stationing: 'reception' }, zh: '窗口单位审批事项和人员陆续进驻（集中受理）', en: 'departments’ approval items and staff move in (centralised acceptance)', quote: Q.moveIn },
  { id: '2003-one-stop', year: 2003, dating: 'phase', phase: 'startUp', kind: 'platform.oneStop', payload: {}, zh: '“一站式”审批平台自主运行、初具规模', en: 'the one-stop approval platform runs on its own', quote: Q.oneStop },
  // 法制推进 2004–2006
  { id: '2004-licensing-law', year: 2004, dating: 'exact', phase: 'legalPromotion', kind: 'law.licensing', payload: { law: { zh: '《行政许可法》', en: 'Administrative Licensing Law' } }, zh: '《行政许可法》施行，审批服务步入法制化轨道', en: 'the Administrative Licensing Law takes effect', quote: Q.law },
  { id: '2004-building', year: 2004, dating: 'exact', phase: 'legalPromotion', kind: 'hall.build', payload: {}, zh: '建楼移址（改扩建新的中心大楼）', en: 'new building and new site', quote: Q.invest2004 },
  { id: '2004-soft-environment-1', year: 2004, dating: 'exact', phase: 'legalPromotion', kind: 'softEnvironment.round', payload: { round: 1 }, zh: '全市第一轮软环境建设', en: 'first city-wide round of soft-environment building', quote: Q.invest2004 },
  { id: '2004-first-inquiry', year: 2004, yearTo: 2006, dating: 'phase', phase: 'legalPromotion', kind: 'mechanism.enable', payload: { mechanism: 'firstInquiry' }, zh: '首问负责制', en: 'first-inquiry responsibility', quote: Q.mechanisms },
  { id: '2004-time-limit', year: 2004, yearTo: 2006, dating: 'phase', phase: 'legalPromotion', kind: 'mechanism.enable', payload: { mechanism: 'timeLimit' }, zh: '限时办结制', en: 'time-limited completion', quote: Q.mechanisms },
  { id: '2004-green-channel', year: 2004, yearTo: 2006, dating: 'phase', phase: 'legalPromotion', kind: 'mechanism.enable', payload: { mechanism: 'greenChannel' }, zh: '绿色通道', en: 'green channel', quote: Q.mechanisms },
  { id: '2004-deemed-approval', year: 2004, yearTo: 2006, dating: 'phase', phase: 'legalPromotion', kind: 'mechanism.enable', payload: { mechanism: 'deemedApproval' }, zh: '超时默许制', en: 'deemed approval on timeout', quote: Q.mechanisms },
  { id: '2004-items-reduce', year: 2004, yearTo: 2006, dating: 'phase', phase: 'legalPromotion', kind: 'items.reduce', payload: {}, zh: '减少审批事项', en: 'fewer approval items', quote: Q.items },
  { id: '2004-limits-compress', year: 2004, yearTo: 2006, dating: 'phase', phase: 'legalPromotion', kind: 'limits.compress', payload: {}, zh: '压缩审批时限', en: 'shorter approval time limits', quote: Q.limits },
  { id: '2004-concentrate', year: 2004, yearTo: 2006, dating: 'phase', phase: 'legalPromotion', kind: 'approval.concentrate', payload: { stationing: 'authorised' }, zh: '行政审批权相对集中', en: 'relative concentration of approval power', quote: Q.concentrate },
  { id: '2006-renamed', year: 2006, dating: 'phase', phase: 'legalPromotion', kind: 'centre.rename', payload: { name: { zh: '大连市政府行政服务中心', en: 'Dalian Municipal Government Administrative Service Centre' } }, zh: '更名为大连市政府行政服务中心', en: 'renamed Administrative Service Centre', quote: Q.renamed },
  // 职能整合 2007–2009
  { id: '2007-soft-environment-2', year: 2007, dating: 'exact', phase: 'functionIntegration', kind: 'softEnvironment.round', payload: { round: 2 }, zh: '第二轮软环境建设', en: 'second round of soft-environment building', quote: Q.invest2007 },
  { id: '2007-resources', year: 2007, dating: 'exact', phase: 'functionIntegration', kind: 'resources.integrate', payload: {}, zh: '启动行政服务资源整合', en: 'start of integrating administrative-service resources', quote: Q.invest2007 },
  { id: '2007-complaints-merge', year: 2007, dating: 'exact', phase: 'functionIntegration', kind: 'complaints.merge', payload: { bodies: 6 }, zh: '“行政效能年”：整合6个市级行政投诉机构，成立市政府行政投诉中心', en: '“administrative efficiency year”: six city-level complaint bodies merged into the Municipal Administrative Complaint Centre', quote: Q.efficiencyYear },
  { id: '2007-complaints-colocate', year: 2007, dating: 'exact', phase: 'functionIntegration', kind: 'function.colocate', payload: { fn: 'complaints' }, zh: '投诉中心与行政服务中心合署办公（审批+投诉双功能）', en: 'the complaint centre shares offices with the service centre (approval + complaints)', quote: Q.complaints },
  { id: '2008-openness-colocate', year: 2008, dating: 'exact', phase: 'functionIntegration', kind: 'function.colocate', payload: { fn: 'openness' }, zh: '政务公开（软环境建设）工作办公室并入中心', en: 'the openness (soft-environment) office moves into the centre', quote: Q.merge2008 },
  { id: '2008-openness-integrate', year: 2008, dating: 'exact', phase: 'functionIntegration', kind: 'function.integrate', payload: { fn: 'openness' }, zh: '新中心负责全市政务公开', en: 'the new centre is responsible for openness city-wide', quote: Q.merge2008 },
  { id: '2008-approval-integrate', year: 2008, dating: 'exact', phase: 'functionIntegration', kind: 'function.integrate', payload: { fn: 'approval' }, zh: '新中心负责全市行政审批', en: 'the new centre is responsible for approval city-wide', quote: Q.merge2008 },
  { id: '2008-complaints-integrate', year: 2008, dating: 'exact', phase: 'functionIntegration', kind: 'function.integrate', payload: { fn: 'complaints' }, zh: '投诉中心整合进新的行政服务中心', en: 'the complaint centre is merged into the new centre', quote: Q.merge2008 },
  { id: '2008-data-centre', year: 2008, dating: 'exact', phase: 'functionIntegration', kind: 'dataCentre.build', payload: {}, zh: '建设市政府数据中心', en: 'the municipal data centre is built', quote: Q.dataCentre },
  { id: '2008-10-procurement', year: 2008, month: 10, dating: 'exact', phase: 'functionIntegration', kind: 'service.add', payload: { service: 'procurement' }, zh: '市政府采购服务中心在中心揭牌运行', en: 'the government procurement service centre opens in the centre', quote: Q.oct2008 },
  { id: '2008-10-reading', year: 2008, month: 10, dating: 'exact', phase: 'functionIntegration', kind: 'service.add', payload: { service: 'disclosureRequests' }, zh: '政府信息查阅中心在中心揭牌运行', en: 'the government-information reading centre opens in the centre', quote: Q.oct2008 },
  { id: '2009-egov-colocate', year: 2009, dating: 'exact', phase: 'functionIntegration', kind: 'function.colocate', payload: { fn: 'eGovernment' }, zh: '电子政务建设管理职能进入中心', en: 'e-government management moves into the centre', quote: Q.eGov2009 },
  { id: '2009-egov-integrate', year: 2009, dating: 'exact', phase: 'functionIntegration', kind: 'function.integrate', payload: { fn: 'eGovernment' }, zh: '电子政务整合到中心', en: 'e-government integrated into the centre', quote: Q.eGov2009 },
  { id: '2009-info-colocate', year: 2009, dating: 'exact', phase: 'functionIntegration', kind: 'function.colocate', payload: { fn: 'informationRelease' }, zh: '“一门两网”建设管理职能进入中心（信息发布）', en: '“one gate, two networks” (information release) moves into the centre', quote: Q.eGov2009 },
  { id: '2009-info-integrate', year: 2009, dating: 'exact', phase: 'functionIntegration', kind: 'function.integrate', payload: { fn: 'informationRelease' }, zh: '信息发布整合到中心，实现“五合一”', en: 'information release integrated: five-in-one complete', quote: Q.five2009 },
  { id: '2009-assessment', year: 2009, dating: 'phase', phase: 'functionIntegration', kind: 'mechanism.enable', payload: { mechanism: 'qualityManagement', aspect: 'assessment' }, zh: '严格考核：五项职能纳入全市绩效考核', en: 'strict assessment: the five functions in the city’s performance evaluation', quote: Q.assessment },
  { id: '2009-iso9000', year: 2009, dating: 'phase', phase: 'functionIntegration', kind: 'mechanism.enable', payload: { mechanism: 'qualityManagement', aspect: 'iso9000' }, zh: '全面导入ISO9000质量管理体系', en: 'ISO9000 quality management adopted', quote: Q.iso9000 },
  // 完善提高 2010–
  { id: '2010-03-leading-groups', year: 2010, month: 3, dating: 'exact', phase: 'improvement', kind: 'leadingGroups.merge', payload: { groups: 4 }, zh: '四个领导小组整合为服务型政府建设工作领导小组，办公室设在中心', en: 'four leading groups merged into one service-oriented-government leading group, its office in the centre', quote: Q.groups },
  { id: '2010-rank', year: 2010, dating: 'phase', phase: 'improvement', kind: 'centre.rank', payload: { rank: { zh: '正局级', en: 'full bureau rank' } }, zh: '中心确定为正局级建制', en: 'the centre raised to full bureau rank', quote: Q.rank },
  { id: '2010-staff', year: 2010, dating: 'phase', phase: 'improvement', kind: 'staff.add', payload: {}, zh: '增加中心领导职数和工作人员编制', en: 'more leadership posts and staff', quote: Q.posts },
  { id: '2010-districts', year: 2010, dating: 'phase', phase: 'improvement', kind: 'network.extendToDistricts', payload: { districts: 14, departmentsUnderOneLeaderShare: 0.8 }, zh: '“五合一”延伸到14个区市县、先导区；80%以上部门行政服务工作由一个领导分管', en: 'five-in-one extended to the 14 districts/counties/pilot zones; over 80% of departments’ service work under one leader', quote: Q.districts },
  { id: '2010-soft-environment-3', year: 2010, yearTo: 2012, dating: 'range', phase: 'improvement', kind: 'softEnvironment.round', payload: { round: 3 }, zh: '加大投入：专业服务网站、软环境第三轮建设', en: 'larger investment: service websites, third round of soft-environment building', quote: Q.invest2010 },
  platform('disclosureNet', 'platform1', '大连市政府信息公开网', 'Dalian government-information disclosure net'),
  platform('publicEnterpriseNet', 'platform2', '大连市公共企事业单位办事公开网', 'Dalian public-enterprise service disclosure net'),
  platform('onlineApproval', 'platform3', '大连市政府网上审批系统', 'Dalian government online approval system', 'onlineApproval'),
  platform('constructionCreditNet', 'platform4', '大连市工程建设领域项目信息和信用信息公开网', 'Dalian construction-project information and credit disclosure net'),
  platform('powerOperationNet', 'platform5', '大连市行政权力运行公开网', 'Dalian administrative-power operation disclosure net'),
  { id: '2010-new-centre-site', year: 2010, yearTo: 2012, dating: 'range', phase: 'improvement', kind: 'hall.build', payload: { planned: true }, zh: '选址开建新的行政服务中心和公共资源交易中心', en: 'site chosen and construction begun for a new service centre and public-resource trading centre', quote: Q.invest2010 },
  { id: '2014-new-centre', year: 2014, dating: 'planned', phase: 'improvement', kind: 'hall.build', payload: { areaM2: 130000, planned: true }, zh: '13万平方米新中心两年内投入运行（“行政服务中心+公共资源交易中心”）', en: '130,000 m² new centre to open within two years (“service centre + public-resource trading centre”)', quote: Q.tradingPlan },
  { id: '2014-construction-bidding', year: 2014, dating: 'planned', phase: 'improvement', kind: 'service.add', payload: { service: 'constructionBidding', planned: true }, zh: '公共资源交易中心：建设工程招投标', en: 'public-resource trading centre: construction bidding', quote: Q.tradingPlan },
  { id: '2014-land-auction', year: 2014, dating: 'planned', phase: 'improvement', kind: 'service.add', payload: { service: 'landAuction', planned: true }, zh: '公共资源交易中心：土地“招拍挂”', en: 'public-resource trading centre: land auctions', quote: Q.tradingPlan },
  { id: '2014-state-assets', year: 2014, dating: 'planned', phase: 'improvement', kind: 'service.add', payload: { service: 'stateAssetTrading', planned: true }, zh: '公共资源交易中心：国有资产产权交易', en: 'public-resource trading centre: state-asset trading', quote: Q.tradingPlan },
];

/** The five functions at the end of `year` under Dalian's programme (or the events given); pure. */
export function functionsAtEndOf(year: number, events: readonly ProgrammeEvent[] = DALIAN_EVENTS): FiveFunctionsSnapshot {
  return functionsAfter(events, year);
}

/** The service lines open at the end of `year` under Dalian's programme (or the events given); pure. */
export function servicesAtEndOf(year: number, events: readonly ProgrammeEvent[] = DALIAN_EVENTS): ServiceId[] {
  return servicesAfter(events, year);
}

/** The phase a year falls in; pure. */
export function phaseOf(year: number): DalianPhase | undefined {
  return DALIAN_PHASES.find((p) => year >= p.from && (p.to === null || year <= p.to));
}
