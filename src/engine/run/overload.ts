/**
 * The overload report of any scenario kind, computed before a run (DESIGN § What makes the model
 * defensible: "a department or station whose offered load is ≥ 1 is named before the run"):
 * a centre's window groups and back offices (compiled with the statecharts the caller hands in),
 * or a network's stations. Pure.
 */
import { networkOfferedLoad, type LoadReport } from '../analytic/offeredLoad';
import { compileCentre } from '../centre/compileCentre';
import { centreOfferedLoad } from '../centre/offeredLoad';
import type { EngineModels, Scenario } from '../scenario/registry';

/** Offered loads of a loaded scenario; a centre scenario needs `models.centre`. Pure. */
export function overloadOf(scenario: Scenario, models: EngineModels = {}): LoadReport {
  if (scenario.type === 'onewindow/centre') {
    if (!models.centre) throw new Error('the offered load of a centre needs the centre-type statecharts: pass models.centre');
    return centreOfferedLoad(compileCentre(scenario, models.centre));
  }
  return networkOfferedLoad(scenario);
}
