/**
 * Writes models/presets/*.scenario.json (the centre presets) from the tables below, so that the
 * department lists and item mixes stay consistent across presets. Run: `npx tsx
 * tests/calibration/buildPresets.ts` (it then runs tests/projection/buildReplay.ts, which writes the Dalian replay,
 * the city network and Dalian 2009 from Dalian 2002). Every figure not taken from a source note (models/sources/sourceNotes.ts) is an assumption
 * and says so in the preset's `_sources`.
 */
import { writeFileSync } from 'node:fs';
import { parameter } from '../../src/domain/parameters';

type St = 'absent' | 'reception' | 'authorised' | 'whole-unit' | 'bureau';
interface Dep { id: string; nameZh: string; nameEn: string; windows: number; staff: number; stationing: St; authorisationShare: number }

// 35 departments of a municipal centre (Dalian ~2010: 80 windows, 35 departments — [city-metrics])
const DEPTS: [string, string, string, number][] = [
  ['aic', '工商局', 'Administration for Industry and Commerce', 6],
  ['ntax', '国税局', 'State Taxation Bureau', 4],
  ['ltax', '地税局', 'Local Taxation Bureau', 4],
  ['qts', '质监局', 'Quality and Technical Supervision', 3],
  ['psb', '公安局', 'Public Security Bureau', 5],
  ['plan', '规划局', 'Planning Bureau', 3],
  ['land', '国土资源和房屋局', 'Land Resources and Housing', 4],
  ['constr', '建委', 'Construction Commission', 4],
  ['env', '环保局', 'Environmental Protection', 2],
  ['health', '卫生局', 'Health Bureau', 3],
  ['fda', '食品药品监管局', 'Food and Drug Administration', 2],
  ['culture', '文化广播影视局', 'Culture, Radio and Film', 2],
  ['transport', '交通局', 'Transport Bureau', 3],
  ['drc', '发展改革委', 'Development and Reform Commission', 2],
  ['commerce', '外经贸局', 'Foreign Trade and Economic Cooperation', 2],
  ['civil', '民政局', 'Civil Affairs Bureau', 2],
  ['labour', '人力资源和社会保障局', 'Human Resources and Social Security', 3],
  ['edu', '教育局', 'Education Bureau', 1],
  ['fire', '公安消防支队', 'Fire Department', 2],
  ['weather', '气象局', 'Meteorological Bureau', 1],
  ['cad', '人防办', 'Civil Air Defence Office', 1],
  ['water', '水务局', 'Water Affairs Bureau', 2],
  ['agri', '农委', 'Agriculture Commission', 1],
  ['ocean', '海洋与渔业局', 'Ocean and Fisheries Bureau', 2],
  ['garden', '城建局(园林)', 'Urban Construction (Gardens)', 1],
  ['safety', '安监局', 'Work Safety Bureau', 2],
  ['stats', '统计局', 'Statistics Bureau', 1],
  ['price', '物价局', 'Price Bureau', 1],
  ['finance', '财政局', 'Finance Bureau', 1],
  ['foreign', '外事办', 'Foreign Affairs Office', 1],
  ['ethnic', '民族宗教委', 'Ethnic and Religious Affairs', 1],
  ['sci', '科技局', 'Science and Technology Bureau', 1],
  ['fund', '住房公积金中心', 'Housing Provident Fund', 2],
  ['port', '口岸办', 'Port Office', 1],
  ['tourism', '旅游局', 'Tourism Bureau', 1],
];

interface ItemSpec { id: string; name: string; nameZh: string; class: string; departments: string[]; share: number; legalLimitDays: number; promisedLimitDays?: number; onlineCapable?: boolean }

/**
 * Item groups: each department gets an on-the-spot group and a promised group with volume shares
 * proportional to its windows; plus cross-department linked items and referred items. Class mix
 * (onTheSpot, promised, linked, referred) is a parameter of the preset.
 */
