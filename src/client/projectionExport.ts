/**
 * Flat exports of a projection result: the browser's downloads and the CLI's --json/--csv read the
 * same functions. They format a result (only engine types are imported), so they live with the
 * client that hands results to the UI. Pure.
 */
import type { Estimate } from '../engine/types';
import type { ProjectionResult } from '../engine/projection/project';

const jsonEstimate = (e: Estimate) => ({ mean: e.mean, ci95: e.ci95 });

/** The projection as the documented JSON: `{ years: [{ year, stage, kpis: { name: { mean, ci95 } }, functions, events }] }`; pure. */
export function projectionJson(r: ProjectionResult) {
  return {
    name: r.name,
    seed: r.seed,
    replications: r.replications,
    startYear: r.startYear,
    endYear: r.endYear,
    sampling: { sampledDays: r.sampledDays, warmupDays: r.warmupDays, note: 'per year: warm-up + sampled working days, volumes from the 12 months in turn; annual totals = sample × workingDaysPerYear / sampledDays' },
    city: r.city,
    ...(r.centresByLevel ? { centresByLevel: r.centresByLevel } : {}),
    years: r.years.map((y) => ({
      year: y.year,
      stage: y.stage,
      integrationIndex: y.integrationIndex,
      kpis: Object.fromEntries(Object.entries(y.kpis).map(([k, e]) => [k, jsonEstimate(e)])),
      ...(y.levels ? { levels: Object.fromEntries(Object.entries(y.levels).map(([l, ks]) => [l, Object.fromEntries(Object.entries(ks).map(([k, e]) => [k, jsonEstimate(e)]))])) } : {}),
      functions: y.functions,
      events: y.events,
    })),
  };
}

/** CSV: year,stage,scope,kpi,mean,lo,hi (scope `city`/`centre`, or a level of a city network); pure. */
export function projectionCsv(r: ProjectionResult): string {
  const rows = ['year,stage,scope,kpi,mean,lo,hi'];
  for (const y of r.years) {
    const scope = r.city ? 'city' : 'centre';
    for (const [k, e] of Object.entries(y.kpis)) rows.push([y.year, y.stage, scope, k, e.mean, e.ci95[0], e.ci95[1]].join(','));
    for (const [l, ks] of Object.entries(y.levels ?? {})) for (const [k, e] of Object.entries(ks)) rows.push([y.year, y.stage, l, k, e.mean, e.ci95[0], e.ci95[1]].join(','));
  }
  return rows.join('\n') + '\n';
}
