/**
 * The synergy of the five functions ("1+1>2", paper §3) as a testable number. For a chosen year,
 * the year's configuration is run with all five functions separate (base), with each one alone
 * integrated, and with all five integrated — seven variants under common random numbers (same
 * seed, year and replication index). Per KPI and replication:
 *
 *   synergy = (all − base) − Σ_f (only_f − base)
 *
 * the improvement of all together minus the sum of the improvements of each alone; its mean gets
 * a paired 95% t interval. Online adoption is the Bass curve each variant would have reached by
 * that year (its functions push it), so the e-government × information-release interaction is in.
 * Pure.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import { FUNCTION_IDS, FUNCTION_LEVEL_SCORE, type FunctionId, type FunctionLevel } from '../../domain/vocabulary';
import { KPIS, type KpiName } from '../../domain/kpis';
import { isSignificant } from '../../domain/significance';
import { simulateCentre } from '../centre/simulateCentre';
import { estimate } from '../stats/estimate';
import type { Estimate, Metrics } from '../types';
import { scaleDemand } from './applyEvent';
import { type ProjectionModels, compileYear, configureYears, projectionSettings } from './project';

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

/** Runs replications [from, to) of the seven variants; pure apart from timings. */
export function runSynergyReplications(s: CentreScenario, year: number, opts: { from: number; to: number; models: ProjectionModels; onProgress?: (done: number) => void }): SynergyReplication[] {
  const p = projectionSettings(s);
  const variants = synergyVariants(s, year, opts.models);
  const compiled = Object.entries(variants).map(([name, v]) => [name, compileYear(v, year, p.sampledDays, p.warmupDays, opts.models)] as const);
  const out: SynergyReplication[] = [];
  for (let r = opts.from; r < opts.to; r++) {
    out.push({ replication: r, variants: Object.fromEntries(compiled.map(([name, cc]) => [name, simulateCentre(cc, r).kpis])) });
    opts.onProgress?.(out.length);
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
  /** together − sumAlone, paired over replications */
  synergy: Estimate;
  /** the CI of the synergy excludes 0 and |synergy| ≥ the KPI's practical threshold (src/domain/significance.ts) */
  significant: boolean;
  /** with `better` taken into account: amplification (1+1>2), dampening, or none detectable */
  verdict: 'amplifies' | 'dampens' | 'not significant';
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
    const significant = isSignificant(k, synergy);
    const good = better === 'lower' ? synergy.mean < 0 : synergy.mean > 0;
    kpis[k] = {
      better,
      base: estimate(sorted.map((r) => v(r, 'base'))),
      all: estimate(sorted.map((r) => v(r, 'all'))),
      together: estimate(togetherRows),
      alone,
      sumAlone: estimate(sumAloneRows),
      synergy,
      significant,
      verdict: !significant ? 'not significant' : good ? 'amplifies' : 'dampens',
    };
  }
  return { name: s.name, year, seed: s.seed, replications: sorted.length, kpis };
}
