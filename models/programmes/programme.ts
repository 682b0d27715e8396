/**
 * Programmes: dated reform events a projection applies to a centre year by year (DESIGN.md
 * § Multi-year evolution). The event kinds, their payloads, and pure helpers that step the
 * five-functions machine and check a timeline. Dalian's programme (dalian.ts) is one instance.
 */
import { initialTransition, transition } from 'xstate';
import type { FunctionId, Mechanism, ServiceId, Stationing } from '../../src/domain/vocabulary';
import { fiveFunctionsMachine, functionLevels, type FiveFunctionsEvent, type FiveFunctionsSnapshot } from '../functions/fiveFunctionsMachine';
import type { Bilingual } from '../text/types';

/** Mechanisms a programme event can switch on (names as in the centre scenario's `mechanisms`). */
export type ProgrammeMechanism = Extract<Mechanism, 'firstInquiry' | 'timeLimit' | 'greenChannel' | 'deemedApproval' | 'qualityManagement' | 'onlineApproval'>;

/** The five online platforms of 2010–2012. */
export type OnlinePlatform = 'disclosureNet' | 'publicEnterpriseNet' | 'onlineApproval' | 'constructionCreditNet' | 'powerOperationNet';

/** What each kind of event carries. */
export interface ProgrammePayloads {
  /** the centre is founded with these functions in it */
  'centre.found': { functions: FunctionId[] };
  /** departments' items and staff move in, stationed this way */
  'department.station': { stationing: Stationing };
  /** the one-stop (一站式) approval platform runs */
  'platform.oneStop': Record<string, never>;
  /** a law takes effect: time limits and fewer items follow */
  'law.licensing': { law: Bilingual };
  /** a mechanism is switched on */
  'mechanism.enable': { mechanism: ProgrammeMechanism; aspect?: 'iso9000' | 'assessment' };
  /** fewer approval items (减少审批事项) */
  'items.reduce': Record<string, never>;
  /** shorter approval time limits (压缩审批时限) */
  'limits.compress': Record<string, never>;
  /** relative concentration of approval power: windows get authority to decide */
  'approval.concentrate': { stationing: Stationing };
  /** a (new) building; `planned` when the paper gives it as a plan */
  'hall.build': { areaM2?: number; planned?: boolean };
  /** a city-wide round of soft-environment building (软环境建设) */
  'softEnvironment.round': { round: 1 | 2 | 3 };
  /** start of integrating administrative-service resources */
  'resources.integrate': Record<string, never>;
  /** the centre is renamed */
  'centre.rename': { name: Bilingual };
  /** separate complaint bodies merged into one complaint centre */
  'complaints.merge': { bodies: number };
  /** a function moves into the centre (five-functions machine: function.colocate) */
  'function.colocate': { fn: FunctionId };
  /** a function is merged into the centre (five-functions machine: function.integrate) */
  'function.integrate': { fn: FunctionId };
  /** a service line opens in the centre */
  'service.add': { service: ServiceId; planned?: boolean };
  /** the municipal data centre is built */
  'dataCentre.build': Record<string, never>;
  /** leading groups merged into one, with its office in the centre */
  'leadingGroups.merge': { groups: number };
  /** the centre's administrative rank */
  'centre.rank': { rank: Bilingual };
  /** more leadership posts and staff establishment (编制); the paper gives no number */
  'staff.add': Record<string, never>;
  /** the model extended to district/county centres */
  'network.extendToDistricts': { districts: number; departmentsUnderOneLeaderShare: number };
  /** an online platform opens; `mechanism` when it switches one on */
  'online.open': { platform: OnlinePlatform; mechanism?: ProgrammeMechanism };
}
/** An event kind a projection engine can apply. */
export type ProgrammeEventKind = keyof ProgrammePayloads;

/** How exactly the paper dates an event. */
export type Dating = 'exact' | 'phase' | 'range' | 'planned';

