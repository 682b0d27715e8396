/**
 * The `onewindow/centre` scenario kind for the load pipeline (registered in kinds.ts): schema with
 * defaults, normalisation, and its own simulator (the centre journey runs on the centre
 * simulation, not on the plain network DES). Pure.
 */
import type { z } from 'zod';
import type { ScenarioKind } from './registry';
import { CENTRE_TYPE, CENTRE_VERSION, type CentreScenario, centreScenarioSchema, normaliseCentre } from './centreSchema';
import { compileCentre } from '../centre/compileCentre';
import { simulateCentre } from '../centre/simulateCentre';
import { summariseCentre } from '../centre/runCentre';

declare module './registry' {
  interface ScenarioTypeMap {
    'onewindow/centre': CentreScenario;
  }
}

/** Validation + normalisation as one zod schema (the load pipeline's normalise step). */
export const centreKindSchema = centreScenarioSchema.transform(normaliseCentre) as unknown as z.ZodType<CentreScenario, z.ZodTypeDef, unknown>;

/** The centre kind. `compile` is not used for runs (see `simulate`); it throws if called. */
export const centreKind: ScenarioKind<CentreScenario> = {
  type: CENTRE_TYPE,
  currentVersion: CENTRE_VERSION,
  migrations: {},
  schema: centreKindSchema,
  compile: () => {
    throw new Error('onewindow/centre scenarios run on the centre simulation (kind.simulate), not as a plain network');
  },
  prepare: (s, models) => {
    if (!models.centre) throw new Error('a centre run needs the centre-type statecharts: pass models.centre (models/centreTypes/centreModels.ts)');
    const cc = compileCentre(s, models.centre);
    return (replication, watch) => simulateCentre(cc, replication, undefined, watch);
  },
  summarise: summariseCentre,
};
