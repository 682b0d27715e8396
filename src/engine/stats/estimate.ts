/** Replication statistics: mean and 95% Student-t confidence interval, kept inside a KPI's bounds. */
import { kpiBounds, type KpiBounds } from '../../domain/kpis';
import type { Estimate } from '../types';
import { exp, log } from '../random/fdlibm';

/**
 * t quantile t₀.₉₇₅ with df degrees of freedom; pure. Exact table to df = 30, then the
 * Cornish–Fisher expansion t ≈ z + g₁/ν + g₂/ν² + g₃/ν³ + g₄/ν⁴ (Abramowitz & Stegun 26.7.5),
 * accurate to < 1e-6 there.
 */
export function t975(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df <= 30) return T975[Math.floor(df) - 1];
  const z = 1.959963984540054;
  const z2 = z * z;
  const g1 = (z2 * z + z) / 4;
  const g2 = (5 * z2 * z2 * z + 16 * z2 * z + 3 * z) / 96;
  const g3 = (3 * z2 * z2 * z2 * z + 19 * z2 * z2 * z + 17 * z2 * z - 15 * z) / 384;
  const g4 = (79 * z2 ** 4 * z + 776 * z2 ** 3 * z + 1482 * z2 * z2 * z - 1920 * z2 * z - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

const T975 = [
  12.706204736174698, 4.302652729749464, 3.182446305284263, 2.7764451051977934, 2.5705818356363146,
  2.4469118511449692, 2.3646242515927844, 2.306004135204166, 2.262157162798205, 2.2281388519649385,
  2.200985160082949, 2.1788128296634177, 2.1603686564627917, 2.1447866879178035, 2.131449545559774,
  2.1199052992212533, 2.1098155778333156, 2.100922040241039, 2.093024054408307, 2.0859634472658626,
  2.0796138447276604, 2.0738730679040147, 2.068657610419041, 2.0638985616280205, 2.059538552753294,
  2.055529438642871, 2.0518305164802833, 2.048407141795244, 2.045229642132703, 2.0422724563012373,
];

/**
 * Mean and 95% t interval of replication values: x̄ ± t₀.₉₇₅,ₙ₋₁ · s/√n; pure. NaN values make
 * the estimate NaN; with n < 2 the interval is [x̄, x̄] and the half-width NaN-free 0.
 */
export function estimate(values: ArrayLike<number>): Estimate {
  const n = values.length;
  if (n === 0) return { mean: NaN, ci95: [NaN, NaN], halfWidth: NaN, n: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  if (n < 2) return { mean, ci95: [mean, mean], halfWidth: 0, n };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const halfWidth = (t975(n - 1) * sd) / Math.sqrt(n);
  return { mean, ci95: [mean - halfWidth, mean + halfWidth], halfWidth, n };
}

const logit = (p: number) => log(p / (1 - p));
const expit = (x: number) => 1 / (1 + exp(-x));

/**
 * Mean and a 95% interval that stays inside `bounds` ([lower, upper], null = unbounded); pure.
 * The plain t interval when it already lies inside (no `method`). Otherwise, with h = t₀.₉₇₅ ·
 * s/√n and the delta method (se of g(x̄) ≈ g′(x̄) · se of x̄), an interval for the *mean* on a
 * scale where the bound is out of reach, back-transformed:
 * - a share in [L, U] (p = (x̄ − L)/(U − L)): logit p ± h/((U − L) · p(1 − p)) — `logit-t`;
 * - bounded below only: log(x̄ − L) ± h/(x̄ − L), i.e. [L + (x̄ − L)e^(−d), L + (x̄ − L)e^d] —
 *   `log-t` (bounded above only: the same on U − x̄);
 * - when the mean sits on a bound, the t interval clipped at the bound — `clipped`.
 * If a replication lies outside the bounds they are not this metric's bounds: plain t.
 * halfWidth stays the t half-width h (the precision of the mean); paired differences, which may
 * be negative, use `estimate`.
 */
export function boundedEstimate(values: ArrayLike<number>, bounds: KpiBounds): Estimate {
  const e = estimate(values);
  const [lo, hi] = bounds;
  const [a, b] = e.ci95;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return e;
  if ((lo === null || a >= lo) && (hi === null || b <= hi)) return e;
  // a replication outside the bounds means they are not this metric's (e.g. a utilisation
  // counting work after closing): keep the t interval rather than cut off real values
  for (let i = 0; i < values.length; i++) if ((lo !== null && values[i] < lo) || (hi !== null && values[i] > hi)) return e;
  const { mean: m, halfWidth: h } = e;
  if (lo !== null && hi !== null && m > lo && m < hi) {
    const w = hi - lo;
    const p = (m - lo) / w;
    const d = h / (w * p * (1 - p));
    return { ...e, ci95: [lo + w * expit(logit(p) - d), lo + w * expit(logit(p) + d)], method: 'logit-t' };
  }
  if (lo !== null && hi === null && m > lo) {
    const x = m - lo;
    return { ...e, ci95: [lo + x * exp(-h / x), lo + x * exp(h / x)], method: 'log-t' };
  }
  if (lo === null && hi !== null && m < hi) {
    const x = hi - m;
    return { ...e, ci95: [hi - x * exp(h / x), hi - x * exp(-h / x)], method: 'log-t' };
  }
  const clip = (v: number) => Math.min(hi ?? Infinity, Math.max(lo ?? -Infinity, v));
  return { ...e, ci95: [clip(a), clip(b)], method: 'clipped' };
}

/** A metric's estimate with its interval kept inside the catalogue's bounds for that name (`kpiBounds`; unknown names: plain t); pure. */
export function estimateKpi(name: string, values: ArrayLike<number>): Estimate {
  return boundedEstimate(values, kpiBounds(name));
}

/** Sample standard deviation (n − 1 denominator); pure. */
export function sampleSd(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}
