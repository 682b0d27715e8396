/**
 * Route programs: a route compiled from a centre-type statechart (src/domain/routes.ts RoutePath)
 * turned into a short array of step codes the simulator walks. Each code comes from a state's
 * tags — the tag names the resource or delay; the rule of where a case goes stays in the
 * statechart. Pure.
 *
 * How tags become steps:
 * - `desk` → DESK (the first-inquiry desk before the ticket queue)
 * - `queue` → VISIT at the state's place (`applicant.hall`: the item's window group;
 *   `applicant.department` / `applicant.otherDepartment`: the current department's own office);
 *   the `window` states that follow in the same sitting add no service of their own
 * - `acceptance.*` → ACCEPT (the deadline clock starts); `decision.onTheSpot` → ON_SPOT
 * - `away` → AWAY (sent home to complete the materials: a wasted visit, back after a delay);
 *   the next materials check of the retry segment gets a RETRY that repeats the segment while the
 *   next attempt is incomplete too
 * - `backOffice` → BACK_OFFICE at the current department; with `serial`, each further department
 *   in turn (SERIAL_NEXT … LOOP, the segment starting after the previous decision step); with
 *   `parallel`, PARALLEL (every department at once)
 * - `transfer` → TRANSFER; `applicant.headquarters` → HEADQUARTERS (两头办理); `upward` → UPWARD;
 *   `session` → SESSION (a trading transaction waits for its cycle, then for the next scheduled session)
 * - the first result state (`delivery`, `pickup`, `supervision`) or the final state → DECIDE;
 *   `pickup` → PICKUP (collect the result at a window); the final state → END
 * A step that needs the applicant somewhere new is an arrival (isArrival): a trip.
 */
import { isArrival, placeOf, type RoutePath } from '../../domain/routes';

export const OP_DESK = 0;
export const OP_VISIT = 1;
export const OP_ACCEPT = 2;
export const OP_ON_SPOT = 3;
export const OP_AWAY = 4;
export const OP_RETRY = 5;
export const OP_BACK_OFFICE = 6;
export const OP_SERIAL_NEXT = 7;
export const OP_LOOP = 8;
export const OP_PARALLEL = 9;
export const OP_TRANSFER = 10;
export const OP_HEADQUARTERS = 11;
export const OP_UPWARD = 12;
export const OP_DECIDE = 13;
export const OP_PICKUP = 14;
export const OP_ARRIVE = 15;
export const OP_END = 16;
export const OP_SESSION = 17;

/** Step names, by code (for records and tests). */
export const OP_NAMES = [
  'desk', 'visit', 'accept', 'onSpot', 'away', 'retry', 'backOffice', 'serialNext', 'loop', 'parallel',
  'transfer', 'headquarters', 'upward', 'decide', 'pickup', 'arrive', 'end', 'session',
] as const;

/** Where a VISIT or PICKUP takes place. */
export const PLACE_HALL = 0;
export const PLACE_OFFICE = 1;

/** One compiled step: code, argument (a jump target, a place, or a flag) and whether it is an arrival (a trip). */
export interface RouteStep {
  op: number;
  arg: number;
  arrive: boolean;
}

/** A route program plus the route's static properties the simulator reads. */
export interface RouteProgram {
  steps: RouteStep[];
  /** index of the DECIDE step (deemed approval jumps there) */
  decideAt: number;
  decidedInCentre: boolean;
  decidedOnTheSpot: boolean;
  visitsHeadquarters: boolean;
  /** the route's state names */
  states: string[];
  /** a step the engine could not interpret, for the error message; '' when all were */
  unknown: string;
}

const has = (tags: readonly string[], t: string) => tags.includes(t);

/** Whether a back-office step needs no hand-off: the file has just been transferred there, or handed in at the department's own office. */
function handedOver(steps: readonly RouteStep[], prevPlace: string | undefined): boolean {
  const last = steps.length > 0 ? steps[steps.length - 1] : undefined;
  if (last === undefined) return false;
  if (last.op === OP_TRANSFER) return true;
  if (last.op === OP_VISIT && last.arg === PLACE_OFFICE) return true;
  return last.op === OP_ACCEPT && prevPlace !== undefined && prevPlace !== 'applicant.hall';
}