function items(deps: Dep[], mix: [number, number, number, number], legal: number, promisedRatio: number, online = false): ItemSpec[] {
  // demand weights are the departments' nominal sizes in DEPTS (not the windows sized from them)
  const weight = (id: string) => DEPTS.find((x) => x[0] === id)?.[3] ?? 1;
  const w = deps.reduce((a, d) => a + weight(d.id), 0);
  const out: ItemSpec[] = [];
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const promised = (days: number) => Math.max(0.5, Math.round(days * promisedRatio * 2) / 2);
  for (const d of deps) {
    const share = weight(d.id) / w;
    out.push({ id: `${d.id}-spot`, name: `${d.nameEn}: on-the-spot items`, nameZh: `${d.nameZh}即办件`, class: 'onTheSpot', departments: [d.id], share: round(mix[0] * share), legalLimitDays: legal, promisedLimitDays: promised(legal), onlineCapable: online });
    out.push({ id: `${d.id}-promised`, name: `${d.nameEn}: promised items`, nameZh: `${d.nameZh}承诺件`, class: 'promised', departments: [d.id], share: round(mix[1] * share), legalLimitDays: legal, promisedLimitDays: promised(legal), onlineCapable: online });
  }
  const has = (ids: string[]) => ids.filter((id) => deps.some((d) => d.id === id));
  const linked: [string, string, string[], number][] = [
    ['enterprise-setup', '企业设立联办', ['aic', 'qts', 'ntax', 'ltax'], 0.4],
    ['investment-project', '投资项目并联审批', ['drc', 'plan', 'land', 'env'], 0.2],
    ['construction-permit', '施工许可联办', ['plan', 'constr', 'fire', 'cad'], 0.2],
    ['food-business', '餐饮服务许可联办', ['aic', 'fda', 'health', 'fire'], 0.2],
  ];
  for (const [id, zh, ds, s] of linked) {
    const dd = has(ds);
    if (dd.length >= 2) out.push({ id, name: id, nameZh: zh, class: 'linked', departments: dd, share: round(mix[2] * s), legalLimitDays: legal + 10, promisedLimitDays: promised(legal + 10), onlineCapable: online });
  }
  const referred: [string, string, string[], number][] = [
    ['provincial-project', '上报省级审批项目', ['drc'], 0.5],
    ['provincial-land', '上报省级用地审批', ['land'], 0.5],
  ];
  for (const [id, zh, ds, s] of referred) {
    const dd = has(ds);
    if (dd.length) out.push({ id, name: id, nameZh: zh, class: 'referred', departments: dd, share: round(mix[3] * s), legalLimitDays: legal + 20, promisedLimitDays: promised(legal + 20), onlineCapable: false });
  }
  return out;
}

const CLASS_SERVICE = { onTheSpot: 15, promised: 18, linked: 22, referred: 20 };
const CLASS_EFFORT = { onTheSpot: 20, promised: 60, linked: 60, referred: 60 };

/**
 * Departments sized to their load: windows so that window utilisation is about `util` (or a
 * fixed total spread by load), staff = windows + back-office staff for about 70% utilisation.
 * Visits per case ≈ 1.5 (acceptance, rejections, pickups): assumption. A department outside the
 * centre (`absent`) also serves the applicants who carry a linked item on to it from the department
 * before (the dispersed route's visit to the next department) and hands over the result when it is
 * the last: ≈ 1.2 visits per such case (assumption).
 */
