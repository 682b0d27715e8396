/**
 * How the UI shows each KPI the engine reports: its group, how to format it and its unit.
 * Names are DESIGN.md's stable KPI names; the labels live in the i18n dictionaries under
 * `kpi.<name>`. A KPI missing here is still shown (group "other", its raw name). Pure.
 */
import type { MessageKey } from '../i18n/messages';

export const kpiGroups = ['hall', 'trips', 'time', 'online', 'complaints', 'resources', 'integration', 'stage3', 'other'] as const;
export type KpiGroup = (typeof kpiGroups)[number];

/** How a value is written: a share as a percentage, or a number with fixed decimals. */
export type KpiFormat = { kind: 'percent' } | { kind: 'number'; digits: number };

export interface KpiInfo {
  group: KpiGroup;
  format: KpiFormat;
  unit?: MessageKey;
}

const pct: KpiFormat = { kind: 'percent' };
const num = (digits: number): KpiFormat => ({ kind: 'number', digits });

export const kpiCatalogue: Record<string, KpiInfo> = {
  // hall and windows
  meanWaitMinutes: { group: 'hall', format: num(2), unit: 'unit.minutes' },
  preTicketWaitMinutes: { group: 'hall', format: num(2), unit: 'unit.minutes' },
  p90WaitMinutes: { group: 'hall', format: num(2), unit: 'unit.minutes' },
  waitWithin15MinRate: { group: 'hall', format: pct },
  windowUtilisation: { group: 'hall', format: pct },
  greenChannelRate: { group: 'hall', format: pct },
  greenWaitMinutes: { group: 'hall', format: num(2), unit: 'unit.minutes' },
  otherWaitMinutes: { group: 'hall', format: num(2), unit: 'unit.minutes' },
  misroutedRate: { group: 'hall', format: pct },
  meanTimeInSystemMinutes: { group: 'hall', format: num(2), unit: 'unit.minutes' },
  // trips (跑动)
  tripsPerCase: { group: 'trips', format: num(2), unit: 'unit.trips' },
  atMostOneTripRate: { group: 'trips', format: pct },
  zeroTripRate: { group: 'trips', format: pct },
  rejectedTripsPerCase: { group: 'trips', format: num(3), unit: 'unit.trips' },
  twoEndRate: { group: 'trips', format: pct },
  applicantHoursPerCase: { group: 'trips', format: num(2), unit: 'unit.hours' },
  // time limits and lead time
  leadTimeDays: { group: 'time', format: num(2), unit: 'unit.days' },
  p90LeadTimeDays: { group: 'time', format: num(2), unit: 'unit.days' },
  promisedLeadTimeDays: { group: 'time', format: num(2), unit: 'unit.days' },
  onTheSpotRate: { group: 'time', format: pct },
  onTimeRate: { group: 'time', format: pct },
  overdueRate: { group: 'time', format: pct },
  deemedApprovalRate: { group: 'time', format: pct },
  promisedLimitCompression: { group: 'time', format: pct },
  actualSpeedup: { group: 'time', format: pct },
  // online
  onlineRate: { group: 'online', format: pct },
  onlineAvailableRate: { group: 'online', format: pct },
  // complaints and ratings
  complaintsPer10k: { group: 'complaints', format: num(2), unit: 'unit.per10k' },
  complaintResolutionDays: { group: 'complaints', format: num(2), unit: 'unit.days' },
  badRatingRate: { group: 'complaints', format: pct },
  // volume, staff and cost
  casesArrived: { group: 'resources', format: num(0), unit: 'unit.cases' },
  casesCompleted: { group: 'resources', format: num(0), unit: 'unit.cases' },
  throughputPerDay: { group: 'resources', format: num(0), unit: 'unit.perDay' },
  staff: { group: 'resources', format: num(0), unit: 'unit.staff' },
  windows: { group: 'resources', format: num(0), unit: 'unit.windows' },
  backOfficeUtilisation: { group: 'resources', format: pct },
  costPerCase: { group: 'resources', format: num(2), unit: 'unit.yuan' },
  // concentration and integration
  integrationIndex: { group: 'integration', format: num(2) },
  acceptedInCentreShare: { group: 'integration', format: pct },
  decidedInCentreShare: { group: 'integration', format: pct },
  decidedInCentreRate: { group: 'integration', format: pct },
  // stage-3 services
  tradingTransactions: { group: 'stage3', format: num(0), unit: 'unit.transactions' },
  tradingCycleDays: { group: 'stage3', format: num(2), unit: 'unit.days' },
  counterRequests: { group: 'stage3', format: num(0), unit: 'unit.requests' },
  counterWaitMinutes: { group: 'stage3', format: num(2), unit: 'unit.minutes' },
  counterUtilisation: { group: 'stage3', format: pct },
};

const fallback: KpiInfo = { group: 'other', format: num(3) };

export function kpiInfo(name: string): KpiInfo {
  return kpiCatalogue[name] ?? fallback;
}

/** KPI names grouped in display order (catalogue order inside a group, unknown names last). */
export function groupKpis(names: readonly string[]): Array<{ group: KpiGroup; names: string[] }> {
  const order = Object.keys(kpiCatalogue);
  const rank = (n: string) => {
    const i = order.indexOf(n);
    return i < 0 ? order.length : i;
  };
  const sorted = [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return kpiGroups
    .map((group) => ({ group, names: sorted.filter((n) => kpiInfo(n).group === group) }))
    .filter((g) => g.names.length > 0);
}
