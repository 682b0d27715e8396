/**
 * The centre models a run is handed (the engine imports nothing from models/): each centre type's
 * statechart compiled to its routing table — the route every case of a run walks — and the five
 * functions' integration index. The CLI, the browser worker and the tests pass this object to the
 * engine explicitly, as `projectionModels` hands in the stage machine. A table is compiled the
 * first time a type is asked for and reused after (compileRoutingTable memoises per machine).
 */
import { integrationIndexOf } from '../functions/fiveFunctionsMachine';
import type { CentreTypeId } from '../../src/domain/vocabulary';
import { CENTRE_TYPES } from './registry';
import { compileRoutingTable, type RoutingTable } from './routingTable';

/** The centre type's routing table; throws for an unknown type. */
function routingTable(centreType: string): RoutingTable {
  const entry = Object.hasOwn(CENTRE_TYPES, centreType) ? CENTRE_TYPES[centreType as CentreTypeId] : undefined;
  if (!entry) throw new Error(`no statechart for centre type ${JSON.stringify(centreType)}`);
  return compileRoutingTable(entry.machine);
}

/** Models for src/engine/centre (CentreModels). */
export const centreModels = {
  routingTable,
  integrationIndex: integrationIndexOf,
};

/** What every run is handed (src/engine EngineModels): the CLI, the browser worker and the tests pass this. */
export const engineModels = { centre: centreModels };
