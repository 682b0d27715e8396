/**
 * The project's own source notes: every outside fact or figure the model uses, once, with its
 * citation, the figures taken from it, and how far to trust it. The parameter registry
 * (src/domain/parameters.ts), the presets (models/presets/*.scenario.json `_sources`), the data
 * files (models/data/*.json) and the docs cite a note by its id in square brackets, e.g.
 * `[city-metrics] Dalian: 80 windows / 35 departments`; the app opens it at `#/sources/<id>`.
 * tests/models/sourceNotes.test.ts checks that every cited id exists and that nothing cites a
 * file outside the repository. Pure data.
 *
 * Grades: A an official or primary source (government site, statute, official yearbook, World
 * Bank); B a secondary source (news report, academic paper, a mirror or repost of an official
 * text); C uncertain (a derived number, a masked year, or not checked against the primary source).
 */

export type SourceGrade = 'A' | 'B' | 'C';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface SourceNote {
  readonly id: string;
  readonly title: Bilingual;
  /** who published what, when; web addresses as the source gives them */
  readonly citation: Bilingual;
  /** the figures the model takes from it */
  readonly figures: readonly Bilingual[];
  readonly grade: SourceGrade;
  /** why the grade, or what to be careful about */
  readonly caveat?: Bilingual;
}

const f = (zh: string, en: string): Bilingual => ({ zh, en });

const PAPER = f(
  '姜秀敏（大连海事大学）、张耀春、韩颖（大连市政府行政服务中心）：关于大连市政府行政服务中心十年建设发展模式与经验的论文，约 2012 年（文中最新数据为 2012 年 5 月）。本模型所依据的论文。',
  'Jiang Xiumin (Dalian Maritime University), Zhang Yaochun and Han Ying (Dalian Municipal Government Administrative Service Centre): paper on the Dalian centre’s ten years of development, its model and lessons, c. 2012 (latest figure May 2012). The paper this model is built on.',
);

