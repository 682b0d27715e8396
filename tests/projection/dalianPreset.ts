/**
 * One Dalian (issue 9 point 6): the `dalian-2009` preset is generated from the Dalian replay — the
 * replay's timeline applied to the 2002 centre up to 2009 (configureYears, the configuration the
 * projection compiles for that year) — so the two cannot disagree about the configuration. What a
 * single-year preset cannot take from the replay is the projection's own state, which the preset
 * anchors to its sources instead: the annual volume (1.28 M in 2009, [city-metrics]; the replay's
 * demand follows growth and trust per trajectory) and the growth figure it reports (+26.7% yoy);
 * plus its name, description, city figures and sources. Windows and staff are the replay's 2009
 * configuration, each department's brought up to the projection's staffing target (the replay's
 * `projection.staffing.targetUtilisation`) at that volume by the analytic offered load — the
 * projection's own per-department staffing rule (src/engine/projection/staffing.ts), which a
 * trajectory applies year by year capped at `maxGrowth`, applied here at once: the preset is a year
 * in which staffing has caught up with the sourced volume. Pure; used by buildReplay.ts and by
 * tests/projection/oneDalian.test.ts, which fails if the file drifts from the replay.
 */
import { configureYears, projectionSettings } from '../../src/engine/projection/project';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { centreOfferedLoad } from '../../src/engine/centre/offeredLoad';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { addStaff, staffingNeeds } from '../../src/engine/projection/staffing';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { projectionModels } from '../../models/programmes/projectionModels';

type Json = Record<string, unknown>;

/** The fields of dalian-2009 that are not the replay's configuration (anchored to sources or descriptive). */
export const DALIAN_2009_ANCHORS = {
  name: 'Dalian 2009 — administrative-function integration (five-in-one)',
  nameZh: '大连市政府行政服务中心 2009（行政职能整合·五合一）',
  description:
    'Dalian at the end of its function-integration phase (2007–2009), generated from the Dalian replay at 2009: openness, approval, e-government, information release and complaints in one centre; the mechanisms of the legal-promotion phase in force.',
  descriptionZh: '职能整合阶段（2007–2009）末期的大连，由大连回放在2009年的配置生成：政务公开、行政审批、电子政务、信息发布、行政投诉办理五项职能集中于一个中心（五合一）；法制推进阶段建立的各项机制均已实行。',
  year: 2009,
  replications: 5,
  city: { name: 'Dalian', nameZh: '大连', level: 'municipal', population: 6_170_000, enterprises: 150_000 },
  annualVolume: 1_280_000,
  growth: 0.267,
  _sources: [
    'generated from dalian-replay.scenario.json at 2009 (tests/projection/dalianPreset.ts): departments, stationing, windows, staff, items, limits, mechanisms, functions and services are the replay’s 2009 configuration, whose events and assumptions are listed in that file',
    'volume 1.28 M items accepted in 2009 (+26.7% yoy), all on time, zero complaints: [city-metrics] Dalian (CNR report, Jan 2010; ⚠ may be citywide)',
    '80 windows, 35 departments: [city-metrics] Dalian (~2010); the replay’s 2009 hall has the windows of the 2002 layout × 1.2 (the 2004 building)',
    'windows and back-office staff of each department brought to the projection’s staffing target (75% offered load, assumption) at 1.28 M cases: the replay’s rule that staff follow the load, applied per department (tests/projection/dalianPreset.ts followLoad)',
    'five-in-one complete 2009; mechanisms 首问负责, 限时办结, 绿色通道, 超时默许 from 2004–2006; procurement centre and information reading centre opened Oct 2008: [paper-dalian]',
  ],
  _sourcesZh: [
    '由dalian-replay.scenario.json在2009年的配置生成（tests/projection/dalianPreset.ts）：部门、进驻方式、窗口、人员、事项、时限、机制、职能和服务均为回放2009年的配置，其事件和假设见该文件',
    '2009年受理办件128万件（同比增长26.7%），全部按时办结，零投诉：[city-metrics] 大连（中国广播网报道，2010年1月；⚠ 可能为全市口径）',
    '80个窗口、35个部门：[city-metrics] 大连（约2010年）；回放2009年大厅的窗口为2002年布局×1.2（2004年新楼）',
    '各部门窗口和后台人员按128万件的业务量增至推演的人员配置目标（提供负荷75%，假设）：即回放中“人员随负荷增加”的规则逐部门应用一次（tests/projection/dalianPreset.ts followLoad）',
    '五合一于2009年完成；首问负责、限时办结、绿色通道、超时默许等机制始于2004–2006年；政府采购中心和信息查阅中心于2008年10月启用：[paper-dalian]',
  ],
} as const;

