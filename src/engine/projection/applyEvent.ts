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

/** Scales windows and staff of stationed departments by `f` (rounded up, never below the current); pure. */
export function scaleCapacity(s: CentreScenario, f: number, only?: number[]): CentreScenario {
  const pick = only ? new Set(only) : null;
  return {
    ...s,
    departments: s.departments.map((d, i) => {
      if ((pick && !pick.has(i)) || d.stationing === 'absent' || f <= 1) return d;
      return { ...d, windows: Math.max(d.windows, Math.ceil(d.windows * f - 1e-9)), staff: Math.max(d.staff, Math.ceil(d.staff * f - 1e-9)) };
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
