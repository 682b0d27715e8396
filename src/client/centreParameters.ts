/**
 * The centre parameter registry (units, defaults, bounds, sources) for the UI, which may not
 * import engine code itself: pure data re-exported from the engine so the lever editor, the
 * normaliser and the docs cannot disagree.
 */
export { centreParameters, centreParameterIndex, type ParameterSpec } from '../engine/centre/parameters';
export { CENTRE_KPI_INFO, type KpiInfo as CentreKpiInfo } from '../engine/centre/kpiInfo';
