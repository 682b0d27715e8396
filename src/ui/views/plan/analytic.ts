import type { RunSummary } from '../../../engine/types';

/** A number from `summary.analytic[formula][metric]`, if the engine computed one. Pure. */
export function analyticValue(summary: RunSummary, formula: string, metric: string): number | undefined {
  const v = summary.analytic?.[formula]?.[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
