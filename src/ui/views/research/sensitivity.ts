/**
 * One-at-a-time sensitivity, pure: for each chosen registry parameter, the base scenario with the
 * parameter set low and set high (± a share of its current value, inside its bounds), so that
 * every variant's paired difference against the base (common random numbers) is one bar of the
 * tornado chart.
 */
import type { ParameterSpec } from '../../../domain/parameters';
import { getPath, setPath, type ScenarioJson } from '../../draft/leverDraft';

/** How far a parameter is moved each way: ±20% of its value. An assumption of this view. */
export const SENSITIVITY_STEP = 0.2;

export interface SensitivityVariant {
  path: string;
  value: number;
  low: number;
  high: number;
}

/** The parameter's value in a scenario (its registry default when the scenario does not set it). Pure. */
export function currentValue(json: ScenarioJson, spec: Pick<ParameterSpec, 'path' | 'default'>): number {
  const v = getPath(json, spec.path);
  return typeof v === 'number' ? v : typeof spec.default === 'number' ? spec.default : NaN;
}

/** A value inside the parameter's bounds, whole when it must be. Pure. */
function clamp(spec: Pick<ParameterSpec, 'min' | 'max' | 'integer'>, v: number): number {
  const lo = spec.min ?? -Infinity;
  const hi = spec.max ?? Infinity;
  const x = Math.min(hi, Math.max(lo, v));
  return spec.integer ? Math.round(x) : Number(x.toPrecision(10));
}

/**
 * The low and high settings of each parameter (value × (1 ∓ step), clamped and rounded); a
 * parameter whose low and high both equal its value (a value of 0, or a whole number too small to
 * move) is left out and listed in `unmoved`. Pure.
 */
export function sensitivityVariants(json: ScenarioJson, specs: readonly ParameterSpec[], step = SENSITIVITY_STEP): { variants: SensitivityVariant[]; unmoved: string[] } {
  const variants: SensitivityVariant[] = [];
  const unmoved: string[] = [];
  for (const spec of specs) {
    const value = currentValue(json, spec);
    if (!Number.isFinite(value)) continue;
    const low = clamp(spec, value * (1 - step));
    const high = clamp(spec, value * (1 + step));
    if (low === value && high === value) unmoved.push(spec.path);
    else variants.push({ path: spec.path, value, low, high });
  }
  return { variants, unmoved };
}

/** The scenarios to compare with the base: low then high of each variant, in order. Pure. */
export function sensitivityScenarios(json: ScenarioJson, variants: readonly SensitivityVariant[]): ScenarioJson[] {
  return variants.flatMap((v) => [setPath(json, v.path, v.low), setPath(json, v.path, v.high)]);
}
