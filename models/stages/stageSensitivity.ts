/**
 * Sensitivity of the stage a centre reaches to the stage guards' thresholds (issue 9 point 5): for
 * each threshold lowered and raised by one step, the first year a measured path reaches each stage.
 * The path is a list of years with their measured state — a projection's (simulated shares) or the
 * configuration's. Pure.
 */
import type { StageId } from '../../src/domain/vocabulary';
import { STAGE_THRESHOLD_VALUES, STAGE_THRESHOLDS, stageUnder, type MeasuredState, type StageThresholdValues } from './stageMachine';

/** One step of each threshold for the table: ±0.25 for a share, ±1 for a count. */
export const SENSITIVITY_STEP: StageThresholdValues = {
  stage1MinAcceptedShare: 0.25,
  stage2MinDecidedShare: 0.25,
  stage3MinTradingShare: 0.25,
  stage3MinCitizenShare: 0.5,
  stage3MinFunctionsIntegrated: 1,
};

/** A row: one threshold at one value, and the first year each stage is reached (null: never on the path). */
export interface SensitivityRow {
  threshold: keyof typeof STAGE_THRESHOLDS;
  value: number;
  firstYear: Record<Exclude<StageId, 'dispersed'>, number | null>;
}

/** The first year each stage is reached on a path under thresholds `t`; pure. */
export function firstYears(path: readonly { year: number; measured: MeasuredState }[], t: StageThresholdValues = STAGE_THRESHOLD_VALUES): SensitivityRow['firstYear'] {
  const rank: Record<StageId, number> = { dispersed: 0, stage1: 1, stage2: 2, stage3: 3 };
  const first = (k: number) => path.find((p) => rank[stageUnder(p.measured, t)] >= k)?.year ?? null;
  return { stage1: first(1), stage2: first(2), stage3: first(3) };
}

/** The table: the thresholds in force, then each threshold one step down and one step up (others at their values); pure. */
export function stageSensitivity(path: readonly { year: number; measured: MeasuredState }[]): { base: SensitivityRow['firstYear']; rows: SensitivityRow[] } {
  const rows: SensitivityRow[] = [];
  for (const name of Object.keys(STAGE_THRESHOLDS) as (keyof typeof STAGE_THRESHOLDS)[]) {
    for (const sign of [-1, 1]) {
      const value = STAGE_THRESHOLD_VALUES[name] + sign * SENSITIVITY_STEP[name];
      rows.push({ threshold: name, value, firstYear: firstYears(path, { ...STAGE_THRESHOLD_VALUES, [name]: value }) });
    }
  }
  return { base: firstYears(path), rows };
}
