/**
 * The paper's facts as bilingual data for the Learn view and the glossary: the three stages, the
 * national figures, the leading functions, the five problems and the four lessons ([paper-stages],
 * §2, §5, §6). The five models are in models/centreTypes (each type's `profile`), the five
 * functions and their roles in models/functions (FUNCTION_ROLES), Dalian's phases in
 * models/programmes/dalian.ts (DALIAN_PHASES). Every `quote.zh` is the paper's own text.
 */
import { PAPER } from './paperQuotes';
import type { Bilingual } from './types';

/** One of the paper's three developmental stages (时期). */
export interface StageText {
  id: 'stage1' | 'stage2' | 'stage3';
  number: 1 | 2 | 3;
  zh: string;
  en: string;
  whatChanges: Bilingual;
  quote: Bilingual;
}

/** The three stages, paper §1. */
export const STAGES: readonly StageText[] = [
  {
    id: 'stage1',
    number: 1,
    zh: '集中受理、分头办理',
    en: 'centralised acceptance, separate processing',
    whatChanges: {
      zh: '分散在各部门办理的行政审批事项集中到行政服务中心受理，实行“一个窗口对外”，受理地点在物理空间上集中，办理仍在各部门',
      en: 'approval items that departments handled apart are accepted at one place, “one window outward” (一个窗口对外): acceptance is physically concentrated, processing stays in each department',
    },
    quote: { zh: PAPER.stage1, en: 'This stage mainly concentrated approval items handled separately in each department for acceptance at the centre, with a “one window outward” service mode, physically concentrating where the approval items of each functional department are accepted.' },
  },
  {
    id: 'stage2',
    number: 2,
    zh: '集中受理、相对集中办理',
    en: 'centralised acceptance, relatively centralised processing',
    whatChanges: { zh: '部分行政部门的审批工作机构成建制进驻行政服务中心办理', en: 'some departments move their approval units into the centre as whole units (成建制进驻) and process there' },
    quote: { zh: PAPER.stage2, en: 'The notable feature of this stage is that the approval units of some administrative departments move into the centre as whole units and process there.' },
  },
  {
    id: 'stage3',
    number: 3,
    zh: '代表政府向社会和公众提供综合性服务',
    en: 'comprehensive services on behalf of the government',
    whatChanges: {
      zh: '中心成为统一办理公民、法人和其他组织各类政务事项的专门机构：保留行政审批、非行政许可审批，新增政府采购、建设工程招投标、土地“招拍挂”、国有资产产权交易以及大量便民服务',
      en: 'the centre becomes the dedicated body handling all government affairs for citizens, legal persons and organisations: it keeps approval and non-licence approval (非行政许可审批) and adds government procurement, construction-project bidding, land auction/bidding/listing (土地“招拍挂”), state-owned asset property trading and many convenience services (便民服务)',
    },
    quote: { zh: PAPER.stage3Services, en: 'Besides keeping administrative approval, non-licence approval and similar items, it added government procurement, construction-project bidding, land “招拍挂”, state-owned asset property trading and a great many convenience services, all brought into the centre for concentrated, standardised handling.' },
  },
];

/** Where centres stood c. 2012 (paper §1) and when they appeared. */
export const STAGES_NOTE = {
  emergence: { zh: PAPER.emergence, en: 'China’s administrative service centres appeared in the mid-1990s.' },
  transition: {
    zh: PAPER.stagesTransition,
    en: 'Because they differ in founding date, target positioning and operating mode, centres are not all at the same stage; overall, most are now in transition from the second period to the third.',
  },
} satisfies Record<string, Bilingual>;

/** A national figure from the paper (§2). */
export interface NationalFigure {
  id: string;
  label: Bilingual;
  value: number;
  unit: Bilingual;
  /** the share the paper gives with it, as it states it */
  share?: { value: number; relation: 'over' | 'nearly' | 'equal'; of: Bilingual };
  /** ISO year-month of the figure */
  when: '2009-12' | '2012-05';
  quote: Bilingual;
}

const CENTRES = { zh: '个', en: 'centres' };

