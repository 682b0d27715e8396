/** The built-in scenario kinds, registered once. Add a kind here (one line) to plug it in. */
import { registerScenarioKind } from './registry';
import { networkKind } from './networkKind';
import { centreKind } from './centreKind';

registerScenarioKind(networkKind);
registerScenarioKind(centreKind);
