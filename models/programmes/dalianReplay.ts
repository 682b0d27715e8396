/**
 * The Dalian replay 2002–2015: every dated event of models/programmes/dalian.ts (with the paper's
 * sentence) turned into timeline events of a centre scenario. Each programme kind maps to what it
 * does to the centre; facts with no modelled effect (renaming, rank, leading groups, soft-
 * environment rounds, the data centre) become `milestone`s so they still show on the timeline.
 * Every number in a payload is an assumption unless its comment names a source.
 */
import { DALIAN_EVENTS, type ProgrammeEvent } from './dalian';

/** A timeline event as written in a scenario file (the engine's TimelineEventInput). */
export type TimelineEventJson = { kind: string; year: number; month?: number; ref: string; label: { zh: string; en: string }; quote: { zh: string; en: string }; planned?: boolean } & Record<string, unknown>;

/** Departments stationed at founding with authorised windows (dalian-2002 preset). */
const AUTHORISED_2002 = ['aic', 'ntax', 'ltax', 'qts', 'psb'];
/** Departments that move in as whole units (成建制进驻) in the legal-promotion phase (dalian-2009 preset). */
const WHOLE_UNITS = ['aic', 'ntax', 'ltax', 'qts', 'psb', 'plan', 'land', 'constr', 'env', 'health'];
/** Departments stationed at founding with reception windows only (dalian-2002 preset). */
const RECEPTION_2002 = ['plan', 'land', 'constr', 'env', 'health', 'fda', 'culture', 'transport', 'drc', 'commerce', 'civil', 'labour', 'edu', 'fire', 'weather', 'cad', 'water', 'agri', 'ocean', 'garden', 'safety', 'stats', 'price', 'finance', 'foreign'];
/** Departments still absent at founding (dalian-2002 preset). */
export const ABSENT_2002 = ['ethnic', 'sci', 'fund', 'port', 'tourism'];

/** What one programme event does in the replay: zero or more payloads (kind + fields). */
function payloads(e: ProgrammeEvent): Record<string, unknown>[] {
  switch (e.kind) {
    case 'function.colocate':
    case 'function.integrate':
      return [{ kind: e.kind, fn: e.payload.fn }];
    case 'department.station':
      // founding: items and staff move in — five departments with authorised windows, the rest receive only (stage 1)
      return [
        { kind: 'department.station', department: AUTHORISED_2002, stationing: 'authorised', authorisationShare: 0.6 },
        { kind: 'department.station', department: RECEPTION_2002, stationing: 'reception', authorisationShare: 0.3 },
      ];
    case 'law.licensing':
      // legal limits 30 → 20 working days (dalian-2002 → dalian-2009 presets), 10% of item volume abolished
      return [{ kind: 'law.licensing', limitFactor: 0.67, itemCut: 0.1 }];
    case 'mechanism.enable':
      return [{ kind: 'mechanism.enable', mechanism: e.payload.mechanism }];
    case 'items.reduce':
      return [{ kind: 'items.reduce', share: 0.1 }];
    case 'limits.compress':
      // promised = 40% of legal (dalian-2009 preset)
      return [{ kind: 'limits.compress', promisedFactor: 0.4 }];
    case 'approval.concentrate':
      // 审批权相对集中: receiving windows get authority (90%), whole units move in, the last five departments arrive
      return [
        { kind: 'department.station', department: '*', from: 'reception', stationing: 'authorised', authorisationShare: 0.9 },
        { kind: 'department.station', department: WHOLE_UNITS, stationing: 'whole-unit' },
        { kind: 'department.station', department: ABSENT_2002, stationing: 'reception', authorisationShare: 0.5 },
      ];
    case 'hall.build':
      if (e.payload.planned && e.payload.areaM2 === undefined) return [{ kind: 'milestone' }];
      // 2004 building: 58 → ~70 windows; 2014 centre of 130,000 m²: more windows, comprehensive acceptance
      return e.payload.areaM2 ? [{ kind: 'hall.build', windowFactor: 1.3, areaM2: e.payload.areaM2 }] : [{ kind: 'hall.build', windowFactor: 1.2 }];
    case 'complaints.merge':
      return [{ kind: 'complaints.merge', bodies: e.payload.bodies }];
    case 'service.add':
      // volumes: procurement 3,000 and reading-room 5,000 requests a year (dalian-2009 preset); trading lines: parameter defaults
      return [{ kind: 'service.add', service: e.payload.service, ...(e.payload.service === 'procurement' ? { annualVolume: 3000 } : e.payload.service === 'disclosureRequests' ? { annualVolume: 5000 } : {}) }];
    case 'staff.add':
      // "more posts and staff": the paper gives no number; +10% windows and staff (assumption)
      return [{ kind: 'capacity.add', factor: 1.1 }];
    case 'network.extendToDistricts':
      return [{ kind: 'network.extendToDistricts', districts: e.payload.districts }];
    case 'online.open':
      // the online approval system covers every municipal item but those referred up (36 departments, 115 licensing
      // items; target 100% of municipal items online) and is linked to 电子监察 (2010 target: every item under it):
      // [dalian-online-approval]; the other platforms publish information
      return e.payload.mechanism === 'onlineApproval'
        ? [
            { kind: 'online.open', itemShare: 1, platform: e.payload.platform },
            { kind: 'mechanism.enable', mechanism: 'eSupervision' },
          ]
        : [{ kind: 'milestone' }];
    default:
      return [{ kind: 'milestone' }];
  }
}