/** The national figures, paper §2. */
export const NATIONAL_FIGURES: readonly NationalFigure[] = [
  { id: 'centres2009', label: { zh: '综合性行政服务中心', en: 'comprehensive administrative service centres' }, value: 2842, unit: CENTRES, when: '2009-12', quote: { zh: PAPER.nationalTotal2009, en: 'By the end of 2009 China had set up 2842 comprehensive administrative service centres, of which 10 provincial.' } },
  { id: 'provincial2009', label: { zh: '其中省级', en: 'of which provincial' }, value: 10, unit: CENTRES, when: '2009-12', quote: { zh: PAPER.nationalTotal2009, en: 'of which 10 provincial' } },
  { id: 'prefecture2009', label: { zh: '其中地市级', en: 'of which prefecture level (地市级)' }, value: 356, unit: CENTRES, share: { value: 0.9, relation: 'over', of: { zh: '地市级总数', en: 'prefecture-level units' } }, when: '2009-12', quote: { zh: PAPER.nationalPrefecture2009, en: '356 at prefecture level, over 90% of all prefecture-level units' } },
  { id: 'county2009', label: { zh: '其中县级', en: 'of which county level (县级)' }, value: 2476, unit: CENTRES, share: { value: 0.8, relation: 'nearly', of: { zh: '县级总数', en: 'county-level units' } }, when: '2009-12', quote: { zh: PAPER.nationalCounty2009, en: '2476 at county level, nearly 80% of all county-level units' } },
  { id: 'infoReading2009', label: { zh: '具有政府信息公开查阅职能的中心', en: 'centres with government-information reading (政府信息公开查阅)' }, value: 710, unit: CENTRES, share: { value: 0.25, relation: 'equal', of: { zh: '中心总数', en: 'all centres' } }, when: '2009-12', quote: { zh: PAPER.nationalReading2009, en: '710 have the function of government-information disclosure reading, 25% of the total' } },
  { id: 'trading2009', label: { zh: '具有公共资源交易职能的中心', en: 'centres with public-resource trading (公共资源交易)' }, value: 589, unit: CENTRES, share: { value: 0.207, relation: 'equal', of: { zh: '中心总数', en: 'all centres' } }, when: '2009-12', quote: { zh: PAPER.nationalTrading2009, en: '589 have the function of public-resource trading, 20.7% of the total' } },
  { id: 'centres2012', label: { zh: '综合性行政服务中心', en: 'comprehensive administrative service centres' }, value: 2912, unit: CENTRES, when: '2012-05', quote: { zh: PAPER.national2012, en: 'By May 2012 the number of comprehensive centres had risen to 2912 and township (street) convenience centres reached 30377.' } },
  { id: 'township2012', label: { zh: '乡镇（街道）便民服务中心', en: 'township/street convenience centres' }, value: 30377, unit: CENTRES, when: '2012-05', quote: { zh: PAPER.national2012, en: 'township (street) convenience centres reached 30377' } },
];

/** The leading functions of centres at the time (paper §2). */
export const LEADING_FUNCTIONS = {
  items: [
    { zh: '行政审批', en: 'administrative approval' },
    { zh: '政务公开', en: 'government-affairs openness' },
    { zh: '公共服务', en: 'public service' },
    { zh: '电子监察', en: 'electronic supervision' },
  ],
  quote: { zh: PAPER.leadingFunctions, en: 'Administrative approval, government-affairs openness, public service, electronic supervision and the like are the leading functions of centres today.' },
} satisfies { items: Bilingual[]; quote: Bilingual };

/** Before 2010 there was no national standard, hence the five models (paper §3). */
export const NO_NATIONAL_STANDARD: Bilingual = {
  zh: PAPER.noStandardBefore2010,
  en: 'Before 2010 the state had no unified standard or requirement for building administrative service centres.',
};

/** A problem or a lesson the paper names. */
export interface PaperPoint {
  number: number;
  zh: string;
  en: string;
  detail: Bilingual;
  quote: Bilingual;
  /** named sub-points (problem 5's old problems) */
  items?: Array<Bilingual & { quote: Bilingual }>;
}

