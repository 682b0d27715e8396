/**
 * The statecharts a projection is handed (the engine imports nothing from models/): the
 * five-functions machine stepped by timeline events, the stage machine stepped by each year's
 * measured state, and the centre models (each centre type's routing table, the integration index).
 */
import { centreModels } from '../centreTypes/centreModels';
import { fiveFunctionsMachine } from '../functions/fiveFunctionsMachine';
import { stageMachine } from '../stages/stageMachine';

/** Models for src/engine/projection (ProjectionModels). */
export const projectionModels = {
  ...centreModels,
  fiveFunctionsMachine,
  stageMachine,
};
