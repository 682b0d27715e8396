/**
 * The shape of a compiled case route, shared by the statecharts that produce it (models/centreTypes
 * routingTable.ts) and the simulator that walks it (src/engine/centre). Pure data and two pure
 * functions; imports nothing.
 *
 * A route is the list of stable states a case visits in a centre-type statechart, with each
 * state's tags. Tags name what a state uses: `applicant.*` where the applicant has to be, `queue`,
 * `desk`, `window`, `backOffice`, `transfer`, `upward`, `pickup`, `delivery`, `session`,
 * `complaint`, `supervision`, `background`; `acceptance.*` and `decision.*` mark where the case is
 * accepted and decided.
 */

/** The place the applicant must be in a state with these tags (`applicant.hall`, …), or undefined when the state needs nobody. */
export function placeOf(tags: readonly string[]): string | undefined {
  for (const t of tags) if (t.startsWith('applicant.')) return t;
  return undefined;
}

/**
 * 跑动: a trip is the applicant arriving at a place — a state that needs the applicant somewhere
 * other than where the previous state needed them (or after a state that needed them nowhere).
 * The one definition of a trip: the routing table's static count and the simulator's per-case
 * count both use it. Pure.
 */
export function isArrival(previousPlace: string | undefined, place: string | undefined): boolean {
  return place !== undefined && place !== previousPlace;
}

/** The route of one case: the stable states it visits, the event that ends each, and what the route costs the applicant. */
export interface RoutePath {
  /** states in visiting order, from the initial state to the final one */
  states: string[];
  /** events[i] takes the case from states[i] to states[i + 1] */
  events: string[];
  /** tags of each state */
  tags: string[][];
  /** trips (跑动次数) along the route if nothing is repeated: arrivals by {@link isArrival} */
  trips: number;
  /** accepted at a centre window or online (tag acceptance.inCentre) */
  acceptedInCentre: boolean;
  /** decided inside the centre: a decision step, none of them at headquarters or a department's own office, and no transfer to headquarters */
  decidedInCentre: boolean;
  /** decided on the spot (即办): tag decision.onTheSpot */
  decidedOnTheSpot: boolean;
  /** the applicant had to go to headquarters as well (两头办理) */
  visitsHeadquarters: boolean;
  /**
   * When materials were incomplete: [first, last] indices of the segment from the state that sends
   * the applicant away to the next materials check, which a simulation repeats while the next
   * attempt is incomplete too.
   */
  retrySegment: [number, number] | null;
}

/** A routing dimension value. */
export type RouteDimValue = string | boolean;

/** A compiled routing table: plain data (JSON-serialisable); `pathOf[offset + mixed-radix index]` is a route. */
export interface RoutingTable {
  /** the centre type whose statechart it was compiled from */
  machineId: string;
  /** one block per case service; `offset` is the block's first entry; dims vary first-slowest */
  blocks: Array<{ service: string; dims: Array<{ dim: string; values: RouteDimValue[] }>; offset: number; size: number }>;
  /** distinct routes */
  paths: RoutePath[];
  /** entry index → index into paths */
  pathOf: number[];
}
