/**
 * The case stepper's model logic: which case attributes a centre type accepts, the one event a
 * state handles, and the route of a case through every type. Pure (reads models/ only).
 */
import type { CaseAttributes, CaseEventType, CaseMachine, CaseTag } from '../../../../models/centreTypes/caseJourney';
import { CENTRE_TYPE_IDS, type CentreTypeId } from '../../../domain/vocabulary';
import { CENTRE_TYPES } from '../../../../models/centreTypes/registry';
import { compileRoute, type RoutePath } from '../../../../models/centreTypes/routingTable';
import type { StateMeta } from '../../../../models/text/types';

/** The case as a centre type can take it: a stationing or service it lacks is replaced by its own first one. */
export function caseForType(type: CentreTypeId, attrs: CaseAttributes): CaseAttributes {
  const { profile } = CENTRE_TYPES[type];
  return {
    ...attrs,
    stationing: profile.stationings.includes(attrs.stationing) ? attrs.stationing : profile.stationings[0],
    service: profile.services.includes(attrs.service) ? attrs.service : 'approval',
    mechanisms: { ...attrs.mechanisms },
  };
}

/** The one case event a state handles (each stable state of a case machine handles exactly one). */
export function nextEvent(machine: CaseMachine, state: string): CaseEventType | undefined {
  const node = machine.getStateNodeById(`${machine.id}.${state}`);
  return node.ownEvents.find((e) => e.startsWith('case.')) as CaseEventType | undefined;
}

/** A state's bilingual name, quote and source. */
export function caseStateMeta(machine: CaseMachine, state: string): StateMeta {
  return machine.getStateNodeById(`${machine.id}.${state}`).meta as StateMeta;
}

/** A place the applicant must be: the `applicant.*` tags of the case machines. */
export type ApplicantPlace = Extract<CaseTag, `applicant.${string}`>;

/** Where the applicant has to be in a state (its `applicant.*` tag), if anywhere. */
export function applicantPlace(tags: Iterable<string>): ApplicantPlace | undefined {
  for (const t of tags) if (t.startsWith('applicant.')) return t as ApplicantPlace;
  return undefined;
}

export interface TypeRoute {
  type: CentreTypeId;
  attrs: CaseAttributes;
  route?: RoutePath;
}

/** The same case through each of the six centre types (adjusted to what each accepts). */
export function routesByType(attrs: CaseAttributes): TypeRoute[] {
  return CENTRE_TYPE_IDS.map((type) => {
    const a = caseForType(type, attrs);
    try {
      return { type, attrs: a, route: compileRoute(CENTRE_TYPES[type].machine, a) };
    } catch {
      return { type, attrs: a };
    }
  });
}
