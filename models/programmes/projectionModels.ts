/**
 * The statecharts a projection is handed (the engine imports nothing from models/): the
 * five-functions machine stepped by timeline events, the stage machine stepped by each year's
 * measured state, and the integration index.
 */
import { fiveFunctionsMachine, integrationIndexOf } from '../functions/fiveFunctionsMachine';
import { stageMachine } from '../stages/stageMachine';

/** Models for src/engine/projection (ProjectionModels). */
export const projectionModels = {
  fiveFunctionsMachine,
  stageMachine,
  integrationIndex: integrationIndexOf,
};
