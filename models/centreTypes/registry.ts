import { approvalBureauMachine, approvalBureauProfile } from './approvalBureau';
import type { CentreTypeId } from '../../src/domain/vocabulary';
import type { CaseMachine } from './caseJourney';
import { comprehensiveMachine, comprehensiveProfile } from './comprehensive';
import { dispersedMachine, dispersedProfile } from './dispersed';
import { economyLedMachine, economyLedProfile } from './economyLed';
import { functionIntegrationMachine, functionIntegrationProfile } from './functionIntegration';
import { physicalUnificationMachine, physicalUnificationProfile } from './physicalUnification';
import type { CentreTypeProfile } from './profile';

/** Any of the six centre-type machines (they share caseSetup, so one type covers all). */
export type CentreTypeMachine = CaseMachine;

/** The six centre types: machine and profile, by id, in the paper's order with the baseline last. */
export const CENTRE_TYPES: Record<CentreTypeId, { machine: CentreTypeMachine; profile: CentreTypeProfile }> = {
  economyLed: { machine: economyLedMachine, profile: economyLedProfile },
  comprehensive: { machine: comprehensiveMachine, profile: comprehensiveProfile },
  physicalUnification: { machine: physicalUnificationMachine, profile: physicalUnificationProfile },
  approvalBureau: { machine: approvalBureauMachine, profile: approvalBureauProfile },
  functionIntegration: { machine: functionIntegrationMachine, profile: functionIntegrationProfile },
  dispersed: { machine: dispersedMachine, profile: dispersedProfile },
};