/** The five problems (paper §5). */
export const PROBLEMS: readonly PaperPoint[] = [
  {
    number: 1,
    zh: '全国没有统一模式，仍然处于探索完善时期',
    en: 'no unified national model; still exploring',
    detail: { zh: '缺乏统一系统的安排，制度和行政指导冲突，朝令夕改、推倒重来，造成资源浪费', en: 'without unified arrangements, rules and administrative guidance conflict, and reversals and starting over waste resources' },
    quote: { zh: PAPER.problem1, en: 'There is no unified national model; centres are still in a period of exploration and improvement.' },
  },
  {
    number: 2,
    zh: '相关法制仍未健全，配套制度不完善',
    en: 'law incomplete, supporting rules imperfect',
    detail: {
      zh: '《行政许可法》《政府信息公开条例》只是专项要求；《关于深化政务公开加强政务服务的意见》（中办22号文）有指导作用但不具法律效力；非行政许可审批没有统一规制',
      en: 'the Licensing Law and the Information Disclosure Regulations are partial; the opinion on deepening openness and strengthening government service (中办22号文) guides but has no legal force; non-licence approvals are unregulated',
    },
    quote: { zh: PAPER.problem2, en: 'The relevant law is still incomplete and supporting rules are imperfect.' },
  },
  {
    number: 3,
    zh: '实践探索缺乏有力的理论支撑',
    en: 'practice lacks theoretical support',
    detail: { zh: '建设发展基本处于自发和自觉状态，缺乏理论层面及时、有效的指导', en: 'building is largely spontaneous, without timely and effective guidance from theory' },
    quote: { zh: PAPER.problem3, en: 'Practical exploration lacks strong theoretical support.' },
  },
  {
    number: 4,
    zh: '行政和公共服务的社会参与不足',
    en: 'too little social participation',
    detail: { zh: '服务的提供者和监督者仍是政府部门，集决策、执行、监督于一体', en: 'government is still both provider and supervisor, combining decision, execution and supervision' },
    quote: { zh: PAPER.problem4, en: 'Social participation in administrative and public services is insufficient.' },
  },
  {
    number: 5,
    zh: '旧有问题仍制约行政服务中心的发展',
    en: 'old problems still hold centres back',
    detail: { zh: '窗口授权不充分、人员配备不到位、办理事项有待增加、管理协调难度大、进驻部门内在动力不足', en: 'incomplete window authorisation, staff not in place, too few items handled, hard coordination, stationed departments lacking motivation' },
    quote: { zh: PAPER.problem5, en: 'Old problems still constrain the development of centres.' },
    items: [
      { zh: '窗口授权不充分', en: 'incomplete window authorisation', quote: { zh: PAPER.oldProblem1, en: 'incomplete window authorisation' } },
      { zh: '人员配备不到位', en: 'staff not in place', quote: { zh: PAPER.oldProblem2, en: 'staff not in place' } },
      { zh: '办理事项有待增加', en: 'too few items handled in the centre', quote: { zh: PAPER.oldProblem3, en: 'items handled still to be increased' } },
      { zh: '管理协调难度大', en: 'coordination is hard', quote: { zh: PAPER.oldProblem4, en: 'management and coordination are difficult' } },
      { zh: '进驻部门内在动力不足', en: 'stationed departments lack motivation', quote: { zh: PAPER.oldProblem5, en: 'stationed departments lack inner motivation' } },
    ],
  },
];

/** The four lessons (paper §6). */
export const LESSONS: readonly PaperPoint[] = [
  {
    number: 1,
    zh: '市政府高度重视是服务中心建设发展的关键',
    en: 'high attention from the city government is the key',
    detail: { zh: '财力支持、编制配备、职能安排、机构设置，逐年加大投入', en: 'funding, posts, functions and organisation, with investment rising year by year' },
    quote: { zh: PAPER.lesson1, en: 'The city government’s high attention is the key to building and developing the centre.' },
  },
  {
    number: 2,
    zh: '狠抓政府职能转变是服务中心建设的生命线',
    en: 'transforming government functions is the lifeline',
    detail: { zh: '推行审批权相对集中须吃透行政审批制度改革的要求；实施资源整合须把握“大部制”改革的精神', en: 'concentrating approval power needs the approval-reform requirements; integrating resources needs the spirit of the “super-ministry” (大部制) reform' },
    quote: { zh: PAPER.lesson2, en: 'Firmly transforming government functions is the lifeline of building the centre.' },
  },
  {
    number: 3,
    zh: '创新和理顺体制机制是服务中心建设的长效保证',
    en: 'innovating and rationalising institutions and mechanisms gives lasting results',
    detail: { zh: '上下联动、左右互动、内外齐动；整体联动的运行机制产生“1+1>2”的放大效应', en: 'linkage up and down, left and right, inside and out; an operating mechanism of overall linkage yields the “1+1>2” amplification effect' },
    quote: { zh: PAPER.lesson3, en: 'Innovating and rationalising institutions and mechanisms is the long-term guarantee of building the centre.' },
  },
  {
    number: 4,
    zh: '加速政务与技术融合是服务中心建设的发展方向',
    en: 'fusing government affairs with technology is the direction',
    detail: { zh: '便捷可及、低门槛、低成本、高效率、全透明的行政服务提供方式', en: 'convenient, low-threshold, low-cost, efficient and fully transparent service' },
    quote: { zh: PAPER.lesson4, en: 'Accelerating the fusion of government affairs and technology is the direction of building the centre.' },
  },
];
