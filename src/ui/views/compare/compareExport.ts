/**
 * Comparison results as files: CSV (one row per KPI: a and b with CIs, the paired difference
 * b − a with its CI, significance and verdict) and JSON (both summaries without wait samples,
 * the differences, seed and replications). Pure.
 */
import type { CompareResult, RunSummary } from '../../../client/simPool';
import { csvField } from '../../export/summaryExport';
import { judgeDifference } from '../../../domain/significance';

const HEADER = ['kpi', 'label', 'a_mean', 'a_ci95_low', 'a_ci95_high', 'b_mean', 'b_ci95_low', 'b_ci95_high', 'diff_mean', 'diff_ci95_low', 'diff_ci95_high', 'significant', 'verdict', 'pairs', 'seed'];

/** KPIs both runs report, in a's order. */
export function sharedKpis(result: CompareResult): string[] {
  return Object.keys(result.a.kpis).filter((k) => k in result.b.kpis && k in result.differences.kpis);
}

export function compareCsv(result: CompareResult, labelOf: (kpi: string) => string = () => ''): string {
  const lines = [HEADER.join(',')];
  for (const k of sharedKpis(result)) {
    const a = result.a.kpis[k];
    const b = result.b.kpis[k];
    const d = result.differences.kpis[k];
    const j = judgeDifference(k, d);
    lines.push([k, labelOf(k), a.mean, a.ci95[0], a.ci95[1], b.mean, b.ci95[0], b.ci95[1], d.mean, d.ci95[0], d.ci95[1], j.significant ? 'yes' : 'no', j.verdict, result.differences.pairs, result.a.seed].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

const strip = ({ waits, ...rest }: RunSummary) => ({ ...rest, waitSampleSize: waits.length });

export function compareJson(result: CompareResult, scenarios: { a: unknown; b: unknown }): string {
  return (
    JSON.stringify(
      {
        type: 'onewindow/compare-result',
        version: 1,
        seed: result.a.seed,
        replications: result.a.replications,
        commonRandomNumbers: 'both runs use one base seed; replication i of a is paired with replication i of b',
        a: strip(result.a),
        b: strip(result.b),
        differences: result.differences,
        scenarios,
      },
      null,
      2,
    ) + '\n'
  );
}

/** One run per centre, for the side-by-side table. */
export interface CentreColumn {
  id: string;
  name: string;
  summary: RunSummary;
}

/** The centres side by side as CSV: one row per KPI and centre, with the 95% CI, seed and replications. */
export function centresCsv(centres: readonly CentreColumn[], kpis: readonly string[], labelOf: (kpi: string) => string = () => ''): string {
  const lines = [['kpi', 'label', 'centre', 'centre_name', 'mean', 'ci95_low', 'ci95_high', 'replications', 'seed'].join(',')];
  for (const k of kpis) {
    for (const c of centres) {
      const e = c.summary.kpis[k];
      if (!e) continue;
      lines.push([k, labelOf(k), c.id, c.name, e.mean, e.ci95[0], e.ci95[1], e.n, c.summary.seed].map(csvField).join(','));
    }
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
