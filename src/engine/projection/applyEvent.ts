/**
 * What a timeline event does to a centre's configuration: one pure function per kind, each
 * returning a new scenario (the input is never mutated). The five functions' levels change here
 * too; the projection also steps the five-functions statechart with XState's transition() and
 * refuses an event the statechart does not take. Pure.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import type { Stationing } from '../../domain/vocabulary';
import type { TimelineEvent } from '../scenario/timelineSchema';

/** Indices of the departments an event targets (`*` = all), optionally only those stationed `from`; pure. */
export function targetDepartments(s: CentreScenario, department: string | string[] | undefined, from?: Stationing): number[] {
  const ids = department === undefined || department === '*' ? null : new Set(Array.isArray(department) ? department : [department]);
  const out: number[] = [];
  s.departments.forEach((d, i) => {
    if (ids && !ids.has(d.id)) return;
    if (from && d.stationing !== from) return;
    out.push(i);
  });
  return out;
}

/** Scales the annual case volume (demand and every item given as a volume) by `f`; pure. */
export function scaleDemand(s: CentreScenario, f: number): CentreScenario {
  if (f === 1) return s;
  return {
    ...s,
    demand: { ...s.demand, annualVolume: s.demand.annualVolume * f },
    items: s.items.map((it) => (it.annualVolume !== undefined ? { ...it, annualVolume: it.annualVolume * f } : it)),
  };
}

/**
 * Counts × `f` (f > 1) in whole units, never below the current: each gets ⌊v·f⌋ and the rest of
 * round(Σv·f) goes one by one to the largest remainders (ties: the first), so the total grows by
 * the factor — rounding each count up would add a unit to every department for any f > 1 (a 1%
 * increase giving 35 windows to a 35-department centre). Pure.
 */
export function scaleCounts(values: readonly number[], f: number): number[] {
  if (!(f > 1)) return [...values];
  const raw = values.map((v) => v * f);
  const out = raw.map((x, i) => Math.max(values[i], Math.floor(x + 1e-9)));
  let left = Math.round(raw.reduce((a, b) => a + b, 0) - 1e-9) - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => i).sort((i, j) => raw[j] - Math.floor(raw[j] + 1e-9) - (raw[i] - Math.floor(raw[i] + 1e-9)) || i - j);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k]]++;
  return out;
}

/** Scales windows and staff of stationed departments by `f` (the totals by f, in whole units, none below the current); pure. */
export function scaleCapacity(s: CentreScenario, f: number, only?: number[]): CentreScenario {
  if (!(f > 1)) return s;
  const pick = only ? new Set(only) : null;
  const idx = s.departments.map((d, i) => i).filter((i) => (!pick || pick.has(i)) && s.departments[i].stationing !== 'absent');
  const windows = scaleCounts(idx.map((i) => s.departments[i].windows), f);
  // back-office staff (staff beyond the window staff) scaled on their own, so no department's back office shrinks
  const back = scaleCounts(idx.map((i) => Math.max(0, s.departments[i].staff - s.departments[i].windows)), f);
  const at = new Map(idx.map((i, k) => [i, k]));
  return {
    ...s,
    departments: s.departments.map((d, i) => {
      const k = at.get(i);
      return k === undefined ? d : { ...d, windows: windows[k], staff: windows[k] + back[k] };
    }),
  };
}

/**
 * Applies one timeline event to a centre configuration; pure. `network.extendToDistricts` and
 * `milestone` leave the centre itself unchanged (the former acts on the city network).
 */
