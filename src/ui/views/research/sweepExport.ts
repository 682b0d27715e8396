/**
 * A sweep's results as files: CSV (one row per point and KPI, with the 95% CI) and JSON (the
 * base scenario, the lever, seed, replications, days, every point's scenario and estimates, and
 * the command lines that rerun a point). Pure.
 */
import type { Estimate } from '../../../engine/types';
import { sweepCsvHeaderLine, sweepCsvRow } from '../../../domain/sweepCsv';
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

/** The Research view's own columns after the estimate's (src/domain/sweepCsv.ts: the columns `onewindow sweep --csv` writes too). */
const UI_COLUMNS = ['label', 'replications', 'seed', 'days'] as const;

/**
 * The sweep as CSV, in the columns of `onewindow sweep --csv` (one writer, src/domain/sweepCsv.ts):
 * `point,<lever>,scope,id,metric,mean,lo,hi,method`, then the KPI's name in the UI's language, the
 * replications, seed and days. Unlike the CLI's file (read by scripts and `onewindow merge`), this
 * one is opened in a spreadsheet: a byte-order mark, or Excel reads UTF-8 as the system's code page
 * (GBK on a Chinese Windows) and garbles the Chinese names; CRLF line ends, as Excel writes them.
 */
export function sweepCsv(result: SweepResult, labelOf: (kpi: string) => string = () => ''): string {
  const lines = [sweepCsvHeaderLine([result.lever], UI_COLUMNS)];
  result.points.forEach((p, point) => {
    for (const [metric, e] of Object.entries(p.kpis)) {
      lines.push(sweepCsvRow(point, [p.value], { scope: 'kpi', id: '', metric, e }, [labelOf(metric), e.n, result.settings.seed, result.settings.days]));
    }
  });
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