export const SOURCE_NOTES: readonly SourceNote[] = [
  {
    id: 'paper-stages',
    title: f('论文：行政服务中心的三个发展时期', 'The paper: three developmental stages of service centres'),
    citation: PAPER,
    figures: [
      f('集中受理、分头办理；集中受理、相对集中办理；政府综合服务（自 20 世纪 90 年代中期）', 'reception only (集中受理、分头办理); relatively concentrated processing; comprehensive government services (since the mid-1990s)'),
      f('第三时期：政府采购、建设工程招投标、土地拍卖、国有资产交易等公共资源交易进入中心', 'stage 3: government procurement, construction bidding, land auctions and state-asset trading move into the centre'),
      f('省、地市、县、乡镇各级中心', 'centres at provincial, prefecture, county and township level'),
    ],
    grade: 'A',
  },
  {
    id: 'paper-national',
    title: f('论文：全国数据', 'The paper: national figures'),
    citation: PAPER,
    figures: [f('省级中心 10 个；乡镇（街道）便民服务中心 30,377 个（2012 年 5 月）', '10 provincial centres; 30,377 township/street convenience centres (May 2012)'), f('开展信息查阅服务的中心 710 个', '710 centres offering information reading')],
    grade: 'A',
  },
  {
    id: 'paper-models',
    title: f('论文：五种发展模式与“五合一”', 'The paper: five development models and the five-in-one'),
    citation: PAPER,
    figures: [
      f('经济主导、综合服务、实体统一、审管分离、行政职能整合（“五合一”）五种模式；2010 年前无全国标准', 'economy-led, comprehensive service, physical unification, approval–supervision separation, administrative-function integration (five-in-one); no national standard before 2010'),
      f('“五合一”：政务公开、行政审批、电子政务、信息发布、投诉受理五项职能', 'five-in-one: openness, approval, e-government, information release and complaint handling'),
      f('ISO9000 质量管理与绩效考核', 'ISO9000 quality management and performance appraisal'),
    ],
    grade: 'A',
  },
  {
    id: 'paper-dalian',
    title: f('论文：大连的四个阶段（2002–2012）', 'The paper: Dalian’s four phases (2002–2012)'),
    citation: PAPER,
    figures: [
      f('2002 年建中心；2004–2006 年首问负责、限时办结等制度；2007 年六个投诉机构合并；2009 年完成“五合一”', 'centre founded 2002; first-inquiry responsibility and time-limited completion 2004–2006; six complaint bodies merged 2007; five-in-one completed 2009'),
      f('绿色通道、超时默许；2010 年起网上审批，延伸到 14 个区市县', 'green channel and deemed approval; online approval from 2010, extended to 14 districts and counties'),
    ],
    grade: 'A',
  },
  {
    id: 'paper-problems',
    title: f('论文：存在的问题与经验', 'The paper: problems and lessons'),
    citation: PAPER,
    figures: [f('授权不到位导致“两头办理、两头跑”；部门进驻不彻底', 'incomplete authorisation makes applicants deal with both ends (两头办理/两头跑); departments not fully moved in')],
    grade: 'A',
  },
  {
    id: 'national-scale',
    title: f('全国政务大厅普查（2017）', 'National census of service halls (2017)'),
    citation: f(
      '国务院办公厅《全国综合性实体政务大厅普查报告》（2017 年 11 月），摘要见 cpaj.com.cn/news/2017125/n63325569.shtml；echinagov.com/news/180823_2.htm',
      'General Office of the State Council, census report on comprehensive physical service halls (Nov 2017), summarised at cpaj.com.cn/news/2017125/n63325569.shtml; echinagov.com/news/180823_2.htm',
    ),
    figures: [
      f('县级以上政务大厅 3,058 个（覆盖率 94.3%）；乡镇（街道）便民服务中心 38,513 个', '3,058 halls at county level and above (94.3% coverage); 38,513 township/street convenience centres'),
      f('全年办件 6.02 亿件（2016）；89.4% 的大厅实行“两集中两到位”', '602 million items a year (2016); 89.4% of halls apply 两集中两到位'),
      f('每个大厅平均进驻许可事项 168 项', '168 licensing items per hall on average'),
    ],
    grade: 'B',
    caveat: f('普查报告的转述，非原文；每厅办件量为推算', 'a summary of the census, not the report itself; per-hall volumes are derived'),
  },
  {
    id: 'city-metrics',
    title: f('城市数据：大连、天津、杭州、浙江、上海、广东等', 'City figures: Dalian, Tianjin, Hangzhou, Zhejiang, Shanghai, Guangdong and others'),
    citation: f(
      '各地政府网站与媒体报道：大连（中央人民广播电台 2010 年 1 月报道；大政发〔2007〕104 号）；天津（fsou.com 转载，2007；北方网 2011-06-17）；杭州（hangzhou.gov.cn 2020-07-13；sgb.hangzhou.gov.cn 2022-04-08）；浙江（新华社 2017-08-07）；广东（zfsg.gd.gov.cn 数据发布，2023 年 7 月）；防城港（2011 年 3 月）；深圳行政服务大厅；柳河县政务大厅；昌邑不动产一窗受理（2018）',
      'Government sites and press: Dalian (CNR report, Jan 2010; 大政发[2007]104号); Tianjin (fsou.com copy, 2007; enorth.com.cn 2011-06-17); Hangzhou (hangzhou.gov.cn 2020-07-13; sgb.hangzhou.gov.cn 2022-04-08); Zhejiang (Xinhua 2017-08-07); Guangdong (zfsg.gd.gov.cn monthly bulletin, Jul 2023); Fangchenggang (Mar 2011); Shenzhen service hall; Liuhe county hall; Changyi one-window property registration (2018)',
    ),
    figures: [
      f('大连：80 个窗口、35 个部门；2009 年受理 128 万件（同比 +26.7%），全部按时办结；绿色通道 7 个工作日内办结', 'Dalian: 80 windows, 35 departments; 1.28 M items accepted in 2009 (+26.7% yoy), all on time; green channel within 7 working days'),
      f('天津：进中心前后平均办结 23.9 → 10.8 天（2007）；区县承诺时限 8.3 → 6.6 天', 'Tianjin: completion 23.9 → 10.8 days before and after entering the centre (2007); district promised limits 8.3 → 6.6 days'),
      f('杭州：即办事项比例 83.01%，网上办 98.34%（2020）；市中心受理 228 万件（2021）', 'Hangzhou: 83.01% of items on the spot, 98.34% online (2020); 2.28 M items at the municipal centre (2021)'),
      f('浙江：证明材料 860 → 359 件（2017）', 'Zhejiang: documents required 860 → 359 (2017)'),
      f('广东 2023 年 7 月：办件 1,123.8 万件，差评工单 1,249 件；首要投诉标签为超过法定时限', 'Guangdong, Jul 2023: 11.238 M items, 1,249 bad-rating tickets; top complaint tag: over the legal limit'),
      f('防城港 2011 年 3 月：承诺件平均 1.78 天；评价参与率 98.9%', 'Fangchenggang, Mar 2011: promised items 1.78 days on average; rating participation 98.9%'),
      f('深圳：34 个单位、363 名窗口人员；柳河：34 个部门、202 名人员', 'Shenzhen: 34 units, 363 window staff; Liuhe: 34 departments, 202 staff'),
      f('昌邑：“20 分钟受理”，办结 30 → 1.5 个工作日', 'Changyi: "20-minute acceptance", completion 30 → 1.5 working days'),
      f('推算：每人每工作日约 12–21 件（深圳、柳河、圣保罗 Poupatempo）', 'derived: about 12–21 cases per staff-day (Shenzhen, Liuhe, São Paulo Poupatempo)'),
    ],
    grade: 'B',
    caveat: f('多为官方发布的媒体转载；大连 128 万件可能为全市口径；人均办件量为推算', 'mostly press copies of official releases; Dalian’s 1.28 M may be citywide; per-staff throughput is derived'),
  },
  {
    id: 'doing-business',
    title: f('世界银行营商环境报告：中国（2004–2020）', 'World Bank Doing Business: China (2004–2020)'),
    citation: f('世界银行 Doing Business 历年数据（DB2004–DB2017 回溯值，GitHub smohan22/Ease_of_doing_business_using_d3 data/doingbusiness.csv）；worldbank.org 新闻稿 2018-10-31、2019-10-24', 'World Bank Doing Business historical data (DB2004–DB2017 back-cast, GitHub smohan22/Ease_of_doing_business_using_d3 data/doingbusiness.csv); worldbank.org press releases 2018-10-31 and 2019-10-24'),
    figures: [f('开办企业 48 → 35 → 31 → 22.9 → 9 天', 'starting a business 48 → 35 → 31 → 22.9 → 9 days'), f('施工许可 280 → 244 → 169.5（上海）→ 111 天', 'construction permits 280 → 244 → 169.5 (Shanghai) → 111 days')],
    grade: 'A',
    caveat: f('回溯值按 DB2017 方法计算，可能与当年版本不同', 'back-cast values under the DB2017 method can differ from the original editions'),
  },
  {
    id: 'queueing-operations',
    title: f('排队与一站式服务的运行数据（各国）', 'Queueing and one-stop-shop operations (any country)'),
    citation: f(
      '俄罗斯政府 2012 年第 1376 号决议（多功能中心等候 ≤ 15 分钟）；加州 DMV 向议会的报告（2019）及 GitHub soodoku/wait 数据；Hu & Sun, J. Appl. Math. 2019（丽水税务等候 < 15 分钟）；Xu, Gao & Ou, Management Science 53(6), 2007（取号排队与放弃）；圣保罗州政府 2004-05-28（Poupatempo）',
      'Russian Government Resolution 1376 of 2012 (MFC waits ≤ 15 min); California DMV report to the legislature (2019) and GitHub soodoku/wait data; Hu & Sun, J. Appl. Math. 2019 (Lishui tax hall waits < 15 min); Xu, Gao & Ou, Management Science 53(6), 2007 (ticket queues with balking); São Paulo state government 2004-05-28 (Poupatempo)',
    ),
    figures: [
      f('等候标准 15 分钟；无法达到时应增加窗口', 'waiting standard 15 minutes; add windows when the load makes it impossible'),
      f('加州 DMV：上午 10 时高峰，周一 28 分钟、周四 13 分钟', 'California DMV: mid-morning peak (10 h); Monday 28 vs Thursday 13 minutes'),
      f('取号排队中办事人在前面人数超过其耐心时放弃', 'in ticket queues applicants balk when the number ahead exceeds their patience'),
      f('官方等候统计不含取号前的排队', 'official waits leave out the queue before the ticket'),
      f('Poupatempo Sé：675 名人员，每天 1.4 万人以上', 'Poupatempo Sé: 675 staff, over 14,000 visitors a day'),
    ],
    grade: 'B',
    caveat: f('未找到中国政务大厅公开的到达与服务时间参数', 'no published arrival and service-time parameters of a Chinese service hall were found'),
  },
  {
    id: 'planner-requirements',
    title: f('可信模型须含的要素（事项类型、授权、跑动、窗口、网办、好差评、机制）', 'What a credible model must include (item types, authorisation, trips, windows, online, ratings, mechanisms)'),
    citation: f(
      '《中华人民共和国行政许可法》第四十二条（20 个工作日，可延长 10 日）；国办发〔2018〕32 号；浙江省保障“最多跑一次”改革规定（2019）；广东省政务服务“好差评”数据发布；杭州市 2021 年公共资源交易数据；及上列城市来源',
      'Administrative Licensing Law of the PRC, art. 42 (20 working days, +10); 国办发〔2018〕32号; Zhejiang regulation on the "at most one trip" reform (2019); Guangdong 好差评 bulletins; Hangzhou public-resource trading 2021; and the city sources above',
    ),
    figures: [
      f('1 事项类型：即办件、承诺件、联办件/并联审批、上报件；各有法定时限与承诺时限', '1 item types: on the spot, promised, linked/parallel approval, referred; each with a legal and a promised limit'),
      f('2 授权到位：“两集中两到位”；两头办理的概率 = 1 − 授权到位率', '2 authorisation: 两集中两到位; P(两头办理) = 1 − authorisation share'),
      f('3 跑动次数：材料齐全才算一次跑动；一次性告知单独建模', '3 trips per case: a trip counts only with complete materials; one-time notice modelled separately'),
      f('4 综合窗口、无差别受理', '4 comprehensive windows, any-window acceptance'),
      f('5 办件量：县级约 30 万件/年，地市 100–230 万件/年；含取号前排队', '5 volume: county about 0.3 M, prefecture 1–2.3 M cases a year; include the pre-ticket queue'),
      f('6 网上可办率与实际网办率分开', '6 online-capable share apart from actual online use'),
      f('7 好差评五级；投诉首要原因为超过法定时限', '7 five-level ratings; top complaint: over the legal limit'),
      f('8 首问负责、限时办结、绿色通道、超时默许、电子监察、ISO9000（服务效率系数）', '8 first inquiry, time limits, green channel, deemed approval, electronic supervision, ISO9000 (service-rate multiplier)'),
      f('9 公共资源交易：杭州 2021 年 197,485 宗', '9 public-resource trading: Hangzhou 197,485 transactions in 2021'),
    ],
    grade: 'B',
  },
  {
    id: 'patience-and-waits',
    title: f('办事人的耐心、放弃与实测等候', 'Applicants’ patience, abandonment and measured waits'),
    citation: f('常州新北区政府网 2025-12；福州高新区调查；零点等调查；Kuzu, Service Science 7(4), 2015；内阁府舆论调查（日本，2003–2018）', 'Changzhou Xinbei district government site, Dec 2025; Fuzhou High-tech Zone survey; Horizon and other surveys; Kuzu, Service Science 7(4), 2015; Cabinet Office opinion surveys (Japan, 2003–2018)'),
    figures: [
      f('最长可忍受等候：医院就诊平均 30 分钟、银行柜台 21 分钟（零点 2007 年上海、深圳、天津入户调查，n = 1,553；中新网 2007-06-22）', 'Longest tolerable wait: a hospital consultation 30 min on average, a bank counter 21 min (Horizon 2007 household survey in Shanghai, Shenzhen and Tianjin, n = 1,553; chinanews 2007-06-22)'),
      f('上海银行业承诺等候时间不超过半小时（央视经搜狐 2007-04-19）', 'Shanghai banks promised waits of at most 30 minutes (CCTV via Sohu, 2007-04-19)'),
      f('66% 的受访者曾为免浪费时间而离开队伍（AC 尼尔森 2007，n = 1,551）', '66% of respondents had left a queue to avoid wasting time (AC Nielsen 2007, n = 1,551)'),
      f('常州新北：95% 等候 0–15 分钟', 'Changzhou Xinbei: 95% waited 0–15 minutes'), f('福州高新区市场监管窗口：58–65% 等候超过 15 分钟', 'Fuzhou High-tech Zone market-regulation windows: 58–65% waited over 15 minutes'), f('未找到全国 15 分钟等候标准', 'no national 15-minute standard found')],
    grade: 'B',
  },
  {
    id: 'stage1-two-end',
    title: f('第一阶段：两头跑、只挂号的窗口、每件跑动次数', 'Stage 1: two-end running, receipt-only windows, trips per case'),
    citation: f('福州高新区满意度调查（2021）；临湘市行政审批服务局（2022）；辽宁省政务服务中心（工人日报 2017）', 'Fuzhou High-tech Zone satisfaction survey (2021); Linxiang approval bureau (2022); Liaoning provincial centre (Workers’ Daily 2017)'),
    figures: [f('25.6–45.9% 的办事人跑 2 次以上，首要原因为材料不齐', '25.6–45.9% of applicants made 2 or more trips, first because of incomplete materials'), f('30% 反映多头跑或多次跑', '30% reported going to several offices or several times')],
    grade: 'B',
  },
  {
    id: 'time-limits',
    title: f('限时办结与承诺时限：实际办结与按时率', 'Time limits: promised against statutory limits and on-time rates'),
    citation: f('《武侯年鉴 2021》第 168 页；新华社 2012-01-05（芜湖电子监察）；光明日报 2020（大连）；今晚报（天津滨海）', 'Wuhou Yearbook 2021, p. 168; Xinhua 2012-01-05 (Wuhu electronic supervision); Guangming Daily 2020 (Dalian); Jinwan Bao (Tianjin Binhai)'),
    figures: [
      f('成都武侯 2020：受理 1,434,706 件，即办件占 92.8%，100% 在承诺时限内办结', 'Chengdu Wuhou 2020: 1,434,706 cases, 92.8% on the spot, 100% within the promised limit'),
      f('芜湖：电子监察下超时约 0.016%（推算）', 'Wuhu: about 0.016% overdue under electronic supervision (derived)'),
      f('承诺时限约为法定时限的 25%（例）', 'a promised limit about 25% of the legal one (example)'),
    ],
    grade: 'A',
  },
  {
    id: 'dalian-online-approval',
    title: f('大连市政府网上审批系统（约 2010 年）', 'Dalian’s online approval system (c. 2010)'),
    citation: f(
      '大连市政府网上审批系统上线报道（12 月 29 日，年份在转载中缺失，按“2010 年市级审批事项 100% 网上审批”的目标推断为 2010 年），http://0535-0411.com/Article/4054.html；中国广播网 2010-01-31 报道（镜像 http://114.115.135.121/article-106661.html）',
      'Report of the launch of Dalian’s online approval system (29 December; the year is missing from the copy, inferred as 2010 from the target “100% of municipal approval items online in 2010”), http://0535-0411.com/Article/4054.html; CNR report 2010-01-31 (mirror http://114.115.135.121/article-106661.html)',
    ),
    figures: [
      f('覆盖 36 个部门、115 项行政许可、276 个子项、427 个窗口办件事项；网上申报、网上预审、网上受理、现场提交审查、网上批准、网上反馈六个环节，与电子监察联通', '36 departments, 115 licensing items, 276 sub-items, 427 window work items; six steps — online submission, online pre-check, online acceptance, on-site submission for review, online approval, online feedback — linked to electronic supervision'),
      f('试运行期间抽样测算，网上审批预计在市级法定时限基础上再压缩 35%', 'sampled during the trial run: online approval is expected to cut another 35% off the municipal statutory limits'),
      f('2010 年目标：市级审批事项 100% 纳入网上审批和电子监察', '2010 target: 100% of municipal approval items under online approval and electronic supervision'),
    ],
    grade: 'B',
    caveat: f('35% 是行政机关在试运行中的预计值，不是事后统计；年份在转载中缺失', 'the 35% is the administration’s estimate from the trial run, not an after-the-fact statistic; the year is missing from the copy'),
  },
  {
    id: 'ningbo-wuhou',
    title: f('宁波（经济主导模式）与成都武侯（审管分离）', 'Ningbo (economy-led) and Chengdu Wuhou (approval–supervision separation)'),
    citation: f('宁波市及武侯区政府发布与年鉴（见各预设文件的来源说明）', 'Ningbo and Wuhou government releases and yearbooks (see each preset’s sources)'),
    figures: [f('武侯 2008 年 12 月成立全国首个行政审批局', 'Wuhou set up China’s first administrative approval bureau in Dec 2008')],
    grade: 'B',
  },
  {
    id: 'staffing-workloads',
    title: f('人员配置与工作量', 'Staffing and workloads'),
    citation: f('温州“五大强镇”行政审批服务中心调查（2010）；全国政务大厅普查（2016 数据）；地方首席代表制度文本', 'Survey of Wenzhou’s five strong towns’ approval centres (2010); national hall census (2016 data); local chief-representative rules'),
    figures: [f('每人每工作日约 4–14 件（推算）', 'about 4–14 cases per staff-day (derived)'), f('全国大厅平均每天 784 件', 'halls average 784 cases a day nationally')],
    grade: 'C',
  },
];

/** The notes by id. */
export const SOURCE_NOTE_INDEX: ReadonlyMap<string, SourceNote> = new Map(SOURCE_NOTES.map((n) => [n.id, n]));

/** A citation of a note inside a text: `[note-id]` (lower-case words joined by hyphens, so `[2007]` in 大政发[2007]104号 is not one). */
export const SOURCE_REF = /\[([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\]/g;

/** The note ids cited in a text, in order (repeats kept). Pure. */
export function sourceRefs(text: string): string[] {
  return [...text.matchAll(SOURCE_REF)].map((m) => m[1]);
}
