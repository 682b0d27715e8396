/**
 * "Each mechanism alone" (一次改一项): the base scenario with one mechanism switched the other
 * way, for every mechanism, so that their effects can be read side by side as paired differences
 * against the same base (common random numbers). Pure.
 */
import type { CompareManyResult } from '../../../client/simPool';
import { csvField } from '../../export/summaryExport';
import { judgeDifference } from '../../../domain/significance';
import { MECHANISMS } from '../../../domain/vocabulary';
import { getPath, setPath, type ScenarioJson } from '../../draft/leverDraft';

export interface MechanismVariant {
  mechanism: (typeof MECHANISMS)[number];
  /** the mechanism's state in the variant (the base has the opposite) */
  on: boolean;
  scenario: ScenarioJson;
}

/** One variant per mechanism: switched on if the base has it off, off if on. */
export function mechanismVariants(base: ScenarioJson): MechanismVariant[] {
  return MECHANISMS.map((mechanism) => {
    const on = getPath(base, `mechanisms.${mechanism}.on`) !== true;
    return { mechanism, on, scenario: setPath(base, `mechanisms.${mechanism}.on`, on) };
  });
}

/** "+并联审批" / "−并联审批" */
export function variantLabel(v: Pick<MechanismVariant, 'on'>, name: string): string {
  return `${v.on ? '+' : '−'}${name}`;
}

const HEADER = ['mechanism', 'change', 'kpi', 'label', 'base_mean', 'variant_mean', 'diff_mean', 'diff_ci95_low', 'diff_ci95_high', 'significant', 'verdict', 'pairs', 'seed'];

/** Every KPI of every variant as CSV rows (with a BOM for spreadsheet programs). */
export function oneAtATimeCsv(variants: readonly Pick<MechanismVariant, 'mechanism' | 'on'>[], result: CompareManyResult, labelOf: (kpi: string) => string = () => ''): string {
  const lines = [HEADER.join(',')];
  variants.forEach((v, i) => {
    const r = result.variants[i];
    for (const [k, d] of Object.entries(r.differences.kpis)) {
      const j = judgeDifference(k, d);
      lines.push(
        [v.mechanism, v.on ? 'on' : 'off', k, labelOf(k), result.base.kpis[k]?.mean, r.summary.kpis[k]?.mean, d.mean, d.ci95[0], d.ci95[1], j.significant ? 'yes' : 'no', j.verdict, r.differences.pairs, result.base.seed]
          .map(csvField)
          .join(','),
      );
    }
  });
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
