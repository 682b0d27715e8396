/**
 * The five models side by side: one city's demand and departments run as each centre type, and as
 * the dispersed baseline. A type that cannot station a department as the city does gets its nearest
 * stationing (the approval bureau holds every stationed department's approvals; the other types keep
 * whole units for a bureau's); the baseline has no centre, so every department is `absent` and no
 * function is in a centre. Pure.
 */
import { CENTRE_TYPES } from '../../../../models/centreTypes/registry';
import { CENTRE_TYPE_IDS, FUNCTION_IDS, type CentreTypeId, type Stationing } from '../../../domain/vocabulary';

type Json = Record<string, unknown>;

/** The stationing a type gives a department the city stations as `s`; pure. */
export function stationingUnder(type: CentreTypeId, s: Stationing): Stationing {
  const allowed = CENTRE_TYPES[type].profile.stationings;
  if (s === 'absent' || allowed.includes(s)) return s;
  if (type === 'dispersed') return 'absent';
  if (type === 'approvalBureau') return 'bureau';
  return allowed.includes('whole-unit') ? 'whole-unit' : allowed[0];
}

/** The city's scenario run as centre type `type` (same demand, departments and mechanisms); pure. */
export function scenarioUnderType(base: Json, type: CentreTypeId): Json {
  const departments = (base.departments as Json[]).map((d) => ({ ...d, stationing: stationingUnder(type, d.stationing as Stationing) }));
  const functions = type === 'dispersed' ? Object.fromEntries(FUNCTION_IDS.map((fn) => [fn, 'separate'])) : base.functions;
  return { ...base, centreType: type, departments, functions };
}

/** The six runs of the comparison, the baseline first (the others are paired with it); pure. */
export function modelsScenarios(base: Json): Array<{ type: CentreTypeId; json: Json }> {
  const order: CentreTypeId[] = ['dispersed', ...CENTRE_TYPE_IDS.filter((t) => t !== 'dispersed')];
  return order.map((type) => ({ type, json: scenarioUnderType(base, type) }));
}