/** Compiles one route into a program; pure. */
export function routeProgram(path: RoutePath): RouteProgram {
  const steps: RouteStep[] = [];
  let prevPlace: string | undefined;
  let inSitting = false;
  let decided = false;
  let decideAt = -1;
  let lastDecisionState = -1;
  let awayAt = -1;
  let unknown = '';
  const retryEnd = path.retrySegment ? path.retrySegment[1] : -1;
  const push = (op: number, arg = 0, arrive = false) => steps.push({ op, arg, arrive });
  const decide = () => {
    if (decided) return;
    decided = true;
    decideAt = steps.length;
    push(OP_DECIDE);
  };
  // index of the step that begins the segment of each serial state (after the last decision step)
  let segmentStart = -1;
  for (let i = 0; i < path.states.length; i++) {
    const tags = path.tags[i];
    const place = placeOf(tags);
    const arrive = isArrival(prevPlace, place);
    const final = i === path.states.length - 1;
    if (has(tags, 'decision') && !has(tags, 'serial')) {
      lastDecisionState = i;
      segmentStart = -1;
    }
    if (i === lastDecisionState + 1) segmentStart = steps.length;
    if (has(tags, 'serial')) {
      // the segment from after the previous decision step up to here repeats per further department
      const begin = segmentStart >= 0 ? segmentStart : steps.length;
      steps.splice(begin, 0, { op: OP_SERIAL_NEXT, arg: -1, arrive: false });
      push(OP_BACK_OFFICE, handedOver(steps, prevPlace) ? 1 : 0, arrive);
      push(OP_LOOP, begin);
      steps[begin].arg = steps.length; // past the loop
      inSitting = false;
      prevPlace = place;
      lastDecisionState = i;
      segmentStart = -1;
      continue;
    }
    if (final || has(tags, 'delivery') || has(tags, 'pickup') || has(tags, 'supervision')) decide();
    if (has(tags, 'desk')) {
      push(OP_DESK, 0, arrive);
      inSitting = false;
    } else if (has(tags, 'queue')) {
      push(OP_VISIT, place === 'applicant.hall' ? PLACE_HALL : PLACE_OFFICE, arrive);
      inSitting = true;
    } else if (has(tags, 'window')) {
      if (!inSitting && place !== undefined) {
        // a window step with no queue of its own (e.g. a trading registration): served where the applicant is
        push(OP_VISIT, place === 'applicant.hall' ? PLACE_HALL : PLACE_OFFICE, arrive);
        inSitting = true;
      } else if (arrive) push(OP_ARRIVE, 0, true);
      // a window decision with nobody there (an online case decided on the spot) uses no window
    } else if (has(tags, 'pickup')) {
      push(OP_PICKUP, place === 'applicant.hall' ? PLACE_HALL : PLACE_OFFICE, arrive);
      inSitting = false;
    } else if (has(tags, 'away')) {
      awayAt = steps.length;
      // arg 1: the applicant was there in person, so the visit was wasted (an online rejection is not a visit)
      push(OP_AWAY, prevPlace !== undefined ? 1 : 0, arrive);
      inSitting = false;
    } else if (has(tags, 'backOffice')) {
      push(has(tags, 'parallel') ? OP_PARALLEL : OP_BACK_OFFICE, handedOver(steps, prevPlace) ? 1 : 0, arrive);
      inSitting = false;
    } else if (has(tags, 'transfer') && !has(tags, 'complaint')) {
      push(OP_TRANSFER, 0, arrive);
      inSitting = false;
    } else if (place === 'applicant.headquarters') {
      push(OP_HEADQUARTERS, 0, arrive);
      inSitting = false;
    } else if (has(tags, 'session')) {
      push(OP_SESSION, 0, arrive);
      inSitting = false;
    } else if (has(tags, 'upward')) {
      push(OP_UPWARD, 0, arrive);
      inSitting = false;
    } else if (has(tags, 'delivery') || has(tags, 'supervision') || has(tags, 'background') || has(tags, 'online') || tags.length === 0 || final) {
      // no resource: delivered (no trip), supervision informed in the background, online steps, arrival and the end
      if (arrive) push(OP_ARRIVE, 0, true);
      if (!has(tags, 'online')) inSitting = false;
    } else if (place !== undefined) {
      // the applicant only has to be somewhere (e.g. a verification visit): a trip, no queue
      push(OP_ARRIVE, 0, arrive);
      inSitting = false;
    } else if (!unknown) unknown = `${path.states[i]} [${tags.join(', ')}]`;
    // markers in the same sitting: after the service
    if (i === retryEnd && awayAt >= 0) push(OP_RETRY, awayAt);
    if (has(tags, 'acceptance.inCentre') || has(tags, 'acceptance.department')) push(OP_ACCEPT);
    if (has(tags, 'decision.onTheSpot')) push(OP_ON_SPOT);
    prevPlace = place;
  }
  decide();
  push(OP_END);
  return {
    steps,
    decideAt,
    decidedInCentre: path.decidedInCentre,
    decidedOnTheSpot: path.decidedOnTheSpot,
    visitsHeadquarters: path.visitsHeadquarters,
    states: path.states,
    unknown,
  };
}
