/**
 * Case paths: which steps a case may take, by how its department is stationed and by item class.
 * The default table below restates DESIGN.md § The centre model, step 4; the caller may hand in a
 * table compiled from the centre-type statechart (models/centreTypes) instead — the simulation's
 * hot loop reads only the flags derived here. Pure.
 */
import type { ItemClass, Stationing } from '../../domain/vocabulary';

/** A step of a case's journey. */
export type CaseStep =
  | 'window' // acceptance at a window of the centre
  | 'ownOffice' // the applicant goes to the department's own office (not in the centre)
  | 'decideOnSpot' // 即办: decided at the window
  | 'transferToHeadquarters' // stage 1: the file travels to the department's headquarters
  | 'twoEndTrip' // 两头办理: the applicant must also go to headquarters
  | 'backOffice' // processing (staff capacity, working days)
  | 'transferBack' // the decision travels back to the window
  | 'referUp' // 上报: referred to a higher level
  | 'result'; // result handed over (pickup trip or delivery)

/** stationing → item class → the steps a case may take (in order; probabilistic steps included). */
export type CasePathTable = Record<Stationing, Record<ItemClass, readonly CaseStep[]>>;

const inCentre = (extra: readonly CaseStep[] = []): Record<ItemClass, readonly CaseStep[]> => ({
  onTheSpot: ['window', 'decideOnSpot', 'backOffice', 'result'],
  promised: ['window', 'backOffice', ...extra, 'result'],
  linked: ['window', 'backOffice', ...extra, 'result'],
  referred: ['window', 'backOffice', ...extra, 'referUp', 'result'],
});

/** The default case paths (DESIGN.md § The centre model). */
export const DEFAULT_CASE_PATHS: CasePathTable = {
  absent: {
    onTheSpot: ['ownOffice', 'decideOnSpot', 'result'],
    promised: ['ownOffice', 'backOffice', 'result'],
    linked: ['ownOffice', 'backOffice', 'result'],
    referred: ['ownOffice', 'backOffice', 'referUp', 'result'],
  },
  reception: {
    // stage 1 windows only receive (一个窗口对外): no decision on the spot, even for 即办件
    onTheSpot: ['window', 'transferToHeadquarters', 'twoEndTrip', 'backOffice', 'transferBack', 'result'],
    promised: ['window', 'transferToHeadquarters', 'twoEndTrip', 'backOffice', 'transferBack', 'result'],
    linked: ['window', 'transferToHeadquarters', 'twoEndTrip', 'backOffice', 'transferBack', 'result'],
    referred: ['window', 'transferToHeadquarters', 'twoEndTrip', 'backOffice', 'transferBack', 'referUp', 'result'],
  },
  authorised: {
    onTheSpot: ['window', 'decideOnSpot', 'twoEndTrip', 'backOffice', 'result'],
    promised: ['window', 'twoEndTrip', 'backOffice', 'result'],
    linked: ['window', 'twoEndTrip', 'backOffice', 'result'],
    referred: ['window', 'twoEndTrip', 'backOffice', 'referUp', 'result'],
  },
  'whole-unit': inCentre(),
  bureau: inCentre(),
};

/** The flags the simulation reads (ownOffice and backOffice are implied by the stationing). */
export const FLAGS_READ = ['onSpot', 'transfer', 'twoEnd', 'referUp'] as const;

/** The flags of a path for one (stationing, class). */
export interface PathFlags {
  ownOffice: boolean;
  onSpot: boolean;
  transfer: boolean;
  twoEnd: boolean;
  backOffice: boolean;
  referUp: boolean;
}

/** Derives the flags of a path; pure. */
export function pathFlags(path: readonly CaseStep[]): PathFlags {
  return {
    ownOffice: path.includes('ownOffice'),
    onSpot: path.includes('decideOnSpot'),
    transfer: path.includes('transferToHeadquarters'),
    twoEnd: path.includes('twoEndTrip'),
    backOffice: path.includes('backOffice'),
    referUp: path.includes('referUp'),
  };
}
