/**
 * The stage machine as a trainer steps it. Its only event is a new measurement of the centre, so
 * "what can happen now" is each arrow leaving the current stage, and a step is the smallest change
 * of the measured state (and of the five functions) that makes that arrow's condition hold or fail.
 * Snapshots come from the machines' pure step functions, so a walk is a list and stepping back drops
 * its last entry. Pure.
 */
import { initialTransition, transition } from 'xstate';
import { fiveFunctionsMachine, integratedFunctions, type FiveFunctionsEvent, type FiveFunctionsSnapshot } from '../../../../models/functions/fiveFunctionsMachine';
import { NO_CENTRE, servicesNeeded, STAGE_THRESHOLDS, stageMachine, type MeasuredState, type StageSnapshot } from '../../../../models/stages/stageMachine';
import { COUNTER_SERVICES, FUNCTION_IDS, SERVICE_IDS, TRADING_SERVICES, type ServiceId, type StageId } from '../../../domain/vocabulary';

/** One point of a Learn walk: the stage and the five functions. */
export interface LearnPoint {
  stage: StageSnapshot;
  functions: FiveFunctionsSnapshot;
  /** what made this point (a slider's id while it is dragged, so a drag is one step) */
  cause?: string;
}

/** The start: no centre, all five functions separate; pure. */
export function learnStart(): LearnPoint {
  return { stage: initialTransition(stageMachine, NO_CENTRE)[0], functions: initialTransition(fiveFunctionsMachine)[0] };
}

/** A new measurement (the five functions' integration read from their machine); pure. */
export function measure(p: LearnPoint, patch: Partial<MeasuredState>, cause?: string): LearnPoint {
  const measured: MeasuredState = { ...p.stage.context, functionsIntegrated: integratedFunctions(p.functions), ...patch };
  return { stage: transition(stageMachine, p.stage, { type: 'centre.measured', measured })[0], functions: p.functions, cause };
}

/** A five-functions event, then the centre measured again; pure. */
export function functionEvent(p: LearnPoint, event: FiveFunctionsEvent): LearnPoint {
  const functions = transition(fiveFunctionsMachine, p.functions, event)[0];
  return measure({ ...p, functions }, {});
}

const BELOW = 0.3;
const ABOVE = 0.6;
const orderServices = (s: readonly ServiceId[]) => SERVICE_IDS.filter((id) => s.includes(id));

/** The smallest change that moves the stage along the arrow to `target` (one stage up or down); pure. */
export function stepToward(p: LearnPoint, target: StageId): LearnPoint {
  const m = p.stage.context;
  const th = STAGE_THRESHOLDS;
  switch (target) {
    case 'dispersed':
      return measure(p, { acceptedInCentreShare: Math.min(m.acceptedInCentreShare, BELOW) });
    case 'stage1':
      return p.stage.value === 'dispersed'
        ? measure(p, { acceptedInCentreShare: Math.max(m.acceptedInCentreShare, ABOVE) })
        : measure(p, { decidedInCentreShare: Math.min(m.decidedInCentreShare, BELOW) });
    case 'stage2':
      if (p.stage.value === 'stage3') return measure(p, { services: m.services.filter((s) => !(TRADING_SERVICES as readonly string[]).includes(s)) });
      return measure(p, { acceptedInCentreShare: Math.max(m.acceptedInCentreShare, ABOVE), decidedInCentreShare: Math.max(m.decidedInCentreShare, ABOVE) });
    case 'stage3': {
      let q = p;
      for (const fn of FUNCTION_IDS) {
        if (integratedFunctions(q.functions).length >= th.stage3MinFunctionsIntegrated.value) break;
        if (integratedFunctions(q.functions).includes(fn)) continue;
        q = { ...q, functions: transition(fiveFunctionsMachine, transition(fiveFunctionsMachine, q.functions, { type: 'function.colocate', fn })[0], { type: 'function.integrate', fn })[0] };
      }
      const services = new Set<ServiceId>([...m.services, 'approval', ...TRADING_SERVICES.slice(0, servicesNeeded(th.stage3MinTradingShare.value, TRADING_SERVICES)), ...COUNTER_SERVICES.slice(0, servicesNeeded(th.stage3MinCitizenShare.value, COUNTER_SERVICES))]);
      return measure(q, { services: orderServices([...services]) });
    }
  }
}
