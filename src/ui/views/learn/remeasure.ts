/**
 * The events that move the stage machine to a new measured state, safely.
 *
 * Why not one `centre.measured`: stepped *down* from a higher stage, the machine's eventless
 * transitions can loop forever (stage3 → stage2 → stage3 … when decidedInCentreShare drops below
 * its threshold while services and functions still meet stage 3; stage2 ↔ stage1 when accepted
 * drops but decided stays high), which hangs the page. Climbing from the dispersed baseline never
 * loops, and the machine's stage depends only on the measured state, so the UI first measures
 * "no centre" and then the new state. Remove this once the stage machine guards its downward
 * transitions. Pure.
 */
import { NO_CENTRE, type MeasuredState, type StageEvent } from '../../../../models/stages/stageMachine';

export function remeasure(next: MeasuredState): StageEvent[] {
  return [
    { type: 'centre.measured', measured: NO_CENTRE },
    { type: 'centre.measured', measured: next },
  ];
}
