/**
 * The bilingual glossary: every Chinese term of the paper (text/paper.seed.txt), plus the case-level
 * terms the statecharts use (DESIGN.md § The centre model). Simplified characters, as planners write them.
 */

import { KPIS, type KpiName } from '../../src/domain/kpis';
import type { Bilingual } from './types';

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
  /** one line on what it means, in both languages */
  explain: Bilingual;
}

const P = (zh: string, en: string, kind: GlossaryKind, source: string, explain: Bilingual, note?: string): GlossaryEntry => ({ zh, en, kind, source, explain, ...(note ? { note } : {}) });

/** The glossary of the paper's terms, grouped roughly as the paper goes (the KPIs are KPI_GLOSSARY, read from the catalogue). */
export const GLOSSARY: readonly GlossaryEntry[] = [
  P('姜秀敏', 'Jiang Xiumin (Dalian Maritime University), author', 'person', 'paper, byline', { zh: '大连海事大学学者，论文第一作者。', en: 'Scholar at Dalian Maritime University; first author of the paper.' }),
  P('张耀春', 'Zhang Yaochun (Dalian centre), author', 'person', 'paper, byline', { zh: '大连市政府行政服务中心工作人员，论文作者之一。', en: 'Works at the Dalian centre; co-author of the paper.' }),
  P('韩颖', 'Han Ying (Dalian centre), author', 'person', 'paper, byline', { zh: '大连市政府行政服务中心工作人员，论文作者之一。', en: 'Works at the Dalian centre; co-author of the paper.' }),
  P('行政服务中心', 'administrative service centre', 'institution', 'paper §1', { zh: '政府把各部门的审批和服务集中到一处、统一对外办理的机构，20世纪90年代中期出现。', en: 'A government body that brings departments’ approvals and services to one place; they appeared in the mid-1990s.' }),
  P('大连市政府行政服务中心', 'Dalian Municipal Government Administrative Service Centre', 'institution', 'paper §3, §4', { zh: '论文研究的中心，行政职能整合模式（五合一）的代表单位。', en: 'The centre the paper studies; the representative of the function-integration (five-in-one) model.' }),
  P('大连市政府行政审批服务中心', 'Dalian Municipal Government Administrative Approval Service Centre (the original name, 2002)', 'institution', 'paper §4', { zh: '大连中心2002年成立时的名称，当时只有行政审批一项职能。', en: 'The Dalian centre’s name at its founding in 2002, when approval was its only function.' }),
  P('宁波市经济发展服务中心', 'Ningbo Economic Development Service Centre', 'institution', 'paper §3', { zh: '经济主导模式的代表单位，主要为企业办理审批和招投标。', en: 'Representative of the economy-led model: approvals and bidding for enterprises.' }),
  P('天津市行政服务中心', 'Tianjin Administrative Service Centre', 'institution', 'paper §3', { zh: '综合服务模式的代表单位，面向市民和企业。', en: 'Representative of the comprehensive-service model, serving citizens and enterprises.' }),
  P('杭州市行政服务中心', 'Hangzhou Administrative Service Centre', 'institution', 'paper §3', { zh: '实体统一模式的代表单位，全市各部门在同一栋楼办公。', en: 'Representative of the physical-unification model: all city departments in one building.' }),
  P('成都市武侯区行政审批局', 'Administrative Approval Bureau of Wuhou District, Chengdu', 'institution', 'paper §3', { zh: '审管分离模式的代表单位，一个新部门集中行使各部门的审批权。', en: 'Representative of the approval–supervision separation model: one new body holds the departments’ approval powers.' }),
  P('市政府行政投诉中心', 'Municipal Administrative Complaint Centre (Dalian, 2007)', 'institution', 'paper §4', { zh: '2007年由6个市级行政投诉机构合并而成，与行政服务中心合署办公。', en: 'Formed in 2007 from six city complaint bodies; shared offices with the service centre.' }),
  P('政府采购服务中心', 'government procurement service centre (Dalian, Oct 2008)', 'institution', 'paper §4', { zh: '2008年10月在大连中心揭牌运行，办理政府采购。', en: 'Opened in the Dalian centre in October 2008 to run government procurement.' }),
  P('政府信息查阅中心', 'government-information reading centre (Dalian, Oct 2008)', 'institution', 'paper §4', { zh: '2008年10月在大连中心开放，供公众查阅政府信息。', en: 'Opened in the Dalian centre in October 2008 for the public to read government information.' }),
  P('市政府数据中心', 'municipal government data centre (Dalian, 2008)', 'institution', 'paper §6', { zh: '支撑电子政务和网上审批的市级数据中心。', en: 'The city’s data centre behind e-government and online approval.' }),
  P('公共资源交易中心', 'public-resource trading centre', 'institution', 'paper §5, §6', { zh: '集中开展政府采购、工程招投标、土地和国有资产交易的场所。', en: 'Where procurement, construction bidding, land and state-asset trading are held together.' }),
  P('服务型政府建设工作领导小组', 'leading group for building service-oriented government (Dalian, March 2010)', 'institution', 'paper §4', { zh: '2010年3月大连合并多个领导小组成立，统筹服务型政府建设。', en: 'Set up in Dalian in March 2010 by merging leading groups, to steer service-oriented government.' }),
  P('乡镇(街道)便民服务中心', 'township/street convenience service centre', 'institution', 'paper §2', { zh: '乡镇和街道一级的小型服务中心，2012年全国有30377个。', en: 'Small service centres at township and street level; 30,377 nationwide in 2012.' }),
  P('国家政务公开办', 'national office for government-affairs openness', 'institution', 'paper §5', { zh: '负责全国政务公开工作的机构，2010年后推动中心建设的统一标准。', en: 'The national body for openness; after 2010 it pushed common standards for centres.' }),
  P('集中受理、分头办理', 'centralised acceptance, separate processing (stage 1)', 'stage', 'paper §1', { zh: '第一时期：申请在中心一个窗口受理，但仍送回各部门办理。', en: 'Stage 1: applications are accepted at one window in the centre but still decided by each department.' }),
  P('集中受理、相对集中办理', 'centralised acceptance, relatively centralised processing (stage 2)', 'stage', 'paper §1', { zh: '第二时期：部分部门的审批机构整体进驻，在中心内办结。', en: 'Stage 2: some departments move their approval units in and decide cases inside the centre.' }),
  P('代表政府向社会和公众提供综合性服务', 'comprehensive services on behalf of the government (stage 3)', 'stage', 'paper §1', { zh: '第三时期：中心在审批之外增加公共资源交易和便民服务，代表政府综合服务。', en: 'Stage 3: besides approval the centre adds public-resource trading and convenience services for the government.' }),
  P('一个窗口对外', 'one window outward', 'term', 'paper §1', { zh: '申请人只面对中心的一个窗口，不再跑各个部门。', en: 'The applicant deals with one window at the centre instead of each department.' }),
  P('成建制进驻', 'moving in as a whole unit', 'term', 'paper §1', { zh: '部门的审批机构连人带权整体搬进中心办公。', en: 'A department’s approval unit moves into the centre with its staff and powers.' }),
  P('经济主导模式', 'economy-led model', 'model', 'paper §3', { zh: '以服务企业、服务经济发展为区分标志的中心模式（宁波）。', en: 'A centre model defined by serving enterprises and economic development (Ningbo).' }),
  P('综合服务模式', 'comprehensive-service model', 'model', 'paper §3', { zh: '面向市民和企业、综合满足公众需要的中心模式（天津）。', en: 'A centre model serving citizens and enterprises with a full range of services (Tianjin).' }),
  P('实体统一模式', 'physical-unification model', 'model', 'paper §3', { zh: '以机构实体为标志，各部门在同一栋楼办公的中心模式（杭州）。', en: 'A centre model where all departments work in one building (Hangzhou).' }),
  P('审管分离模式', 'approval–supervision separation model', 'model', 'paper §3', { zh: '审批权集中到新设的审批局，监管权留在原部门（成都武侯）。', en: 'Approval powers move to a new bureau while supervision stays with departments (Chengdu Wuhou).' }),
  P('行政职能整合模式', 'administrative-function integration model', 'model', 'paper §3', { zh: '把五项相关职能整合进中心、相互借力的模式（大连）。', en: 'A model that integrates five related functions into the centre so they reinforce each other (Dalian).' }),
  P('五合一', 'five-in-one', 'model', 'paper §3, §4', { zh: '政务公开、行政审批、电子政务、信息发布、行政投诉五项职能整合于中心。', en: 'Openness, approval, e-government, information release and complaints integrated in one centre.' }),
  P('效能监察', 'efficiency supervision', 'function', 'paper §3 (Tianjin)', { zh: '监督部门办事效率并督促整改的职能。', en: 'Supervising how efficiently departments work and pressing them to improve.' }),
  P('要素配置', 'factor allocation', 'service', 'paper §3 (Tianjin)', { zh: '土地、资金等生产要素通过中心配置的服务。', en: 'Allocating production factors such as land and capital through the centre.' }),
  P('家庭服务', 'household services', 'service', 'paper §3 (Tianjin)', { zh: '面向家庭和市民的日常便民服务。', en: 'Everyday services for households and citizens.' }),
  P('窗口授权不到位', 'incomplete window authorisation', 'problem', 'paper §3 (Hangzhou)', { zh: '窗口人员没有得到部门的充分授权，不能当场决定。', en: 'Window staff lack the department’s authority to decide on the spot.' }),
  P('两头办理', 'two-end processing: the applicant deals with both the window and the department', 'problem', 'paper §3 (Hangzhou)', { zh: '申请人既要到中心窗口，又要再到部门本部办理。', en: 'The applicant must go both to the centre’s window and to the department’s headquarters.' }),
  P('审批权', 'approval power', 'term', 'paper §3', { zh: '决定是否批准一项申请的权力。', en: 'The power to decide whether an application is granted.' }),
  P('监管权', 'supervision power', 'term', 'paper §3', { zh: '批准之后监督管理被批准事项的权力。', en: 'The power to oversee what has been approved.' }),
  P('政务公开', 'government-affairs openness', 'function', 'paper §3', { zh: '公开政府办事的依据、程序和结果；五合一中的“政务统领”。', en: 'Making the rules, procedures and results of government work public; the leader among the five.' }),
  P('行政审批', 'administrative approval', 'function', 'paper §3', { zh: '政府对申请作出许可或不许可的决定；五合一中的“关键抓手”。', en: 'The government deciding to grant or refuse an application; the key lever among the five.' }),
  P('电子政务', 'e-government', 'function', 'paper §3', { zh: '用信息网络办理政务；五合一中的“技术支撑”。', en: 'Doing government business over information networks; the technical support among the five.' }),
  P('信息发布', 'information release', 'function', 'paper §3', { zh: '向社会发布政府信息；五合一中的“重要应用”。', en: 'Publishing government information; the important application among the five.' }),
  P('行政投诉办理', 'administrative complaint handling', 'function', 'paper §3', { zh: '受理和处理对政府部门的投诉；五合一中的“监督手段”。', en: 'Receiving and handling complaints about government departments; the means of supervision among the five.' }),
  P('运行机理', 'operating mechanism', 'term', 'paper §4', { zh: '五项职能在五合一中各自承担的作用和相互关系。', en: 'How the five functions work together and what role each plays.' }),
  P('政务统领', 'the leader (role of openness)', 'role', 'paper §4', { zh: '政务公开在五合一中的作用：统领其他职能。', en: 'The role of openness: it leads the other functions.' }),
  P('关键抓手', 'the key lever (role of approval)', 'role', 'paper §4', { zh: '行政审批在五合一中的作用：推动改革的着力点。', en: 'The role of approval: where reform gets its grip.' }),
  P('技术支撑', 'the technical support (role of e-government)', 'role', 'paper §4', { zh: '电子政务在五合一中的作用：提供技术手段。', en: 'The role of e-government: it provides the technical means.' }),
  P('重要应用', 'the important application (role of information release)', 'role', 'paper §4', { zh: '信息发布在五合一中的作用：把信息用于服务公众。', en: 'The role of information release: putting information to use for the public.' }),
  P('监督手段', 'the means of supervision (role of complaints)', 'role', 'paper §4', { zh: '行政投诉在五合一中的作用：通过投诉督促部门。', en: 'The role of complaints: holding departments to account.' }),
  P('对内五条线、对外一个面', 'five lines inside, one face outside', 'term', 'paper §4', { zh: '内部五项职能各成一线，对外只呈现一个统一的服务面。', en: 'Five separate lines of work inside, one single face to the public.' }),
  P('放大效应', 'amplification effect ("1+1>2")', 'term', 'paper §6', { zh: '职能整合后的效果大于各项职能单独效果之和。', en: 'Integrated functions achieve more together than the sum of each alone.' }),
  P('合署办公', 'sharing offices (co-location)', 'term', 'paper §4', { zh: '两个机构在同一地点共同办公，但尚未合并。', en: 'Two bodies work in the same place without yet being merged.' }),
  P('绩效考核', 'performance assessment', 'mechanism', 'paper §4', { zh: '把五项职能纳入全市绩效考评，强化问责。', en: 'Including the five functions in the city’s performance evaluation, with accountability.' }),
  P('ISO9000质量管理体系', 'ISO9000 quality-management system', 'mechanism', 'paper §4', { zh: '引入国际质量管理标准，使管理和服务制度化、规范化。', en: 'An international quality standard that makes management and service rule-based.' }),
  P('起步摸索', 'start-up exploration (2002–2003)', 'phase', 'paper §4', { zh: '大连第一阶段：中心成立，重点是“硬件”建设和一站式平台。', en: 'Dalian’s first phase: founding the centre, building the “hardware” and the one-stop platform.' }),
  P('法制推进', 'legal promotion (2004–2006)', 'phase', 'paper §4', { zh: '大连第二阶段：随《行政许可法》施行，重点建立各项制度。', en: 'Dalian’s second phase: with the Licensing Law, building rules and mechanisms.' }),
  P('职能整合', 'function integration (2007–2009)', 'phase', 'paper §4', { zh: '大连第三阶段：三年三大步实现五合一。', en: 'Dalian’s third phase: three steps in three years to the five-in-one.' }),
  P('完善提高', 'improvement (2010–)', 'phase', 'paper §4', { zh: '大连第四阶段：网上审批、领导小组合并、持续改进。', en: 'Dalian’s fourth phase: online approval, merged leading groups, continuous improvement.' }),
  P('一站式', 'one-stop', 'term', 'paper §4', { zh: '在一个地点办完所需手续。', en: 'Completing all formalities in one place.' }),
  P('行政效能年', 'administrative efficiency year (Dalian, 2007)', 'term', 'paper §4', { zh: '大连2007年开展的提高行政效率专项活动。', en: 'Dalian’s 2007 campaign to raise administrative efficiency.' }),
  P('一门两网', 'one gate, two networks', 'term', 'paper §4', { zh: '一个门户网站加政务内网、外网的电子政务建设框架。', en: 'An e-government set-up of one portal plus the internal and external government networks.' }),
  P('正局级', 'full bureau rank', 'level', 'paper §4', { zh: '中心的行政级别，与市政府部门相同。', en: 'The centre’s administrative rank, equal to a city department.' }),
  P('三定', 'the “three fixes” (functions, bodies, staff establishment)', 'term', 'paper §4', { zh: '确定一个机构的职能、内设机构和人员编制。', en: 'Fixing a body’s functions, internal units and staff posts.' }),
  P('编制', 'staff establishment (posts)', 'term', 'paper §4', { zh: '机构经批准的人员名额。', en: 'The number of approved staff posts of a body.' }),
  P('软环境建设', 'soft-environment building', 'term', 'paper §4, §6', { zh: '改善政务服务、法治和诚信等营商“软”条件。', en: 'Improving the “soft” conditions for business: service, rule of law, integrity.' }),
  P('服务型政府', 'service-oriented government', 'term', 'paper §4', { zh: '以为公众和企业提供服务为中心的政府。', en: 'A government organised around serving citizens and enterprises.' }),
  P('网上审批系统', 'online approval system', 'service', 'paper §4', { zh: '申请人在网上提交并办理审批的系统。', en: 'A system for submitting and processing applications online.' }),
  P('政府信息公开网', 'government-information disclosure net', 'service', 'paper §4', { zh: '公开政府信息的网站。', en: 'The website where government information is disclosed.' }),
  P('公共企事业单位办事公开网', 'public-enterprise service disclosure net', 'service', 'paper §4', { zh: '公开水电气等公共企事业单位办事信息的网站。', en: 'A website disclosing how public utilities and institutions handle business.' }),
  P('工程建设领域项目信息和信用信息公开网', 'construction-project information and credit disclosure net', 'service', 'paper §4', { zh: '公开工程项目信息和企业信用信息的网站。', en: 'A website disclosing construction projects and firms’ credit records.' }),
  P('行政权力运行公开网', 'administrative-power operation disclosure net', 'service', 'paper §4', { zh: '公开行政权力如何行使的网站。', en: 'A website disclosing how administrative powers are exercised.' }),
  P('首问负责', 'first-inquiry responsibility', 'mechanism', 'paper §4', { zh: '第一个被询问的工作人员负责把申请人引导到正确窗口。', en: 'The first official asked is responsible for directing the applicant to the right window.' }),
  P('限时办结', 'time-limited completion', 'mechanism', 'paper §4', { zh: '每个事项必须在承诺时限内办完。', en: 'Each item must be completed within its promised time limit.' }),
  P('绿色通道', 'green channel', 'mechanism', 'paper §4', { zh: '对重点项目或急件优先办理。', en: 'Priority handling for key projects or urgent cases.' }),
  P('超时默许', 'deemed approval on timeout', 'mechanism', 'paper §4', { zh: '联审部门逾期不表态，视为同意。', en: 'A co-reviewing department that stays silent past its limit is deemed to consent.' }),
  P('审批权相对集中', 'relative concentration of approval power', 'mechanism', 'paper §4, §6', { zh: '把部门的审批职能集中到一个内设机构并进驻中心。', en: 'Gathering a department’s approval work in one unit stationed in the centre.' }),
  P('电子监察', 'electronic supervision', 'mechanism', 'paper §2', { zh: '用系统实时监督办件进度，对超时预警。', en: 'Monitoring each case’s progress by computer and alerting before it runs late.' }),
  P('《行政许可法》', 'Administrative Licensing Law (in force 2004)', 'law', 'paper §4, §5', { zh: '2004年施行的法律，规范行政许可的设定和实施。', en: 'The law in force from 2004 that governs how licences are set and granted.' }),
  P('《政府信息公开条例》', 'Regulations on Open Government Information', 'law', 'paper §5', { zh: '规定政府信息公开的行政法规。', en: 'The regulations that require government information to be disclosed.' }),
  P('中办22号文', 'General Office document No. 22: opinion on deepening openness and strengthening government service', 'law', 'paper §5', { zh: '2011年中央文件，要求深化政务公开、加强政务服务。', en: 'A 2011 central document on deepening openness and strengthening government service.' }),
  P('大部制', '“super-ministry” reform', 'term', 'paper §6', { zh: '把职能相近的部门合并为大部门的改革。', en: 'Reform merging departments with related functions into larger ones.' }),
  P('非行政许可审批', 'non-licence approval', 'service', 'paper §1', { zh: '不属于行政许可、但仍需政府审批的事项。', en: 'Approvals that are not licences under the law but still need a government decision.' }),
  P('政府采购', 'government procurement', 'service', 'paper §1', { zh: '政府用财政资金购买货物、工程和服务。', en: 'Government buying goods, works and services with public funds.' }),
  P('建设工程招投标', 'construction-project bidding', 'service', 'paper §1', { zh: '工程项目公开招标、投标、开标、评标。', en: 'Public tendering, bidding and bid evaluation for construction projects.' }),
  P('土地"招拍挂"', 'land tender, auction and listing', 'service', 'paper §1', { zh: '土地使用权以招标、拍卖、挂牌方式出让。', en: 'Selling land-use rights by tender, auction or listing.' }, 'also written 土地“招拍挂”'),
  P('国有资产产权交易', 'state-owned asset property trading', 'service', 'paper §1', { zh: '国有资产的产权公开转让。', en: 'Public transfer of state-owned assets.' }),
  P('便民服务', 'convenience services', 'service', 'paper §1', { zh: '为市民办理的日常事务，如缴费、证照等。', en: 'Everyday services for citizens, such as payments and certificates.' }),
  P('公共资源交易', 'public-resource trading', 'service', 'paper §2', { zh: '政府采购、招投标、土地和国资交易的统称。', en: 'Procurement, bidding, land and state-asset trading together.' }),
  P('政府信息公开查阅', 'government-information disclosure reading', 'service', 'paper §2', { zh: '公众到中心查阅政府公开信息；2009年有710个中心具备此职能。', en: 'The public reading disclosed government information at a centre; 710 centres offered it in 2009.' }),
  P('地市级', 'prefecture level', 'level', 'paper §2', { zh: '地级市一级；2009年有356个地市级中心。', en: 'The prefecture-city level; 356 centres at this level in 2009.' }),
  P('县级', 'county level', 'level', 'paper §2', { zh: '县和县级市一级；2009年有2476个县级中心。', en: 'The county level; 2,476 centres at this level in 2009.' }),
  P('省级', 'provincial level', 'level', 'paper §2', { zh: '省一级；2009年有10个省级中心。', en: 'The provincial level; 10 provincial centres in 2009.' }),
  P('窗口授权不充分', 'incomplete window authorisation', 'problem', 'paper §5', { zh: '部门授权窗口不足，办件仍要回部门审批。', en: 'Departments give their windows too little authority, so cases go back to them.' }),
  P('人员配备不到位', 'staff not in place', 'problem', 'paper §5', { zh: '进驻窗口的人员数量或能力不足。', en: 'Too few or insufficiently qualified staff at the windows.' }),
  P('办理事项有待增加', 'too few items handled in the centre', 'problem', 'paper §5', { zh: '仍有许多事项没有进入中心办理。', en: 'Many items are still not handled in the centre.' }),
  P('管理协调难度大', 'coordination is hard', 'problem', 'paper §5', { zh: '中心难以协调和管理各进驻部门。', en: 'The centre finds it hard to coordinate and manage the stationed departments.' }),
  P('进驻部门内在动力不足', 'stationed departments lack motivation', 'problem', 'paper §5', { zh: '部门缺乏把权力和人员放进中心的积极性。', en: 'Departments are reluctant to move their powers and staff into the centre.' }),
  P('办件', 'a case: one application for one item', 'item', 'DESIGN.md', { zh: '一位申请人就一个事项提出的一次申请。', en: 'One application by one applicant for one item.' }),
  P('事项', 'an item (a kind of approval or service)', 'item', 'DESIGN.md', { zh: '一类审批或服务，例如营业执照登记。', en: 'A kind of approval or service, such as business registration.' }),
  P('即办件', 'on-the-spot item', 'item', 'DESIGN.md', { zh: '材料齐全即可当场办结的事项。', en: 'An item decided on the spot when the materials are complete.' }),
  P('承诺件', 'promised item (decided within a promised number of working days)', 'item', 'DESIGN.md', { zh: '在承诺的工作日内办结的事项。', en: 'An item decided within a promised number of working days.' }),
  P('联办件', 'linked item (several departments)', 'item', 'DESIGN.md', { zh: '需要几个部门共同审批的事项。', en: 'An item that needs decisions from several departments.' }),
  P('上报件', 'item referred upward', 'item', 'DESIGN.md', { zh: '需报上级机关决定的事项。', en: 'An item that a higher authority must decide.' }),
  P('法定时限', 'legal time limit', 'term', 'DESIGN.md', { zh: '法律规定的最长办理期限。', en: 'The longest time the law allows for deciding an item.' }),
  P('承诺时限', 'promised time limit', 'term', 'DESIGN.md', { zh: '中心对外承诺的办理期限，通常短于法定时限。', en: 'The time the centre promises, usually shorter than the legal limit.' }),
  P('首席代表', 'chief representative (an authorised window)', 'term', 'DESIGN.md', { zh: '部门派驻中心、得到授权可当场决定的负责人。', en: 'A department’s authorised official in the centre who can decide on the spot.' }),
  P('综合窗口', 'comprehensive window', 'term', 'DESIGN.md', { zh: '不分部门、可受理多类事项的窗口。', en: 'A window that accepts items of any department.' }),
  P('一次性告知', 'one-time notice', 'mechanism', 'DESIGN.md', { zh: '一次告诉申请人所需的全部材料，避免反复跑。', en: 'Telling applicants every required document at once, so they need not come back.' }),
  P('并联审批', 'parallel approval', 'mechanism', 'DESIGN.md', { zh: '联办件同时送几个部门审批，而不是一个接一个。', en: 'Sending a linked item to all its departments at once rather than one after another.' }),
  P('容缺受理', 'acceptance with minor gaps', 'mechanism', 'DESIGN.md', { zh: '次要材料暂缺时先受理、后补交，申请人不用再跑。', en: 'Accepting a case with minor papers missing, to be sent later without a trip.' }),
  P('快递送达', 'results delivered by express', 'mechanism', 'DESIGN.md', { zh: '办理结果快递寄给申请人，不用再来取件。', en: 'Sending the result by courier, so no pickup trip.' }),
  P('网上审批', 'online approval', 'mechanism', 'DESIGN.md', { zh: '在网上申请和办理审批。', en: 'Applying and being decided online.' }),
  P('两头跑', 'running to both ends (the applicant’s side of 两头办理)', 'term', 'DESIGN.md', { zh: '申请人既跑中心又跑部门本部。', en: 'The applicant going both to the centre and to the department’s headquarters.' }),
];

/** Every KPI of the catalogue (src/domain/kpis.ts) as a glossary entry: its name, and its definition as the explanation. */
export const KPI_GLOSSARY: readonly (GlossaryEntry & { kpi: KpiName })[] = (Object.keys(KPIS) as KpiName[]).map((kpi) => ({
  zh: KPIS[kpi].zh,
  en: KPIS[kpi].en,
  kind: 'term' as const,
  source: 'src/domain/kpis.ts',
  explain: KPIS[kpi].definition,
  kpi,
}));

/** The entry for a term of the paper or a KPI's Chinese name, or undefined; pure. */
export function lookupTerm(zh: string): GlossaryEntry | undefined {
  return GLOSSARY.find((g) => g.zh === zh || g.note?.includes(zh)) ?? KPI_GLOSSARY.find((k) => k.zh === zh);
}

/** lookupTerm under the name the UI's <Term> reads; pure. */
export const findGlossaryEntry = lookupTerm;
