/**
 * The models a centre run is handed (the engine imports nothing from models/): the CLI and the
 * worker register them once at start-up — e.g. case paths compiled from the centre-type
 * statecharts (models/centreTypes/engineCasePaths.ts `toEngineCasePaths`) — and the centre
 * scenario kind uses them for every run. Without a registration the engine's default case paths
 * apply. Mutates module state on registration only.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import type { CasePathTable } from './casePaths';
import type { CentreModels } from './compileCentre';

/** What may be registered. */
export interface CentreModelProvider {
  /** case paths for a centre type */
  casePathsFor?: (centreType: CentreScenario['centreType']) => CasePathTable;
  integrationIndex?: CentreModels['integrationIndex'];
}

let provider: CentreModelProvider = {};
const cache = new Map<string, CasePathTable>();

/** Registers the models every centre run uses (replaces an earlier registration). */
export function registerCentreModels(p: CentreModelProvider): void {
  provider = p;
  cache.clear();
}

/** The models for one scenario under the current registration; pure read (memoised per type). */
export function centreModelsFor(s: CentreScenario): CentreModels {
  let casePaths: CasePathTable | undefined;
  if (provider.casePathsFor) {
    casePaths = cache.get(s.centreType);
    if (!casePaths) {
      casePaths = provider.casePathsFor(s.centreType);
      cache.set(s.centreType, casePaths);
    }
  }
  return { casePaths, integrationIndex: provider.integrationIndex };
}
