/**
 * The years a projection covers, inclusive: from `projection.startYear` to `projection.endYear`,
 * each defaulting to the scenario's own `year` (a scenario without a projection covers its year
 * alone). The one rule the engine's projection and the UI's year pickers read. Pure.
 */
export function projectionYearRange(year: number, projection?: { startYear?: number; endYear?: number }): [first: number, last: number] {
  return [projection?.startYear ?? year, projection?.endYear ?? year];
}