/** The replay's configuration at `year` (timeline applied, functions stepped by the statechart), as the projection compiles it before its dynamics; pure. */
export function replayConfigurationAt(replay: Json, year: number): CentreScenario {
  const s = loadScenario(replay) as CentreScenario;
  const c = configureYears(s, projectionModels).find((x) => x.year === year);
  if (!c) throw new Error(`the replay has no year ${year}`);
  return c.scenario;
}

/**
 * The projection's staffing rule (src/engine/projection/staffing.ts) applied at once, uncapped: each
 * stationed department's windows and back-office staff brought to the target offered load at the
 * scenario's volume, never fewer — a snapshot in which staffing has caught up with the volume; pure.
 */
export function followLoad(s: CentreScenario, target: number): CentreScenario {
  const report = centreOfferedLoad(compileCentre({ ...s, simulation: { ...s.simulation, days: s.opening.workingDaysPerYear, warmupDays: 0 } }, projectionModels));
  return addStaff(s, staffingNeeds(s, report, { targetUtilisation: target, maxGrowth: Infinity, waitTargetMinutes: Infinity }));
}

/**
 * The anchored configuration: the replay's year with the preset's own (sourced) volume, growth, city,
 * name and year, and each department's capacity brought to the replay's staffing target at that
 * volume (followLoad); pure.
 */
export function anchored(conf: CentreScenario): CentreScenario {
  const a = DALIAN_2009_ANCHORS;
  const { timeline: _t, projection: _p, network: _n, ...rest } = conf;
  const target = projectionSettings(conf).staffing.targetUtilisation;
  return followLoad(
    {
      ...rest,
      name: a.name,
      nameZh: a.nameZh,
      description: a.description,
      descriptionZh: a.descriptionZh,
      year: a.year,
      replications: a.replications,
      city: { ...conf.city, ...a.city },
      demand: { ...conf.demand, annualVolume: a.annualVolume, growth: a.growth },
    } as CentreScenario,
    target,
  );
}

const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A compact JSON of `next`: `raw` (the file as written) where the loaded `base` already says the
 * same, and only what changed otherwise (objects and equal-length arrays field by field); pure.
 */
function overlay(raw: unknown, base: unknown, next: unknown): unknown {
  if (same(base, next) && raw !== undefined) return raw;
  if (isObj(next) && isObj(base)) {
    const r = isObj(raw) ? raw : {};
    const out: Json = { ...r };
    for (const k of Object.keys(next)) {
      if (same(base[k], next[k]) && k in r) continue;
      if (same(base[k], next[k]) && !(k in r)) continue;
      out[k] = overlay(r[k], base[k], next[k]);
    }
    return out;
  }
  if (Array.isArray(next) && Array.isArray(base) && base.length === next.length) {
    const r = Array.isArray(raw) && raw.length === next.length ? raw : [];
    return next.map((x, i) => overlay(r[i], base[i], x));
  }
  return next;
}

/** The dalian-2009 preset file from the replay file: the replay's 2009 configuration, anchored, written compactly; pure. */
export function dalian2009FromReplay(replay: Json): Json {
  const base = loadScenario(replay) as CentreScenario;
  const next = anchored(replayConfigurationAt(replay, 2009));
  const a = DALIAN_2009_ANCHORS;
  const { timeline: _t, projection: _p, _sources: _s, _sourcesZh: _z, ...raw } = replay;
  const body = overlay(raw, { ...base, timeline: undefined, projection: undefined }, next) as Json;
  delete body.timeline;
  delete body.projection;
  return { ...body, _sources: [...a._sources], _sourcesZh: [...a._sourcesZh] };
}