/**
 * The year an event takes effect in the replay. The paper dates the 2004–2006 reforms only by their
 * phase and lists them in order (首问负责, 限时办结, 绿色通道, 超时默许, fewer items, shorter limits,
 * relative concentration of approval power): events dated `phase` with a range are spread over it in
 * that order (the k-th of n at year + round(k × (yearTo − year) / (n − 1))) rather than all applied
 * in its first year — an assumption (issue 9 point 6). Pure.
 */
export function effectiveYear(e: ProgrammeEvent, events: readonly ProgrammeEvent[]): number {
  if (e.dating !== 'phase' || e.yearTo === undefined || e.yearTo <= e.year) return e.year;
  const group = events.filter((x) => x.dating === 'phase' && x.year === e.year && x.yearTo === e.yearTo);
  const k = group.indexOf(e);
  return group.length < 2 ? e.year : e.year + Math.round((k * (e.yearTo - e.year)) / (group.length - 1));
}

/** The replay's timeline: the programme's events in order, each citing the paper; pure. */
export function dalianTimeline(events: readonly ProgrammeEvent[] = DALIAN_EVENTS): TimelineEventJson[] {
  return events.flatMap((e) =>
    payloads(e).map((p) => {
      const planned = e.dating === 'planned' || ('planned' in e.payload && e.payload.planned === true);
      const out: TimelineEventJson = {
        ...(p as { kind: string }),
        year: effectiveYear(e, events),
        ...(e.month ? { month: e.month } : {}),
        ref: e.id,
        label: { zh: e.zh, en: e.en },
        quote: e.quote,
        ...(planned ? { planned: true } : {}),
      };
      return out;
    }),
  );
}

/**
 * The replay scenario from the Dalian 2002 preset: its departments as stationed at founding (the
 * 2002 events re-state them, so the file run on its own is the 2002 centre) with approval not yet
 * co-located (the 2002 founding event does that); then the timeline runs to 2015. Pure (returns a
 * new object).
 */
export function buildDalianReplay(base: Record<string, unknown>): Record<string, unknown> {
  const deps = base.departments;
  const sources = Array.isArray(base._sources) ? (base._sources as string[]) : [];
  const sourcesZh = Array.isArray(base._sourcesZh) ? (base._sourcesZh as string[]) : [];
  const timeline = dalianTimeline();
  return {
    ...base,
    name: 'Dalian replay 2002–2015 — from the approval centre to five-in-one and beyond',
    nameZh: '大连市政府行政服务中心 2002–2015 回放',
    description:
      'The paper’s timeline for Dalian as reform events on the 2002 centre (run on its own, this file is the 2002 centre before approval moved in): founding (approval only), the Licensing Law and the 2004–2006 mechanisms, the 2007–2009 integration steps to five-in-one, the 2010 extension to the districts and online approval, and the planned public-resource trading centre. Each event cites the paper.',
    descriptionZh:
      '以论文所述的大连时间线作为2002年中心上的改革事件（单独运行时，本文件即审批职能进驻前的2002年中心）：创立（只有行政审批）、《行政许可法》与2004–2006年的各项机制、2007–2009年走向五合一的职能整合步骤、2010年向各区市县延伸和网上审批，以及规划中的公共资源交易中心。每个事件均引用论文原文。',
    year: 2002,
    replications: 10,
    departments: deps,
    functions: { openness: 'separate', approval: 'separate', eGovernment: 'separate', informationRelease: 'separate', complaints: 'separate' },
    projection: { startYear: 2002, endYear: 2015, sampledDays: 10, warmupDays: 2 },
    _sources: [
      ...sources,
      'timeline: every dated event of models/programmes/dalian.ts with the paper’s sentence ([paper-dalian]); the 2004–2006 reforms, dated only by their phase, are spread over 2004–2006 in the paper’s order (models/programmes/dalianReplay.ts effectiveYear); the 2014 trading centre is the paper’s plan (“两年内”)',
      'event payloads (legal limits × 0.67, 10% of items abolished, promised = 40% of legal, 90% authorisation, ten whole units, +20%/+30% windows for the new halls, +10% staff in 2010): assumptions, see models/programmes/dalianReplay.ts; online approval from 2010 for every item not referred up, linked to 电子监察, each online review 35% shorter: [dalian-online-approval]',
      'dynamics (demand growth 10%/yr, trust, online adoption, staffing): assumptions, see models/presets/README-projection.md',
    ],
    _sourcesZh: [
      ...sourcesZh,
      '时间线：models/programmes/dalian.ts中每个注明日期的事件及其论文原句（[paper-dalian]）；2004–2006年只注明所属阶段的改革按论文列举顺序分布于2004–2006年（models/programmes/dalianReplay.ts effectiveYear）；2014年公共资源交易中心为论文中的规划（“两年内”）',
      '事件参数（法定时限×0.67、取消10%的事项、承诺时限为法定时限的40%、授权90%、10个部门成建制进驻、新大厅窗口增加20%/30%、2010年人员增加10%）：假设，见models/programmes/dalianReplay.ts；2010年起除上报件外全部事项实行网上审批并接入电子监察，网上办件审查时间缩短35%：[dalian-online-approval]',
      '动态参数（需求年增长10%、信任、网办采用率、人员配置）：假设，见models/presets/README-projection.md',
    ],
    timeline,
  };
}
