/**
 * The engine's flat case-flow counts (RunSummary.charts.flows, keyed by src/domain/caseFlows.ts)
 * as the Sankey layout's columns and flows. Pure.
 */
import { FLOW_COLUMNS, FLOW_DECISIONS, FLOW_ENTRANCES, FLOW_RESULTS, FLOW_TRIPS, FLOW_WINDOWS, flowIndex } from '../../domain/caseFlows';
import type { SankeyFlow } from '../charts/sankeyLayout';

export const FLOW_TRIP_KEYS = FLOW_TRIPS;

/** Node ids per column (entrance, window, decision, result). */
export function flowColumns(): string[][] {
  return FLOW_COLUMNS.map((c) => [...c]);
}

/** The non-zero flows, each with its path of node indices and its trip class. */
export function flowList(flows: readonly number[]): SankeyFlow[] {
  const out: SankeyFlow[] = [];
  for (let e = 0; e < FLOW_ENTRANCES.length; e++)
    for (let w = 0; w < FLOW_WINDOWS.length; w++)
      for (let d = 0; d < FLOW_DECISIONS.length; d++)
        for (let r = 0; r < FLOW_RESULTS.length; r++)
          for (let t = 0; t < FLOW_TRIPS.length; t++) {
            const value = flows[flowIndex(e, w, d, r, t)] ?? 0;
            if (value > 0) out.push({ path: [e, w, d, r], cls: t, value });
          }
  return out;
}