function deps(
  n: number,
  st: (i: number) => [St, number],
  o: { volume: number; boVolume?: number; mix: [number, number, number, number]; service?: Partial<typeof CLASS_SERVICE>; windowsTotal?: number; util?: number; boUtil?: number; effortScale?: number },
): Dep[] {
  const base = DEPTS.slice(0, n).map(([id, nameZh, nameEn, w], i) => {
    const [stationing, authorisationShare] = st(i);
    return { id, nameZh, nameEn, windows: w, staff: 0, stationing, authorisationShare };
  });
  const its = items(base, o.mix, 20, 1);
  const svc = { ...CLASS_SERVICE, ...o.service };
  const perDay = o.volume / 250;
  const winLoad = new Map<string, number>();
  const boLoad = new Map<string, number>();
  for (const it of its) {
    const cases = perDay * it.share;
    const c = it.class as keyof typeof CLASS_SERVICE;
    winLoad.set(it.departments[0], (winLoad.get(it.departments[0]) ?? 0) + cases * 1.5 * svc[c]);
    for (const d of it.departments.slice(1)) {
      if (base.find((x) => x.id === d)?.stationing === 'absent') winLoad.set(d, (winLoad.get(d) ?? 0) + cases * 1.2 * svc[c]);
    }
    // on-the-spot items reach the back office when the window cannot decide them: those beyond a
    // reception or authorised window's authority (their routes), else 15% (assumption)
    const first = base.find((x) => x.id === it.departments[0]);
    // (authority covers the simplest items first: compileCentre)
    const undecided = first?.stationing === 'reception' || first?.stationing === 'authorised' ? Math.max(0.15, 1 - Math.min(1, first.authorisationShare / o.mix[0])) : 0.15;
    const nonSpot = c === 'onTheSpot' ? undecided : 1;
    // the staff do the review's effort and each sign-off layer of their stationing (registry defaults)
    const signOff = (d: string) => (parameter(`process.signOffLayers.${base.find((x) => x.id === d)?.stationing ?? 'authorised'}`).default as number) * (parameter('process.signOffMinutes').default as number);
    for (const d of it.departments) boLoad.set(d, (boLoad.get(d) ?? 0) + (cases * (o.boVolume ?? o.volume) / o.volume) * nonSpot * (CLASS_EFFORT[c] * (o.effortScale ?? 1) + signOff(d)));
  }
  const need = (d: string, u: number) => Math.max(1, Math.ceil((winLoad.get(d) ?? 0) / (480 * u)));
  let util = o.util ?? 0.7;
  if (o.windowsTotal) {
    // the lowest utilisation target whose windows fit in the fixed total
    for (util = 0.3; util < 0.98; util += 0.01) if (base.reduce((a, d) => a + need(d.id, util), 0) <= o.windowsTotal) break;
  }
  return base.map((d) => {
    const windows = need(d.id, util);
    const back = Math.max(1, Math.ceil((boLoad.get(d.id) ?? 0) / (480 * (o.boUtil ?? 0.7))));
    return { ...d, windows, staff: windows + back };
  });
}

const ALL_ON = { on: true };
const DIR = new URL('../../models/presets/', import.meta.url);
function write(file: string, s: object) {
  writeFileSync(new URL(file, DIR), JSON.stringify(s, null, 2) + '\n');
}
const base = { type: 'onewindow/centre', version: 1, seed: 1 };
const separateFns = { openness: 'separate', approval: 'colocated', eGovernment: 'separate', informationRelease: 'separate', complaints: 'separate' };

