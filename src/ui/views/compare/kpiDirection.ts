/**
 * Which way is better for each KPI, and how a paired difference b − a is read: significant when
 * its 95% CI excludes 0, an improvement when it moves the KPI the better way. Pure.
 */
import type { Estimate } from '../../../engine/types';

/** 'lower' when a smaller value is better (waits, trips, lead time, overdue, complaints, cost), 'higher' when larger is. */
export type Direction = 'lower' | 'higher';

export const kpiDirection: Readonly<Record<string, Direction>> = {
  // waits
  meanWaitMinutes: 'lower',
  p90WaitMinutes: 'lower',
  greenWaitMinutes: 'lower',
  otherWaitMinutes: 'lower',
  meanTimeInSystemMinutes: 'lower',
  waitWithin15MinRate: 'higher',
  misroutedRate: 'lower',
  // trips (跑动)
  tripsPerCase: 'lower',
  rejectedTripsPerCase: 'lower',
  twoEndRate: 'lower',
  applicantHoursPerCase: 'lower',
  atMostOneTripRate: 'higher',
  zeroTripRate: 'higher',
  // lead time and limits
  leadTimeDays: 'lower',
  p90LeadTimeDays: 'lower',
  promisedLeadTimeDays: 'lower',
  overdueRate: 'lower',
  onTimeRate: 'higher',
  onTheSpotRate: 'higher',
  actualSpeedup: 'higher',
  promisedLimitCompression: 'higher',
  // online
  onlineRate: 'higher',
  onlineAvailableRate: 'higher',
  // complaints and ratings
  complaintsPer10k: 'lower',
  complaintResolutionDays: 'lower',
  badRatingRate: 'lower',
  // resources
  costPerCase: 'lower',
  throughputPerDay: 'higher',
  // integration
  integrationIndex: 'higher',
  decidedInCentreRate: 'higher',
  tradingCycleDays: 'lower',
};

/** How a difference reads: better / worse (significant, with a direction), changed (significant, no direction), none (CI holds 0). */
export type Verdict = 'better' | 'worse' | 'changed' | 'none';

export interface Judgement {
  /** the 95% CI of b − a excludes 0 (needs at least two pairs) */
  significant: boolean;
  verdict: Verdict;
}

/** Whether a 95% interval excludes 0. A single pair (n < 2) has no interval: never significant. */
export function excludesZero(d: Estimate): boolean {
  if (d.n < 2 || !Number.isFinite(d.ci95[0]) || !Number.isFinite(d.ci95[1])) return false;
  return d.ci95[0] > 0 || d.ci95[1] < 0;
}

/** Read the paired difference b − a of one KPI. Pure. */
export function judgeDifference(kpi: string, d: Estimate): Judgement {
  const significant = excludesZero(d);
  if (!significant) return { significant, verdict: 'none' };
  const direction = kpiDirection[kpi];
  if (!direction) return { significant, verdict: 'changed' };
  const up = d.mean > 0;
  return { significant, verdict: up === (direction === 'higher') ? 'better' : 'worse' };
}
