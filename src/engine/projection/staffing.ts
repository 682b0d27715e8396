/**
 * Staff follow the load, department by department (issue 9 point 6; DESIGN.md § Multi-year
 * evolution). At the start of each projected year the centre sizes each stationed department for
 * the year's demand: where the analytic offered load of its own windows or of its back office is
 * above `targetUtilisation`, that resource gets the servers that bring it back to the target, and
 * a department whose applicants waited longer than `waitTargetMinutes` last year (measured in the
 * trajectory) gets at least `1 + maxGrowth` times its windows. A department grows by at most
 * `maxGrowth` a year, and by at least one server when it needs one (whole units: a one-window
 * department cannot grow by 15%). Capacity is never taken away. Shared resources (comprehensive
 * windows, an approval bureau, counter lines) are left to the timeline's events.
 *
 * Every number here is an assumption (the paper says only that 人员配备不到位 was a problem and
 * that Dalian added posts): the rule is what a planner would do, written down so it can be argued
 * with. Pure.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import type { LoadReport } from '../analytic/offeredLoad';

/** The projection's staffing settings (timelineSchema `projection.staffing`). */
export interface StaffingRule {
  targetUtilisation: number;
  /** largest growth per department and year (a share; Infinity = catch up at once) */
  maxGrowth: number;
  waitTargetMinutes: number;
}

/** Windows and back-office staff added to one department. */
export interface StaffAdded {
  windows: number;
  backOffice: number;
}

/**
 * Servers a resource of `servers` needs at offered load `load` and growth pressure `need` ≥ 1
 * (load ÷ target, or the wait rule's 1 + maxGrowth), capped by the year's growth; pure.
 */
export function grownServers(servers: number, need: number, maxGrowth: number): number {
  if (!(need > 1) || servers <= 0) return servers;
  const wanted = Math.ceil(servers * need - 1e-9);
  const cap = Number.isFinite(maxGrowth) ? Math.max(servers + 1, Math.floor(servers * (1 + maxGrowth) + 1e-9)) : Infinity;
  return Math.max(servers, Math.min(wanted, cap));
}

/**
 * What each stationed department needs added this year, from the year's offered loads and last
 * year's measured waits per department (none in the first year); departments needing nothing are
 * left out. Pure.
 */
export function staffingNeeds(s: CentreScenario, report: LoadReport, rule: StaffingRule, lastWaits?: Readonly<Record<string, number>>): Map<string, StaffAdded> {
  const own = new Map<string, { windows?: { servers: number; load: number }; backOffice?: { servers: number; load: number } }>();
  for (const l of report.loads) {
    if (l.shared || l.where === 'station') continue;
    const e = own.get(l.id) ?? {};
    e[l.where] = { servers: l.servers, load: l.load };
    own.set(l.id, e);
  }
  const out = new Map<string, StaffAdded>();
  for (const d of s.departments) {
    if (d.stationing === 'absent') continue;
    const r = own.get(d.id);
    if (!r) continue;
    let windows = 0;
    if (r.windows) {
      const waited = lastWaits !== undefined && (lastWaits[d.id] ?? 0) > rule.waitTargetMinutes ? 1 + rule.maxGrowth : 1;
      const need = Math.max(r.windows.load / rule.targetUtilisation, Number.isFinite(waited) ? waited : 1);
      windows = grownServers(r.windows.servers, need, rule.maxGrowth) - r.windows.servers;
    }
    const backOffice = r.backOffice ? grownServers(r.backOffice.servers, r.backOffice.load / rule.targetUtilisation, rule.maxGrowth) - r.backOffice.servers : 0;
    if (windows > 0 || backOffice > 0) out.set(d.id, { windows, backOffice });
  }
  return out;
}

/** The scenario with `added` windows and back-office staff per department id (staff counts windows too); pure. */
export function addStaff(s: CentreScenario, added: ReadonlyMap<string, StaffAdded>): CentreScenario {
  if (added.size === 0) return s;
  return {
    ...s,
    departments: s.departments.map((d) => {
      const a = added.get(d.id);
      return a === undefined || d.stationing === 'absent' ? d : { ...d, windows: d.windows + a.windows, staff: d.staff + a.windows + a.backOffice };
    }),
  };
}

/** Sums two additions per department; pure. */
export function mergeAdded(a: ReadonlyMap<string, StaffAdded>, b: ReadonlyMap<string, StaffAdded>): Map<string, StaffAdded> {
  const out = new Map(a);
  for (const [id, x] of b) {
    const y = out.get(id);
    out.set(id, y ? { windows: y.windows + x.windows, backOffice: y.backOffice + x.backOffice } : x);
  }
  return out;
}
