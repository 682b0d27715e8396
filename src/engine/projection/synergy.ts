/**
 * The synergy of the five functions ("1+1>2", paper §3) as a testable number. For a chosen year,
 * the year's configuration is run with all five functions separate (base), with each one alone
 * integrated, and with all five integrated — seven variants under common random numbers (same
 * seed, year and replication index). Per KPI and replication:
 *
 *   synergy = (all − base) − Σ_f (only_f − base)
 *
 * the improvement of all together minus the sum of the improvements of each alone; its mean gets
 * a paired 95% t interval. Because the KPIs are convex and floored (a wait cannot halve twice below
 * 0), the verdict is read on the ratio scale: R = (all ÷ base) ÷ Π_f (only_f ÷ base), the factor
 * by which all five together beat the product of each one's own relative effect (R = 1: the effects
 * combine multiplicatively, no interaction). Its 95% CI is a delete-one jackknife over replications
 * on log R — leaving a replication out of every variant at once, so common random numbers pair
 * them — and it is material at |R − 1| ≥ SYNERGY_MATERIALITY (src/domain/kpis.ts). Online adoption is the Bass curve each variant would have reached by
 * that year (its functions push it), so the e-government × information-release interaction is in.
 * Pure.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import { FUNCTION_IDS, FUNCTION_LEVEL_SCORE, type FunctionId, type FunctionLevel } from '../../domain/vocabulary';
import { KPIS, SYNERGY_MATERIALITY, type KpiName } from '../../domain/kpis';
import { simulateCentre } from '../centre/simulateCentre';
import { estimate, t975 } from '../stats/estimate';
import type { Estimate, Metrics } from '../types';
import { scaleDemand } from './applyEvent';
import { type ProjectionModels, compileYear, configureYears, projectionSettings } from './project';
import { exp, log } from '../random/fdlibm';

/** KPIs the synergy reports; the direction that counts as an improvement is the catalogue's (src/domain/kpis.ts). */
export const SYNERGY_KPIS = [
  'leadTimeDays',
  'tripsPerCase',
  'applicantHoursPerCase',
  'rejectedTripsPerCase',
  'meanWaitMinutes',
  'onTimeRate',
  'onlineRate',
  'complaintsPer10k',
  'complaintResolutionDays',
  'badRatingRate',
] as const satisfies readonly KpiName[];

/** The catalogue's better direction of a synergy KPI (each has one; a KPI without is a programming error). */
function betterOf(k: (typeof SYNERGY_KPIS)[number]): 'lower' | 'higher' {
  const better = KPIS[k].better;
  if (better === null) throw new Error(`synergy KPI ${k} has no better direction in the catalogue`);
  return better;
}

/** The seven variants' names. */
export const SYNERGY_VARIANTS = ['base', ...FUNCTION_IDS.map((f) => `only:${f}`), 'all'] as const;

/** The year's configuration for each variant (base, only:<fn>, all); pure. */
export function synergyVariants(s: CentreScenario, year: number, models: Pick<ProjectionModels, 'fiveFunctionsMachine'>): Record<string, CentreScenario> {
  const years = configureYears(s, models);
  const yi = years.findIndex((c) => c.year === year);
  if (yi < 0) throw new Error(`year ${year} is outside the projection (${years[0].year}–${years[years.length - 1].year})`);
  const p = projectionSettings(s);
  let growth = 1;
  for (let i = 1; i <= yi; i++) growth *= 1 + years[i].scenario.demand.growth;
  const cfg = scaleDemand(years[yi].scenario, growth);
  const allAt = (level: FunctionLevel) => Object.fromEntries(FUNCTION_IDS.map((f) => [f, level])) as Record<FunctionId, FunctionLevel>;
  const variant = (functions: Record<FunctionId, FunctionLevel>): CentreScenario => {
    // adoption the Bass curve reaches by `year` with these functions (no KPI feedback)
    let a = s.demand.onlineAdoption;
    const L = (f: FunctionId) => FUNCTION_LEVEL_SCORE[functions[f]];
    for (let i = 0; i < yi; i++) {
      if (!years[i].scenario.mechanisms.onlineApproval.on) continue;
      const pp = p.adoption.innovation * (1 + p.adoption.releaseBoost * L('informationRelease'));
      const qq = p.adoption.imitation * (1 + p.adoption.eGovernmentBoost * L('eGovernment'));
      a = Math.min(p.adoption.ceiling, a + (pp + qq * a) * Math.max(0, p.adoption.ceiling - a));
    }
    return { ...cfg, functions, demand: { ...cfg.demand, onlineAdoption: a } };
  };
  const out: Record<string, CentreScenario> = { base: variant(allAt('separate')) };
  for (const f of FUNCTION_IDS) out[`only:${f}`] = variant({ ...allAt('separate'), [f]: 'integrated' });
  out.all = variant(allAt('integrated'));
  return out;
}

