/**
 * The bilingual glossary: every Chinese term of the paper (text/paper.seed.txt), plus the case-level
 * terms the statecharts use (DESIGN.md § The centre model). Simplified characters, as planners write them.
 */

import { KPIS } from '../../src/domain/kpis';

/** What kind of term an entry is, for grouping in the UI. */
export type GlossaryKind =
  | 'institution'
  | 'stage'
  | 'model'
  | 'function'
  | 'role'
  | 'phase'
  | 'mechanism'
  | 'service'
  | 'item'
  | 'problem'
  | 'law'
  | 'level'
  | 'term'
  | 'person';

/** One glossary entry. */
export interface GlossaryEntry {
  zh: string;
  en: string;
  kind: GlossaryKind;
  /** where it comes from: 'paper §…' (the paper's sections as in the [paper-stages] … [paper-problems] source notes) or 'DESIGN.md' */
  source: string;
  note?: string;
}

const P = (zh: string, en: string, kind: GlossaryKind, source: string, note?: string): GlossaryEntry => ({ zh, en, kind, source, ...(note ? { note } : {}) });

/** The glossary, grouped roughly as the paper goes. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  // people and institutions
  P('姜秀敏', 'Jiang Xiumin (Dalian Maritime University), author', 'person', 'paper, byline'),
  P('张耀春', 'Zhang Yaochun (Dalian centre), author', 'person', 'paper, byline'),
  P('韩颖', 'Han Ying (Dalian centre), author', 'person', 'paper, byline'),
  P('行政服务中心', 'administrative service centre', 'institution', 'paper §1'),
  P('大连市政府行政服务中心', 'Dalian Municipal Government Administrative Service Centre', 'institution', 'paper §3, §4'),
  P('大连市政府行政审批服务中心', 'Dalian Municipal Government Administrative Approval Service Centre (the original name, 2002)', 'institution', 'paper §4'),
  P('宁波市经济发展服务中心', 'Ningbo Economic Development Service Centre', 'institution', 'paper §3'),
  P('天津市行政服务中心', 'Tianjin Administrative Service Centre', 'institution', 'paper §3'),
  P('杭州市行政服务中心', 'Hangzhou Administrative Service Centre', 'institution', 'paper §3'),
  P('成都市武侯区行政审批局', 'Administrative Approval Bureau of Wuhou District, Chengdu', 'institution', 'paper §3'),
  P('市政府行政投诉中心', 'Municipal Administrative Complaint Centre (Dalian, 2007)', 'institution', 'paper §4'),
  P('政府采购服务中心', 'government procurement service centre (Dalian, Oct 2008)', 'institution', 'paper §4'),
  P('政府信息查阅中心', 'government-information reading centre (Dalian, Oct 2008)', 'institution', 'paper §4'),
  P('市政府数据中心', 'municipal government data centre (Dalian, 2008)', 'institution', 'paper §6'),
  P('公共资源交易中心', 'public-resource trading centre', 'institution', 'paper §5, §6'),
  P('服务型政府建设工作领导小组', 'leading group for building service-oriented government (Dalian, March 2010)', 'institution', 'paper §4'),
  P('乡镇(街道)便民服务中心', 'township/street convenience service centre', 'institution', 'paper §2'),
  P('国家政务公开办', 'national office for government-affairs openness', 'institution', 'paper §5'),
  // stages
  P('集中受理、分头办理', 'centralised acceptance, separate processing (stage 1)', 'stage', 'paper §1'),
  P('集中受理、相对集中办理', 'centralised acceptance, relatively centralised processing (stage 2)', 'stage', 'paper §1'),
  P('代表政府向社会和公众提供综合性服务', 'comprehensive services on behalf of the government (stage 3)', 'stage', 'paper §1'),
  P('一个窗口对外', 'one window outward', 'term', 'paper §1'),
  P('成建制进驻', 'moving in as a whole unit', 'term', 'paper §1'),
  // five models
  P('经济主导模式', 'economy-led model', 'model', 'paper §3'),
  P('综合服务模式', 'comprehensive-service model', 'model', 'paper §3'),
  P('实体统一模式', 'physical-unification model', 'model', 'paper §3'),
  P('审管分离模式', 'approval–supervision separation model', 'model', 'paper §3'),
  P('行政职能整合模式', 'administrative-function integration model', 'model', 'paper §3'),
  P('五合一', 'five-in-one', 'model', 'paper §3, §4'),
  P('效能监察', 'efficiency supervision', 'function', 'paper §3 (Tianjin)'),
  P('要素配置', 'factor allocation', 'service', 'paper §3 (Tianjin)'),
  P('家庭服务', 'household services', 'service', 'paper §3 (Tianjin)'),
  P('窗口授权不到位', 'incomplete window authorisation', 'problem', 'paper §3 (Hangzhou)'),
  P('两头办理', 'two-end processing: the applicant deals with both the window and the department', 'problem', 'paper §3 (Hangzhou)'),
  P('审批权', 'approval power', 'term', 'paper §3'),
  P('监管权', 'supervision power', 'term', 'paper §3'),
  // five functions and roles
  P('政务公开', 'government-affairs openness', 'function', 'paper §3'),
  P('行政审批', 'administrative approval', 'function', 'paper §3'),
  P('电子政务', 'e-government', 'function', 'paper §3'),
  P('信息发布', 'information release', 'function', 'paper §3'),
  P('行政投诉办理', 'administrative complaint handling', 'function', 'paper §3'),
  P('运行机理', 'operating mechanism', 'term', 'paper §4'),
  P('政务统领', 'the leader (role of openness)', 'role', 'paper §4'),
  P('关键抓手', 'the key lever (role of approval)', 'role', 'paper §4'),
  P('技术支撑', 'the technical support (role of e-government)', 'role', 'paper §4'),
  P('重要应用', 'the important application (role of information release)', 'role', 'paper §4'),
  P('监督手段', 'the means of supervision (role of complaints)', 'role', 'paper §4'),
  P('对内五条线、对外一个面', 'five lines inside, one face outside', 'term', 'paper §4'),
  P('放大效应', 'amplification effect ("1+1>2")', 'term', 'paper §6'),
  P('合署办公', 'sharing offices (co-location)', 'term', 'paper §4'),
  P('绩效考核', 'performance assessment', 'mechanism', 'paper §4'),
  P('ISO9000质量管理体系', 'ISO9000 quality-management system', 'mechanism', 'paper §4'),
  // phases
  P('起步摸索', 'start-up exploration (2002–2003)', 'phase', 'paper §4'),
  P('法制推进', 'legal promotion (2004–2006)', 'phase', 'paper §4'),
  P('职能整合', 'function integration (2007–2009)', 'phase', 'paper §4'),
  P('完善提高', 'improvement (2010–)', 'phase', 'paper §4'),
  P('一站式', 'one-stop', 'term', 'paper §4'),
  P('行政效能年', 'administrative efficiency year (Dalian, 2007)', 'term', 'paper §4'),
  P('一门两网', 'one gate, two networks', 'term', 'paper §4'),
  P('正局级', 'full bureau rank', 'level', 'paper §4'),
  P('三定', 'the “three fixes” (functions, bodies, staff establishment)', 'term', 'paper §4'),
  P('编制', 'staff establishment (posts)', 'term', 'paper §4'),
  P('软环境建设', 'soft-environment building', 'term', 'paper §4, §6'),
  P('服务型政府', 'service-oriented government', 'term', 'paper §4'),
  P('网上审批系统', 'online approval system', 'service', 'paper §4'),
  P('政府信息公开网', 'government-information disclosure net', 'service', 'paper §4'),
  P('公共企事业单位办事公开网', 'public-enterprise service disclosure net', 'service', 'paper §4'),
  P('工程建设领域项目信息和信用信息公开网', 'construction-project information and credit disclosure net', 'service', 'paper §4'),
  P('行政权力运行公开网', 'administrative-power operation disclosure net', 'service', 'paper §4'),
  // mechanisms (paper) and law
  P('首问负责', 'first-inquiry responsibility', 'mechanism', 'paper §4'),
  P('限时办结', 'time-limited completion', 'mechanism', 'paper §4'),
  P('绿色通道', 'green channel', 'mechanism', 'paper §4'),
  P('超时默许', 'deemed approval on timeout', 'mechanism', 'paper §4'),
  P('审批权相对集中', 'relative concentration of approval power', 'mechanism', 'paper §4, §6'),
  P('电子监察', 'electronic supervision', 'mechanism', 'paper §2'),
  P('《行政许可法》', 'Administrative Licensing Law (in force 2004)', 'law', 'paper §4, §5'),
  P('《政府信息公开条例》', 'Regulations on Open Government Information', 'law', 'paper §5'),
  P('中办22号文', 'General Office document No. 22: opinion on deepening openness and strengthening government service', 'law', 'paper §5'),
  P('大部制', '“super-ministry” reform', 'term', 'paper §6'),
  // services (stage 3) and national figures
  P('非行政许可审批', 'non-licence approval', 'service', 'paper §1'),
  P('政府采购', 'government procurement', 'service', 'paper §1'),
  P('建设工程招投标', 'construction-project bidding', 'service', 'paper §1'),
  P('土地"招拍挂"', 'land tender, auction and listing', 'service', 'paper §1', 'also written 土地“招拍挂”'),
  P('国有资产产权交易', 'state-owned asset property trading', 'service', 'paper §1'),
  P('便民服务', 'convenience services', 'service', 'paper §1'),
  P('公共资源交易', 'public-resource trading', 'service', 'paper §2'),
  P('政府信息公开查阅', 'government-information disclosure reading', 'service', 'paper §2'),
  P('地市级', 'prefecture level', 'level', 'paper §2'),
  P('县级', 'county level', 'level', 'paper §2'),
  P('省级', 'provincial level', 'level', 'paper §2'),
  // problems
  P('窗口授权不充分', 'incomplete window authorisation', 'problem', 'paper §5'),
  P('人员配备不到位', 'staff not in place', 'problem', 'paper §5'),
  P('办理事项有待增加', 'too few items handled in the centre', 'problem', 'paper §5'),
  P('管理协调难度大', 'coordination is hard', 'problem', 'paper §5'),
  P('进驻部门内在动力不足', 'stationed departments lack motivation', 'problem', 'paper §5'),
  // case-level terms of the statecharts
  P('办件', 'a case: one application for one item', 'item', 'DESIGN.md'),
  P('事项', 'an item (a kind of approval or service)', 'item', 'DESIGN.md'),
  P('即办件', 'on-the-spot item', 'item', 'DESIGN.md'),
  P('承诺件', 'promised item (decided within a promised number of working days)', 'item', 'DESIGN.md'),
  P('联办件', 'linked item (several departments)', 'item', 'DESIGN.md'),
  P('上报件', 'item referred upward', 'item', 'DESIGN.md'),
  P('法定时限', 'legal time limit', 'term', 'DESIGN.md'),
  P('承诺时限', 'promised time limit', 'term', 'DESIGN.md'),
  P('首席代表', 'chief representative (an authorised window)', 'term', 'DESIGN.md'),
  P('综合窗口', 'comprehensive window', 'term', 'DESIGN.md'),
  P('一次性告知', 'one-time notice', 'mechanism', 'DESIGN.md'),
  P('并联审批', 'parallel approval', 'mechanism', 'DESIGN.md'),
  P('容缺受理', 'acceptance with minor gaps', 'mechanism', 'DESIGN.md'),
  P('快递送达', 'results delivered by express', 'mechanism', 'DESIGN.md'),
  P('网上审批', 'online approval', 'mechanism', 'DESIGN.md'),
  P(KPIS.tripsPerCase.zh, 'trips per case', 'term', 'DESIGN.md'),
  P('两头跑', 'running to both ends (the applicant’s side of 两头办理)', 'term', 'DESIGN.md'),
];

/** The entry for a Chinese term, or undefined; pure. */
export function lookupTerm(zh: string): GlossaryEntry | undefined {
  return GLOSSARY.find((g) => g.zh === zh || g.note?.includes(zh));
}