export function applyTimelineEvent(s: CentreScenario, e: TimelineEvent): CentreScenario {
  switch (e.kind) {
    case 'department.station': {
      const idx = new Set(targetDepartments(s, e.department, e.from));
      return {
        ...s,
        departments: s.departments.map((d, i) => {
          if (!idx.has(i)) return d;
          const windows = e.windows ?? d.windows;
          return {
            ...d,
            stationing: e.stationing,
            windows: e.stationing !== 'absent' && windows < 1 ? 1 : windows,
            staff: e.staff ?? d.staff,
            authorisationShare: e.authorisationShare ?? (e.stationing === 'whole-unit' || e.stationing === 'bureau' ? 1 : d.authorisationShare),
          };
        }),
      };
    }
    case 'authorisation.delegate': {
      const idx = new Set(targetDepartments(s, e.department));
      return { ...s, departments: s.departments.map((d, i) => (idx.has(i) && d.stationing !== 'absent' ? { ...d, authorisationShare: Math.max(d.authorisationShare, e.share) } : d)) };
    }
    case 'law.licensing': {
      const t = scaleDemand(s, 1 - e.itemCut);
      return {
        ...t,
        mechanisms: { ...t.mechanisms, timeLimit: { ...t.mechanisms.timeLimit, on: true } },
        items: t.items.map((it) => {
          const legal = Math.max(1, it.legalLimitDays * e.limitFactor);
          return { ...it, legalLimitDays: legal, promisedLimitDays: Math.min(it.promisedLimitDays ?? legal, legal) };
        }),
      };
    }
    case 'items.reduce':
      return scaleDemand(s, 1 - e.share);
    case 'limits.compress':
      return { ...s, items: s.items.map((it) => ({ ...it, promisedLimitDays: Math.min(it.promisedLimitDays ?? it.legalLimitDays, Math.max(0.5, it.legalLimitDays * e.promisedFactor)) })) };
    case 'mechanism.enable':
    case 'mechanism.disable':
      return { ...s, mechanisms: { ...s.mechanisms, [e.mechanism]: { ...s.mechanisms[e.mechanism], on: e.kind === 'mechanism.enable' } } };
    case 'function.colocate':
      return { ...s, functions: { ...s.functions, [e.fn]: 'colocated' } };
    case 'function.integrate':
      return { ...s, functions: { ...s.functions, [e.fn]: 'integrated' } };
    case 'service.add':
      return { ...s, services: { ...s.services, [e.service]: { ...s.services[e.service], on: true, ...(e.annualVolume !== undefined ? { annualVolume: e.annualVolume } : {}) } } };
    case 'online.open': {
      const eligible = s.items.map((it, i) => (it.class === 'referred' ? -1 : i)).filter((i) => i >= 0);
      const take = new Set(eligible.slice(0, Math.ceil(e.itemShare * eligible.length - 1e-9)));
      return {
        ...s,
        mechanisms: { ...s.mechanisms, onlineApproval: { ...s.mechanisms.onlineApproval, on: true } },
        items: s.items.map((it, i) => (take.has(i) ? { ...it, onlineCapable: true } : it)),
      };
    }
    case 'complaints.merge':
      return { ...s, complaints: { ...s.complaints, misdirectShare: s.complaints.misdirectShare / e.bodies } };
    case 'capacity.add': {
      const idx = targetDepartments(s, e.department);
      let t = e.factor !== undefined ? scaleCapacity(s, e.factor, idx) : s;
      if (e.windows !== undefined || e.staff !== undefined) {
        const pick = new Set(idx);
        t = { ...t, departments: t.departments.map((d, i) => (pick.has(i) && d.stationing !== 'absent' ? { ...d, windows: d.windows + (e.windows ?? 0), staff: d.staff + (e.staff ?? 0) + (e.windows ?? 0) } : d)) };
      }
      return t;
    }
    case 'hall.build': {
      const t = scaleCapacity(s, e.windowFactor);
      return e.comprehensive ? { ...t, windowOrganisation: 'comprehensive' } : t;
    }
    case 'demand.change': {
      const t = e.factor !== undefined ? scaleDemand(s, e.factor) : s;
      return e.growth !== undefined ? { ...t, demand: { ...t.demand, growth: e.growth } } : t;
    }
    case 'network.extendToDistricts':
    case 'milestone':
      return s;
  }
}
