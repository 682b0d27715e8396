/**
 * The levers a planner pulls on a centre preset — mechanisms on or off, how the stationed
 * departments are stationed, how far authorised windows' authority reaches (窗口授权) — applied to
 * a copy of the preset's JSON. The engine validates the result like any scenario. Pure.
 */
import type { Stationing } from '../../../../models/centreTypes/caseJourney';

/** The centre scenario's mechanisms (DESIGN § mechanisms), in the paper's rough order. */
export const MECHANISM_IDS = [
  'firstInquiry',
  'timeLimit',
  'greenChannel',
  'deemedApproval',
  'oneTimeNotice',
  'parallelApproval',
  'acceptWithGaps',
  'eSupervision',
  'onlineApproval',
  'delivery',
  'qualityManagement',
] as const;
export type MechanismId = (typeof MECHANISM_IDS)[number];

export interface Levers {
  /** mechanisms switched to a state different from the preset's */
  mechanisms: Partial<Record<MechanismId, boolean>>;
  /** every department stationed in the centre (not `absent`) gets this stationing */
  stationing?: Stationing;
  /** authorisationShare of every department with an `authorised` stationing (after the above) */
  authorisation?: number;
}

export const noLevers: Levers = { mechanisms: {} };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** Whether each mechanism is on in a centre scenario (missing = off, the schema's default). */
export function mechanismsOf(scenario: unknown): Record<MechanismId, boolean> {
  const m = obj(obj(scenario).mechanisms);
  return Object.fromEntries(MECHANISM_IDS.map((id) => [id, obj(m[id]).on === true])) as Record<MechanismId, boolean>;
}

/** How many levers differ from the preset. */
export function changeCount(scenario: unknown, levers: Levers): number {
  const base = mechanismsOf(scenario);
  let n = 0;
  for (const id of MECHANISM_IDS) if (levers.mechanisms[id] !== undefined && levers.mechanisms[id] !== base[id]) n++;
  if (levers.stationing) n++;
  if (levers.authorisation !== undefined) n++;
  return n;
}

/** A copy of the scenario with the levers applied; the input is not changed. */
export function applyLevers(scenario: unknown, levers: Levers): unknown {
  const s = structuredClone(obj(scenario));
  const mechanisms = obj(s.mechanisms);
  for (const id of MECHANISM_IDS) {
    const on = levers.mechanisms[id];
    if (on !== undefined) mechanisms[id] = { ...obj(mechanisms[id]), on };
  }
  s.mechanisms = mechanisms;
  if (Array.isArray(s.departments)) {
    s.departments = s.departments.map((d) => {
      const dep = { ...obj(d) };
      if (levers.stationing && dep.stationing !== 'absent') dep.stationing = levers.stationing;
      if (levers.authorisation !== undefined && dep.stationing === 'authorised') dep.authorisationShare = levers.authorisation;
      return dep;
    });
  }
  return s;
}