// ---- Dalian 2009: generated from the Dalian replay at 2009 (one Dalian, issue 9 point 6) ----
// tests/projection/buildReplay.ts (run at the end of this file) writes dalian-2009.scenario.json from the
// replay built on the Dalian 2002 preset below: tests/projection/dalianPreset.ts.
// ---- Dalian 2002: founding (approval only, reception stationing mostly) ----
{
  const d = deps(35, (i) => (i < 5 ? ['authorised', 0.6] : i < 30 ? ['reception', 0.3] : ['absent', 0]), { volume: 600_000, mix: [0.45, 0.4, 0.1, 0.05], windowsTotal: 64, service: { onTheSpot: 4, promised: 5, linked: 6, referred: 5 } });
  write('dalian-2002.scenario.json', {
    ...base,
    name: 'Dalian 2002 — founding of the approval centre',
    nameZh: '大连市政府行政审批中心 2002（起步摸索）',
    description: 'Dalian at its founding (June 2002): a single function, approval; departments’ items and staff move in, mostly as reception windows (stage 1, 集中受理、分头办理); none of the 2004–2006 mechanisms yet.',
    descriptionZh: '创立时（2002年6月）的大连：只有行政审批一项职能；各部门的审批事项和人员进驻中心，多数为仅受理窗口（第一阶段：集中受理、分头办理）；2004–2006年的各项机制尚未建立。',
    year: 2002,
    replications: 5,
    _sources: [
      'founded 2002-06-26 as 市政府行政审批中心, approval only, one-stop platform on its own: [paper-dalian]; [city-metrics]',
      'volume 600,000 cases/yr: assumption (no figure for 2002; 1.28 M in 2009 after growth)',
      'windows ≈ 64 (0.8 × the 2009 layout) and 5 departments still absent: assumption',
      'reception stationing with 30% authorisation: assumption for stage 1 ([paper-stages], [paper-problems] problems)',
      'legal limit 30 working days, no promised limit below it (before the 2004 Licensing Law): assumption',
    ],
    _sourcesZh: [
      '2002年6月26日成立市政府行政审批中心，只有审批职能，一站式审批平台单独运行：[paper-dalian]；[city-metrics]',
      '年办件量60万件：假设（无2002年数据；2009年经增长后为128万件）',
      '窗口约64个（2009年布局的0.8倍），仍有5个部门未进驻：假设',
      '仅受理进驻、授权30%：第一阶段的假设（[paper-stages]、[paper-problems]所列问题）',
      '法定时限30个工作日，无低于法定时限的承诺时限（2004年《行政许可法》施行前）：假设',
    ],
    city: { name: 'Dalian', nameZh: '大连', level: 'municipal', population: 5_600_000, enterprises: 90_000 },
    centreType: 'functionIntegration',
    departments: d,
    items: items(d, [0.45, 0.4, 0.1, 0.05], 30, 1),
    windowOrganisation: 'department',
    functions: separateFns,
    mechanisms: {},
    demand: { annualVolume: 600_000, growth: 0.1, onlineAdoption: 0 },
    process: { serviceMinutes: { onTheSpot: 4, promised: 5, linked: 6, referred: 5 } },
    behaviour: { pickupMinutes: 1.5 },
    simulation: { days: 250, warmupDays: 0 },
  });
}
// ---- Dispersed baseline ----
{
  const d = deps(20, () => ['absent', 0], { volume: 300_000, mix: [0.45, 0.4, 0.1, 0.05], util: 0.55 });
  write('dispersed.scenario.json', {
    ...base,
    name: 'Dispersed baseline — no centre',
    nameZh: '分散办理（无行政服务中心）',
    description: 'Before any centre: each department accepts and decides at its own office; linked items are carried from office to office by the applicant.',
    descriptionZh: '尚无任何行政服务中心：各部门在各自办公地点受理和办理；联办件由申请人在各部门之间逐个跑动办理。',
    year: 1995,
    replications: 5,
    _sources: ['the baseline of [paper-stages] (before stage 1); volume 300,000 cases/yr is the county/prefecture order of magnitude of [planner-requirements] point 5; everything else assumption'],
    _sourcesZh: [
      '[paper-stages]所述的基线（第一阶段之前）；年办件量30万件取[planner-requirements]第5点中县级/地市级的数量级；其余均为假设',
    ],
    city: { name: 'A prefecture-level city', nameZh: '某地级市', level: 'municipal', population: 3_000_000, enterprises: 40_000 },
    centreType: 'dispersed',
    departments: d,
    items: items(d, [0.45, 0.4, 0.1, 0.05], 30, 1),
    windowOrganisation: 'department',
    functions: { openness: 'separate', approval: 'separate', eGovernment: 'separate', informationRelease: 'separate', complaints: 'separate' },
    demand: { annualVolume: 300_000, onlineAdoption: 0 },
    simulation: { days: 250, warmupDays: 0 },
  });
}
// review times tripled so that absolute completion days are of Tianjin's order (assumption, tuned:
// tianjin-after-days, tianjin-before-days and — through the same scale — tianjin-before-after-ratio)
// tuned (src/domain/parameters.ts T_TIANJIN, T_TIANJIN_HQ): review times 3× the defaults with CV 0.4 (the level after the centre), and
// 3 working days' wait before each sign-off layer at headquarters (the level before it: 23.9 days)
const TIANJIN_PROCESS = { reviewDays: { onTheSpot: 1.5, promised: 7.5, linked: 4.5, referred: 7 }, reviewCv: 0.4, signOffWaitDays: { headquarters: 3 } };
// ---- Tianjin 2007: comprehensive service, and the same city before the centre ----
{
  const tianjinItems = (d: Dep[]) => items(d, [0.35, 0.5, 0.1, 0.05], 30, 0.67);
  const d = deps(30, (i) => (i < 8 ? ['whole-unit', 1] : i < 26 ? ['authorised', 0.85] : ['reception', 0.5]), { volume: 163_000, mix: [0.35, 0.5, 0.1, 0.05], util: 0.6 });
  write('tianjin-2007.scenario.json', {
    ...base,
    name: 'Tianjin 2007 — comprehensive service',
    nameZh: '天津市行政许可服务中心 2007（综合服务模式）',
    description: 'Comprehensive-service model: approval, efficiency supervision (效能监察), factor allocation and household services for citizens and enterprises.',
    descriptionZh: '综合服务模式：面向群众和企业，提供行政审批、效能监察、要素配置和家庭服务。',
    year: 2007,
    replications: 5,
    _sources: [
      'average completion 23.9 days before entering the centre → 10.8 after; on-time or early 99.15%; satisfaction 99.9%; 490,000 items over 2005–07 (≈163,000/yr): [city-metrics] Tianjin (fsou.com)',
      'model features (approval, efficiency supervision, factor allocation, household services): [paper-models]',
      'departments, windows, stationing, class mix and limits: assumptions (legal 30, promised 20 working days); review times 3× the defaults with CV 0.4 (assumption, tuned to the absolute level of 10.8 days); 3 working days before each of the three sign-off layers at a department’s headquarters (assumption, tuned to 23.9 days before the centre)',
    ],
    _sourcesZh: [
      '进入中心前平均办结时间23.9天，进入后10.8天；按时或提前办结率99.15%；满意率99.9%；2005–2007年共办件49万件（约16.3万件/年）：[city-metrics] 天津（fsou.com）',
      '模式特征（行政审批、效能监察、要素配置、家庭服务）：[paper-models]',
      '部门、窗口、进驻方式、办件类别构成和时限：假设（法定时限30个、承诺时限20个工作日）；审核时间为默认值的3倍，变异系数0.4（假设，按10.8天的绝对水平调整）；部门本部三级签批每级等待3个工作日（假设，按进入中心前23.9天调整）',
    ],
    city: { name: 'Tianjin', nameZh: '天津', level: 'municipal', population: 11_150_000, enterprises: 200_000 },
    centreType: 'comprehensive',
    departments: d,
    items: tianjinItems(d),
    windowOrganisation: 'department',
    functions: { openness: 'colocated', approval: 'integrated', eGovernment: 'colocated', informationRelease: 'separate', complaints: 'colocated' },
    mechanisms: { firstInquiry: ALL_ON, timeLimit: ALL_ON, greenChannel: ALL_ON, oneTimeNotice: ALL_ON, eSupervision: ALL_ON },
    demand: { annualVolume: 163_000, onlineAdoption: 0 },
    services: { convenience: { on: true, annualVolume: 20_000, counters: 3 } },
    process: TIANJIN_PROCESS,
    simulation: { days: 250, warmupDays: 0 },
  });
  // each department's own office keeps its centre windows, with more where it also serves the applicants
  // who carry a linked item on to it and collect results there (sized as the dispersed baseline is)
  const ownOffices = deps(30, () => ['absent', 0], { volume: 163_000, mix: [0.35, 0.5, 0.1, 0.05], util: 0.6 });
  const before = d.map((x, i) => {
    const windows = Math.max(x.windows, ownOffices[i].windows);
    return { ...x, windows, staff: x.staff + windows - x.windows, stationing: 'absent' as St, authorisationShare: 0 };
  });
  write('tianjin-before-centre.scenario.json', {
    ...base,
    name: 'Tianjin before the centre — the same items, departments and demand, dispersed',
    nameZh: '天津（进入中心前，分散办理）',
    description: 'The counterfactual behind Tianjin’s before/after figure: the same departments, items and demand handled at the departments’ own offices, without the centre’s mechanisms.',
    descriptionZh: '天津进入中心前后对比数据背后的反事实情景：同样的部门、事项和需求，在各部门自己的办公地点办理，没有中心的各项机制。',
    year: 2004,
    replications: 5,
    _sources: ['the “before entering the centre” side of 23.9 → 10.8 days: [city-metrics] Tianjin; configuration = tianjin-2007 with every department absent and no mechanisms; an office that also serves applicants carrying linked items on gets the windows that load needs (assumption)'],
    _sourcesZh: [
      '23.9天→10.8天中“进入中心前”的一端：[city-metrics] 天津；配置即tianjin-2007，但所有部门均未进驻、不实行任何机制；兼为申请人携联办件转来、领取结果服务的部门办公点按该负荷增设窗口（假设）',
    ],
    city: { name: 'Tianjin', nameZh: '天津', level: 'municipal', population: 10_240_000, enterprises: 150_000 },
    centreType: 'dispersed',
    departments: before,
    items: tianjinItems(before),
    windowOrganisation: 'department',
    functions: { openness: 'separate', approval: 'separate', eGovernment: 'separate', informationRelease: 'separate', complaints: 'separate' },
    demand: { annualVolume: 163_000, onlineAdoption: 0 },
    process: TIANJIN_PROCESS,
    simulation: { days: 250, warmupDays: 0 },
  });
}
// ---- Ningbo: economy-led ----
{
  const d = deps(20, (i) => (i < 14 ? ['authorised', 0.9] : ['reception', 0.5]), { volume: 200_000, mix: [0.3, 0.45, 0.2, 0.05], util: 0.6 });
  write('ningbo.scenario.json', {
    ...base,
    name: 'Ningbo — economy-led',
    nameZh: '宁波市经济发展服务中心（经济主导模式）',
    description: 'Economy-led model: serves enterprises and economic development — approvals and bidding services as a special line.',
    descriptionZh: '经济主导模式：服务企业和经济发展，以行政审批和招投标服务为专门业务。',
    year: 2009,
    replications: 5,
    _sources: ['model and representative: [paper-models] (Ningbo Economic Development Service Centre); no Ningbo figures in the source notes: volume (200,000/yr), departments, stationing and mix are assumptions; enterprise focus = more promised and linked items, parallel approval, construction bidding and procurement lines'],
    _sourcesZh: [
      '模式及代表：[paper-models]（宁波市经济发展服务中心）；来源说明中无宁波数据：年办件量（20万件）、部门、进驻方式和办件类别构成均为假设；面向企业体现为承诺件和联办件较多、实行并联审批、设建设工程招投标和政府采购业务',
    ],
    city: { name: 'Ningbo', nameZh: '宁波', level: 'municipal', population: 5_700_000, enterprises: 120_000 },
    centreType: 'economyLed',
    departments: d,
    items: items(d, [0.3, 0.45, 0.2, 0.05], 20, 0.5),
    windowOrganisation: 'department',
    functions: { openness: 'colocated', approval: 'integrated', eGovernment: 'colocated', informationRelease: 'separate', complaints: 'separate' },
    mechanisms: { firstInquiry: ALL_ON, timeLimit: ALL_ON, greenChannel: { on: true, share: 0.08 }, parallelApproval: ALL_ON, oneTimeNotice: ALL_ON },
    demand: { annualVolume: 200_000, onlineAdoption: 0 },
    services: { constructionBidding: { on: true, annualVolume: 2000 }, procurement: { on: true, annualVolume: 1500 } },
    simulation: { days: 250, warmupDays: 0 },
  });
}
// ---- Hangzhou: physical unification (calibrated to 2020–21 figures) ----
// Tuned: onlineAdoption 0.995 (hangzhou-online) and verificationTripP 0.03 (hangzhou-zero-trip); the
// class mix and promised ratio echo 即办 83.01% and compression 94.63% (consistency rows).
{
  const d = deps(35, () => ['whole-unit', 1], { volume: 2_280_000 * 0.1, boVolume: 2_280_000, mix: [0.83, 0.13, 0.03, 0.01], util: 0.6, service: { onTheSpot: 5, promised: 6, linked: 8, referred: 6 } });
  write('hangzhou.scenario.json', {
    ...base,
    name: 'Hangzhou — physical unification',
    nameZh: '杭州市行政服务中心（实体统一模式）',
    description: 'Physical-unification model: all city departments and their windows in one building, whole units stationed — no incomplete authorisation and no two-end processing. Online figures are those of 2020–21.',
    descriptionZh: '实体统一模式：全市各部门及其窗口集中在一栋楼内，成建制进驻，不存在窗口授权不到位和两头办理。网上办理数据为2020–2021年数据。',
    year: 2020,
    replications: 3,
    _sources: [
      'model: [paper-models] (all departments in one building; avoids 窗口授权不到位 and 两头办理)',
      '即办事项比例 83.01%; 承诺期限压缩比 94.63%; 跑零次 95.4%; 网上办 98.34%: [city-metrics] Hangzhou 2020 (hangzhou.gov.cn)',
      '2.28 M items accepted by the municipal centre in 2021: [city-metrics] (sgb.hangzhou.gov.cn)',
      'comprehensive windows (无差别受理) and delivery by post: [planner-requirements] points 4, 6; windows (~53), staff and adoption: assumptions',
    ],
    _sourcesZh: [
      '模式：[paper-models]（所有部门集中于一栋楼，避免窗口授权不到位和两头办理）',
      '即办事项比例83.01%；承诺期限压缩比94.63%；跑零次95.4%；网上办98.34%：[city-metrics] 杭州2020年（hangzhou.gov.cn）',
      '2021年市级中心受理办件228万件：[city-metrics]（sgb.hangzhou.gov.cn）',
      '综合窗口（无差别受理）和邮寄送达：[planner-requirements] 第4、6点；窗口（约53个）、人员和网办采用率：假设',
    ],
    city: { name: 'Hangzhou', nameZh: '杭州', level: 'municipal', population: 11_940_000, enterprises: 600_000 },
    centreType: 'physicalUnification',
    departments: d,
    items: items(d, [0.83, 0.13, 0.03, 0.01], 20, 0.0537, true).map((it) => (it.class === 'referred' ? it : { ...it, onlineCapable: true })),
    windowOrganisation: 'comprehensive',
    functions: { openness: 'integrated', approval: 'integrated', eGovernment: 'integrated', informationRelease: 'integrated', complaints: 'colocated' },
    mechanisms: { firstInquiry: ALL_ON, timeLimit: ALL_ON, greenChannel: ALL_ON, oneTimeNotice: ALL_ON, acceptWithGaps: ALL_ON, parallelApproval: ALL_ON, eSupervision: ALL_ON, onlineApproval: { on: true, verificationTripP: 0.03 }, delivery: ALL_ON },
    demand: { annualVolume: 2_280_000, onlineAdoption: 0.995 },
    process: { serviceMinutes: { onTheSpot: 5, promised: 6, linked: 8, referred: 6 }, reviewDays: { promised: 0.5, linked: 0.5 } },
    simulation: { days: 250, warmupDays: 0 },
  });
}
// ---- Chengdu Wuhou: approval bureau ----
{
  const d = deps(20, () => ['bureau', 1], { volume: 100_000, mix: [0.4, 0.4, 0.15, 0.05], util: 0.6 });
  write('chengdu-wuhou.scenario.json', {
    ...base,
    name: 'Chengdu Wuhou 2009 — administrative approval bureau',
    nameZh: '成都市武侯区行政审批局（审管分离模式）',
    description: 'Approval–supervision separation: approval powers are stripped from the bureaus (they keep supervision) and pooled in one approval bureau, which decides every item — linked items by one body (一枚印章).',
    descriptionZh: '审管分离模式：将审批权从各职能局剥离（各局保留监管职能），集中到一个行政审批局，由其办理全部事项——联办件由一个机关办结（一枚印章）。',
    year: 2009,
    replications: 5,
    _sources: [
      'model: [paper-models] (审管分离; piloted at county/district level, results still to be seen)',
      'Wuhou approval bureau founded 2008-12-24 (the first): [national-scale]',
      'district volume 100,000 cases/yr ([planner-requirements] point 5 county ~0.3 M as the upper order), departments, windows and mix: assumptions',
    ],
    _sourcesZh: [
      '模式：[paper-models]（审管分离；在县区级试点，效果尚待观察）',
      '武侯区行政审批局于2008年12月24日成立（全国首个）：[national-scale]',
      '区级年办件量10万件（以[planner-requirements]第5点县级约30万件为上限数量级）、部门、窗口和办件类别构成：假设',
    ],
    city: { name: 'Chengdu Wuhou District', nameZh: '成都市武侯区', level: 'district', population: 1_000_000, enterprises: 30_000 },
    centreType: 'approvalBureau',
    departments: d,
    items: items(d, [0.4, 0.4, 0.15, 0.05], 20, 0.5),
    windowOrganisation: 'comprehensive',
    functions: { openness: 'colocated', approval: 'integrated', eGovernment: 'colocated', informationRelease: 'separate', complaints: 'colocated' },
    mechanisms: { firstInquiry: ALL_ON, timeLimit: ALL_ON, parallelApproval: ALL_ON, oneTimeNotice: ALL_ON, eSupervision: ALL_ON },
    demand: { annualVolume: 100_000, onlineAdoption: 0 },
    simulation: { days: 250, warmupDays: 0 },
  });
}
console.log('presets written');
// the replay, the city network and Dalian 2009 follow from Dalian 2002 (written above)
void import('../projection/buildReplay').then(() => console.log('dalian-replay, dalian-city and dalian-2009 written'));