/** One replication of every variant (common random numbers); pure apart from timings. */
export interface SynergyReplication {
  replication: number;
  variants: Record<string, Metrics>;
}

/**
 * Runs replications [from, to) of the seven variants; pure apart from timings. `onProgress` gets
 * the replications finished and, every `progressEveryDays` simulated days inside one, the share of
 * its seven variants' days done (0–1); it only observes.
 */
export function runSynergyReplications(
  s: CentreScenario,
  year: number,
  opts: { from: number; to: number; models: ProjectionModels; onProgress?: (done: number, nextShare?: number) => void; progressEveryDays?: number },
): SynergyReplication[] {
  const p = projectionSettings(s);
  const variants = synergyVariants(s, year, opts.models);
  const compiled = Object.entries(variants).map(([name, v]) => [name, compileYear(v, year, p.sampledDays, p.warmupDays, opts.models)] as const);
  const out: SynergyReplication[] = [];
  const onProgress = opts.onProgress;
  const inside = onProgress && opts.progressEveryDays !== undefined ? onProgress : undefined;
  for (let r = opts.from; r < opts.to; r++) {
    const kpis = compiled.map(([name, cc], v) => {
      const watch = inside && { progressEveryDays: opts.progressEveryDays, onDays: (d: number, total: number) => void (d < total && inside(out.length, (v + d / total) / compiled.length)) };
      const result = simulateCentre(cc, r, undefined, watch).kpis;
      if (inside && v < compiled.length - 1) inside(out.length, (v + 1) / compiled.length);
      return [name, result] as const;
    });
    out.push({ replication: r, variants: Object.fromEntries(kpis) });
    onProgress?.(out.length);
  }
  return out;
}

/** Synergy of one KPI. */
export interface SynergyKpi {
  better: 'lower' | 'higher';
  base: Estimate;
  all: Estimate;
  /** all − base */
  together: Estimate;
  /** only_f − base per function */
  alone: Record<string, Estimate>;
  /** Σ_f (only_f − base) */
  sumAlone: Estimate;
  /** together − sumAlone, paired over replications (additive scale, shown for reference) */
  synergy: Estimate;
  /** the interaction on the ratio scale, R − 1 with its 95% CI; null when a variant's mean is 0 (e.g. no online cases at all) */
  relative: RatioInteraction | null;
  /** |R − 1| ≥ SYNERGY_MATERIALITY */
  material: boolean;
  /** the CI of R − 1 excludes 0 and the interaction is material */
  significant: boolean;
  /** with `better` taken into account: amplification (1+1>2), dampening, or none detectable */
  verdict: 'amplifies' | 'dampens' | 'not significant' | 'undefined';
}

/** R − 1 = (all ÷ base) ÷ Π_f (only_f ÷ base) − 1 with a 95% delete-one jackknife interval on log R. */
export interface RatioInteraction {
  mean: number;
  ci95: [number, number];
  n: number;
  method: 'jackknife-log-t';
}

