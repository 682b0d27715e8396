/**
 * An adapter from the centre-type statecharts to the engine's coarse case-path table
 * (src/engine/centre/casePaths.ts `CasePathTable`, handed to compileCentre as `models.casePaths`):
 * for each stationing and item class, every step a case of that kind may take, in journey order.
 * The types are restated here structurally so models/ does not depend on the engine's files.
 */
import { ITEM_CLASSES, STATIONINGS, type CentreTypeId, type ItemClass, type Stationing } from '../../src/domain/vocabulary';
import { DEFAULT_CASE, type CaseAttributes } from './caseJourney';
import { CENTRE_TYPES } from './registry';
import { compileRoute, expandBlock } from './routingTable';

/** A step of the engine's case journey (same strings as the engine's CaseStep). */
export type EngineCaseStep = 'window' | 'ownOffice' | 'decideOnSpot' | 'transferToHeadquarters' | 'twoEndTrip' | 'backOffice' | 'transferBack' | 'referUp' | 'result';
/** stationing → item class → the steps a case may take, in order (the engine's CasePathTable). */
export type EngineCasePathTable = Record<Stationing, Record<ItemClass, readonly EngineCaseStep[]>>;

/** Journey order of the engine's steps. */
export const ENGINE_STEP_ORDER: readonly EngineCaseStep[] = ['window', 'ownOffice', 'decideOnSpot', 'transferToHeadquarters', 'twoEndTrip', 'backOffice', 'transferBack', 'referUp', 'result'];

/** Which engine step each statechart state is (states not listed — arrival, queues, online review, away — map to none). */
export const STATE_TO_ENGINE_STEP: Record<string, EngineCaseStep> = {
  materialsCheck: 'window',
  acceptance: 'window',
  onlineAcceptance: 'window',
  onTheSpotDecision: 'decideOnSpot',
  transferToHeadquarters: 'transferToHeadquarters',
  headquartersVisit: 'twoEndTrip',
  headquartersProcessing: 'backOffice',
  backOffice: 'backOffice',
  serialHandOffs: 'backOffice',
  parallelApproval: 'backOffice',
  departmentOfficeInBuilding: 'backOffice',
  bureauProcessing: 'backOffice',
  returnTransfer: 'transferBack',
  referredUpward: 'referUp',
  delivery: 'result',
  awaitingPickup: 'result',
};

/**
 * The engine's case-path table for a centre type: the union of the steps of every approval route
 * (over channel, materials, 两头办理 and mechanisms) for each stationing and item class. A department
 * stationed `absent` takes the dispersed machine's routes (its own office). Pure; computed once per
 * type and returned frozen.
 */
export function toEngineCasePaths(type: CentreTypeId): EngineCasePathTable {
  const cached = CACHE.get(type);
  if (cached) return cached;
  const out = {} as EngineCasePathTable;
  for (const stationing of STATIONINGS) {
    const id: CentreTypeId = stationing === 'absent' ? 'dispersed' : type;
    const { machine, profile } = CENTRE_TYPES[id];
    const approval = profile.domain.find((b) => b.service === 'approval')!;
    out[stationing] = {} as Record<ItemClass, readonly EngineCaseStep[]>;
    for (const itemClass of ITEM_CLASSES) {
      const steps = new Set<EngineCaseStep>();
      const cases: CaseAttributes[] = expandBlock({ ...approval, itemClass: [itemClass], stationing: [stationing] });
      for (const c of cases.length ? cases : [{ ...DEFAULT_CASE, itemClass, stationing }]) {
        for (const s of compileRoute(machine, c).states) {
          const step = id === 'dispersed' && (s === 'materialsCheck' || s === 'acceptance' || s === 'nextDepartmentVisit') ? 'ownOffice' : STATE_TO_ENGINE_STEP[s];
          if (step) steps.add(step);
        }
      }
      out[stationing][itemClass] = Object.freeze(ENGINE_STEP_ORDER.filter((s) => steps.has(s)));
    }
    Object.freeze(out[stationing]);
  }
  Object.freeze(out);
  CACHE.set(type, out);
  return out;
}

/** Tables already built: the machines are constants, so each type's table is computed once. */
const CACHE = new Map<CentreTypeId, EngineCasePathTable>();
