/** The `onewindow/network` scenario kind: schema, migrations (none yet: version 1), checks. */
import type { ScenarioKind } from './registry';
import { type NetworkScenario, networkScenarioSchema } from './networkSchema';
import { checkNetwork } from './checkNetwork';

/** The network kind; compiling a network is the identity. */
export const networkKind: ScenarioKind<NetworkScenario> = {
  type: 'onewindow/network',
  currentVersion: 1,
  migrations: {},
  schema: networkScenarioSchema,
  check: checkNetwork,
  compile: (s) => ({ network: s }),
};