/** One dated event of a programme; `P` names its phases. */
export type ProgrammeEvent<P extends string = string> = {
  [K in ProgrammeEventKind]: {
    id: string;
    year: number;
    month?: number;
    /** last year of a range ("2010至2012年") */
    yearTo?: number;
    /**
   * `exact`: the paper gives the year (and month); `range`: from `year` to `yearTo`; `phase`: the paper
   * dates it only by its phase, so `year` is an assumption within the phase; `planned`: a plan, year
   * assumed (2014 = "两年内" from 2012).
   */
    dating: Dating;
    phase: P;
    kind: K;
    payload: ProgrammePayloads[K];
    zh: string;
    en: string;
    /** the paper's sentence, zh copied exactly from the seed text */
    quote: Bilingual;
  };
}[ProgrammeEventKind];

/** An event's time in years (month-less events at the start of their year), for a projection's time axis; pure. */
export function eventTime(e: ProgrammeEvent): number {
  return e.year + ((e.month ?? 1) - 1) / 12;
}

/** The five-functions event a programme event amounts to, or null; pure. */
export function toFiveFunctionsEvent(e: ProgrammeEvent): FiveFunctionsEvent | null {
  if (e.kind === 'function.colocate') return { type: 'function.colocate', fn: e.payload.fn };
  if (e.kind === 'function.integrate') return { type: 'function.integrate', fn: e.payload.fn };
  return null;
}

/** The five functions after the events up to and including `year`, stepped with XState's pure transition(); pure. */
export function functionsAfter(events: readonly ProgrammeEvent[], year: number, from?: FiveFunctionsSnapshot): FiveFunctionsSnapshot {
  let snap = from ?? initialTransition(fiveFunctionsMachine)[0];
  for (const e of events) {
    if (e.year > year) continue;
    const ev = toFiveFunctionsEvent(e);
    if (ev) [snap] = transition(fiveFunctionsMachine, snap, ev);
  }
  return snap;
}

/** The service lines open after the events up to and including `year` (approval from founding); pure. */
export function servicesAfter(events: readonly ProgrammeEvent[], year: number): ServiceId[] {
  const out: ServiceId[] = [];
  for (const e of events) {
    if (e.year > year) continue;
    if (e.kind === 'centre.found' && !out.includes('approval')) out.push('approval');
    if (e.kind === 'service.add' && !out.includes(e.payload.service)) out.push(e.payload.service);
  }
  return out;
}

/**
 * Checks a timeline and returns one message per problem, in the shape
 * `invalid events[i].<field>: <rule>, got <value>`: years out of order, a month outside 1–12, a
 * `yearTo` before `year`, a function integrated before it is co-located or moved twice (the
 * five-functions machine refuses it), a service added twice. Empty when the timeline is valid. Pure.
 */
export function checkProgramme(events: readonly ProgrammeEvent[], from?: FiveFunctionsSnapshot): string[] {
  const errors: string[] = [];
  let snap = from ?? initialTransition(fiveFunctionsMachine)[0];
  const services = new Set<ServiceId>();
  events.forEach((e, i) => {
    if (i > 0 && e.year < events[i - 1].year) errors.push(`invalid events[${i}].year: must not be before events[${i - 1}].year (${events[i - 1].year}), got ${e.year}`);
    if (e.month !== undefined && (!Number.isInteger(e.month) || e.month < 1 || e.month > 12)) errors.push(`invalid events[${i}].month: must be an integer 1–12, got ${e.month}`);
    if (e.yearTo !== undefined && e.yearTo < e.year) errors.push(`invalid events[${i}].yearTo: must be ≥ year (${e.year}), got ${e.yearTo}`);
    const ev = toFiveFunctionsEvent(e);
    if (ev) {
      const before = functionLevels(snap)[ev.fn];
      const [next] = transition(fiveFunctionsMachine, snap, ev);
      if (functionLevels(next)[ev.fn] === before) {
        const rule = ev.type === 'function.integrate' ? 'a function must be co-located (function.colocate) before it is integrated' : 'a function can be co-located only while separate';
        errors.push(`invalid events[${i}].kind: ${rule}; ${ev.fn} is ${before}, got ${ev.type}`);
      }
      snap = next;
    }
    if (e.kind === 'service.add') {
      if (services.has(e.payload.service)) errors.push(`invalid events[${i}].payload.service: must not be added twice, got ${e.payload.service}`);
      services.add(e.payload.service);
    }
  });
  return errors;
}
