/** Exports of a projection for the UI's downloads (the engine's pure formatters, re-exported below the UI). */
export { projectionCsv, projectionJson } from '../engine/projection/format';
