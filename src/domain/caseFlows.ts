/**
 * The case-flow vocabulary: the columns of a centre run's flow diagram (entrance → window →
 * where decided → result) and the trip classes that split every flow, written once for the
 * engine (which counts cases by these keys) and the UI (which names them). Pure data.
 */

/** how the case came in */
export const FLOW_ENTRANCES = ['hall', 'online'] as const;
/** where it was accepted: comprehensive windows, a department's (or the bureau's) window in the centre, the department's own office outside it, or no window at all (online) */
export const FLOW_WINDOWS = ['comprehensive', 'departmentWindow', 'ownOffice', 'noWindow'] as const;
/** where it was decided: on the spot at the window, a back office in the centre, the department's headquarters (outside the centre), a higher level (上报) */
export const FLOW_DECISIONS = ['onTheSpot', 'backOffice', 'headquarters', 'upward'] as const;
/** how it ended in the simulated period: decided within its limit, decided late, not decided */
export const FLOW_RESULTS = ['onTime', 'overdue', 'undecided'] as const;
/**
 * the case's trips (跑动次数), counted as the KPI `tripsPerCase` counts them (every arrival at a
 * place: submitting, collecting the result, 两头办理, office to office, verification, and the
 * wasted visits — materials rejected, the queue left, sent home at closing, the wrong office):
 * at most one (online, or a result delivered); two, the normal journey of a 承诺件 handed in at a
 * window (submit, then come back for the result) or a 即办件 after one wasted visit; three or
 * more, where wasted visits (and 两头办理) add to that journey — the class 一次性告知 and 容缺受理
 * should empty
 */
export const FLOW_TRIPS = ['atMostOne', 'two', 'threeOrMore'] as const;

/** The trip class (index into FLOW_TRIPS) of a case that made `trips` trips. */
export function tripClass(trips: number): number {
  return trips <= 1 ? 0 : trips === 2 ? 1 : 2;
}

/** The flow columns in order (the trip class splits every column's flows). */
export const FLOW_COLUMNS = [FLOW_ENTRANCES, FLOW_WINDOWS, FLOW_DECISIONS, FLOW_RESULTS] as const;

/** Index of (entrance, window, decision, result, trips) in a flat flow array. */
export function flowIndex(entrance: number, window: number, decision: number, result: number, trips: number): number {
  return (((entrance * FLOW_WINDOWS.length + window) * FLOW_DECISIONS.length + decision) * FLOW_RESULTS.length + result) * FLOW_TRIPS.length + trips;
}

/** Length of a flat flow array. */
export const FLOW_SIZE = FLOW_ENTRANCES.length * FLOW_WINDOWS.length * FLOW_DECISIONS.length * FLOW_RESULTS.length * FLOW_TRIPS.length;
