/**
 * A sweep's results as files: CSV (one row per point and KPI, with the 95% CI) and JSON (the
 * base scenario, the lever, seed, replications, days, every point's scenario and estimates, and
 * the command lines that rerun a point). Pure.
 */
import type { Estimate } from '../../../engine/types';
import { csvField } from '../../export/summaryExport';
import type { ScenarioJson } from '../../draft/leverDraft';
import { runCommand, type RunSettings } from '../../run/runSettings';

export interface SweepResultPoint {
  value: number;
  kpis: Record<string, Estimate>;
}

export interface SweepResult {
  /** base scenario name */
  name: string;
  lever: string;
  settings: RunSettings;
  points: SweepResultPoint[];
  /** the scenario run at each point (settings written in) */
  scenarios: ScenarioJson[];
}

const HEADER = ['lever', 'value', 'kpi', 'label', 'mean', 'ci95_low', 'ci95_high', 'half_width', 'replications', 'seed', 'days'];

export function sweepCsv(result: SweepResult, labelOf: (kpi: string) => string = () => ''): string {
  const lines = [HEADER.join(',')];
  for (const p of result.points) {
    for (const [k, e] of Object.entries(p.kpis)) {
      lines.push([result.lever, p.value, k, labelOf(k), e.mean, e.ci95[0], e.ci95[1], e.halfWidth, e.n, result.settings.seed, result.settings.days].map(csvField).join(','));
    }
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A lever id as part of a file name (`param:process.serviceCv` → `param-process.serviceCv`). */
export function leverFileId(lever: string): string {
  return lever.replace(/[^\w.-]+/g, '-');
}

/** The file name of point i's scenario, as the command lines name it. */
export function pointFile(stem: string, lever: string, value: number): string {
  return `${stem}-${leverFileId(lever)}-${value}.scenario.json`;
}

export function sweepJson(result: SweepResult, stem: string): string {
  return (
    JSON.stringify(
      {
        type: 'onewindow/sweep-result',
        version: 1,
        name: result.name,
        lever: result.lever,
        values: result.points.map((p) => p.value),
        seed: result.settings.seed,
        replications: result.settings.replications,
        days: result.settings.days,
        commonRandomNumbers: 'every point uses the same seed and replication indices',
        points: result.points.map((p, i) => ({
          value: p.value,
          kpis: p.kpis,
          command: runCommand(pointFile(stem, result.lever, p.value), result.settings),
          scenario: result.scenarios[i],
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
