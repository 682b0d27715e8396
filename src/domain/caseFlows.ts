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
 * the case's trips (跑动), counted as the KPI `tripsPerCase` counts them (submission, collecting
 * the result, 两头办理, returns, verification): at most one (online, or a result delivered), or
 * two or more — a hall case that comes back to collect its result has made two, so this class is
 * not only 两头跑 and returns
 */
export const FLOW_TRIPS = ['atMostOne', 'twoOrMore'] as const;

/** The flow columns in order (the trip class splits every column's flows). */
export const FLOW_COLUMNS = [FLOW_ENTRANCES, FLOW_WINDOWS, FLOW_DECISIONS, FLOW_RESULTS] as const;

/** Index of (entrance, window, decision, result, trips) in a flat flow array. */
export function flowIndex(entrance: number, window: number, decision: number, result: number, trips: number): number {
  return (((entrance * FLOW_WINDOWS.length + window) * FLOW_DECISIONS.length + decision) * FLOW_RESULTS.length + result) * FLOW_TRIPS.length + trips;
}

/** Length of a flat flow array. */
export const FLOW_SIZE = FLOW_ENTRANCES.length * FLOW_WINDOWS.length * FLOW_DECISIONS.length * FLOW_RESULTS.length * FLOW_TRIPS.length;