/** log R from the variants' means; NaN when a mean is not positive. */
function logInteraction(means: Record<string, number>): number {
  if (!(means.base > 0) || !(means.all > 0) || FUNCTION_IDS.some((f) => !(means[`only:${f}`] > 0))) return NaN;
  const lb = log(means.base);
  return log(means.all) - lb - FUNCTION_IDS.reduce((a, f) => a + log(means[`only:${f}`]) - lb, 0);
}

/**
 * The ratio-scale interaction of a KPI over replications (each a record of the variants' values):
 * log R of the means, and a delete-one jackknife t interval (n − 1 df) on it; pure. Null when a
 * variant's mean (or a jackknife mean) is not positive, or n < 2.
 */
export function ratioInteraction(rows: readonly Record<string, number>[]): RatioInteraction | null {
  const n = rows.length;
  if (n < 2) return null;
  const names = Object.keys(rows[0]);
  const sums = Object.fromEntries(names.map((v) => [v, rows.reduce((a, r) => a + r[v], 0)]));
  const full = logInteraction(Object.fromEntries(names.map((v) => [v, sums[v] / n])));
  const loo = rows.map((r) => logInteraction(Object.fromEntries(names.map((v) => [v, (sums[v] - r[v]) / (n - 1)]))));
  if (!Number.isFinite(full) || loo.some((x) => !Number.isFinite(x))) return null;
  const m = loo.reduce((a, b) => a + b, 0) / n;
  const se = Math.sqrt(((n - 1) / n) * loo.reduce((a, x) => a + (x - m) ** 2, 0));
  const h = t975(n - 1) * se;
  return { mean: exp(full) - 1, ci95: [exp(full - h) - 1, exp(full + h) - 1], n, method: 'jackknife-log-t' };
}

/** The synergy summary of a year. */
export interface SynergyResult {
  name: string;
  year: number;
  seed: number;
  replications: number;
  kpis: Record<string, SynergyKpi>;
}

/** Summarises variant replications into per-KPI synergy with paired CIs; pure. */
export function summariseSynergy(s: CentreScenario, year: number, reps: SynergyReplication[]): SynergyResult {
  const sorted = [...reps].sort((a, b) => a.replication - b.replication);
  const kpis: Record<string, SynergyKpi> = {};
  for (const k of SYNERGY_KPIS) {
    const better = betterOf(k);
    const v = (r: SynergyReplication, name: string) => r.variants[name][k] ?? 0;
    const alone = Object.fromEntries(FUNCTION_IDS.map((f) => [f, estimate(sorted.map((r) => v(r, `only:${f}`) - v(r, 'base')))]));
    const sumAloneRows = sorted.map((r) => FUNCTION_IDS.reduce((a, f) => a + v(r, `only:${f}`) - v(r, 'base'), 0));
    const togetherRows = sorted.map((r) => v(r, 'all') - v(r, 'base'));
    const synergy = estimate(togetherRows.map((t, i) => t - sumAloneRows[i]));
    const relative = ratioInteraction(sorted.map((r) => Object.fromEntries(SYNERGY_VARIANTS.map((name) => [name, v(r, name)]))));
    const material = relative !== null && Math.abs(relative.mean) >= SYNERGY_MATERIALITY;
    const significant = relative !== null && material && (relative.ci95[0] > 0 || relative.ci95[1] < 0);
    const good = relative !== null && (better === 'lower' ? relative.mean < 0 : relative.mean > 0);
    kpis[k] = {
      better,
      base: estimate(sorted.map((r) => v(r, 'base'))),
      all: estimate(sorted.map((r) => v(r, 'all'))),
      together: estimate(togetherRows),
      alone,
      sumAlone: estimate(sumAloneRows),
      synergy,
      relative,
      material,
      significant,
      verdict: relative === null ? 'undefined' : !significant ? 'not significant' : good ? 'amplifies' : 'dampens',
    };
  }
  return { name: s.name, year, seed: s.seed, replications: sorted.length, kpis };
}
