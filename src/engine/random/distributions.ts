/**
 * Probability distributions for times (minutes) and counts: their JSON spec, mean and variance
 * (closed forms), and a monomorphic `Sampler` the event loop calls without allocating.
 */
import type { Rng } from './rng';
import { standardExponential } from './ziggurat';
import { cos, exp, log } from './fdlibm';

/** Exponential: give `rate` (per minute) or `mean` (minutes). Mean 1/rate, variance mean². */
export interface ExponentialSpec { dist: 'exponential'; rate?: number; mean?: number }
/** Deterministic: always `value` (minutes). Variance 0. */
export interface DeterministicSpec { dist: 'deterministic'; value: number }
/** Erlang: sum of `k` exponential phases with total `mean`. Variance mean²/k. */
export interface ErlangSpec { dist: 'erlang'; k: number; mean: number }
/** Gamma: `shape` > 0 with `mean`. Variance mean²/shape (Erlang when shape is an integer). */
export interface GammaSpec { dist: 'gamma'; shape: number; mean: number }
/** Lognormal by `mean` and coefficient of variation `cv`: σ² = ln(1+cv²), μ = ln(mean) − σ²/2. */
export interface LognormalSpec { dist: 'lognormal'; mean: number; cv: number }
/** Uniform on [`min`, `max`]. Mean (a+b)/2, variance (b−a)²/12. */
export interface UniformSpec { dist: 'uniform'; min: number; max: number }
/** Triangular on [`min`, `max`] with mode `mode`. Mean (a+b+c)/3, variance (a²+b²+c²−ab−ac−bc)/18. */
export interface TriangularSpec { dist: 'triangular'; min: number; mode: number; max: number }
/** Empirical (discrete): one of `values`, with optional `weights` (default equal). */
export interface EmpiricalSpec { dist: 'empirical'; values: number[]; weights?: number[] }

/** Any distribution a scenario may name. */
export type DistributionSpec =
  | ExponentialSpec
  | DeterministicSpec
  | ErlangSpec
  | GammaSpec
  | LognormalSpec
  | UniformSpec
  | TriangularSpec
  | EmpiricalSpec;

/** Mean of a distribution (minutes); pure. */
export function distributionMean(d: DistributionSpec): number {
  switch (d.dist) {
    case 'exponential':
      return d.mean ?? 1 / (d.rate as number);
    case 'deterministic':
      return d.value;
    case 'erlang':
    case 'gamma':
    case 'lognormal':
      return d.mean;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'empirical': {
      const w = empiricalWeights(d);
      let m = 0;
      for (let i = 0; i < d.values.length; i++) m += w[i] * d.values[i];
      return m;
    }
  }
}

/** Variance of a distribution (minutes²); pure. */
export function distributionVariance(d: DistributionSpec): number {
  switch (d.dist) {
    case 'exponential': {
      const m = distributionMean(d);
      return m * m;
    }
    case 'deterministic':
      return 0;
    case 'erlang':
      return (d.mean * d.mean) / d.k;
    case 'gamma':
      return (d.mean * d.mean) / d.shape;
    case 'lognormal':
      return (d.mean * d.cv) ** 2;
    case 'uniform':
      return (d.max - d.min) ** 2 / 12;
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case 'empirical': {
      const w = empiricalWeights(d);
      const m = distributionMean(d);
      let v = 0;
      for (let i = 0; i < d.values.length; i++) v += w[i] * (d.values[i] - m) ** 2;
      return v;
    }
  }
}

/** Squared coefficient of variation Var/mean²; pure (0 when the mean is 0). */
export function distributionScv(d: DistributionSpec): number {
  const m = distributionMean(d);
  return m === 0 ? 0 : distributionVariance(d) / (m * m);
}

/** Normalised weights of an empirical distribution (equal when absent); pure. */
function empiricalWeights(d: EmpiricalSpec): number[] {
  const w = d.weights ?? d.values.map(() => 1);
  const s = w.reduce((x, y) => x + y, 0);
  return w.map((x) => x / s);
}

/** Sampler.kind of the exponential, whose draw mean · standardExponential(rng) callers may inline. */
export const EXPONENTIAL = 0;
const DETERMINISTIC = 1;
const ERLANG = 2;
const GAMMA = 3;
const LOGNORMAL = 4;
const UNIFORM = 5;
const TRIANGULAR = 6;
const EMPIRICAL = 7;
const TWO_PI = 2 * Math.PI;

/**
 * A compiled distribution: one class for every kind (a switch on `kind`) so the call site in the
 * event loop stays monomorphic. `sample` advances the given stream; nothing is allocated.
 */
export class Sampler {
  readonly kind: number;
  /** first parameter (mean, value, min, μ of the log); public so the event loop can inline the exponential case */
  readonly p0: number;
  /** second parameter (k, shape, σ, max, mode fraction) */
  private readonly p1: number;
  /** third parameter */
  private readonly p2: number;
  private readonly values: Float64Array;
  private readonly cumulative: Float64Array;
  readonly mean: number;
  readonly variance: number;

  /** Compiles a spec; pure. */
  constructor(spec: DistributionSpec) {
    this.mean = distributionMean(spec);
    this.variance = distributionVariance(spec);
    this.values = new Float64Array(0);
    this.cumulative = new Float64Array(0);
    this.p0 = 0;
    this.p1 = 0;
    this.p2 = 0;
    switch (spec.dist) {
      case 'exponential':
        this.kind = EXPONENTIAL;
        this.p0 = this.mean;
        break;
      case 'deterministic':
        this.kind = DETERMINISTIC;
        this.p0 = spec.value;
        break;
      case 'erlang':
        this.kind = ERLANG;
        this.p0 = spec.mean / spec.k; // phase mean
        this.p1 = spec.k;
        break;
      case 'gamma':
        this.kind = GAMMA;
        this.p0 = spec.mean / spec.shape; // scale θ
        this.p1 = spec.shape;
        break;
      case 'lognormal': {
        this.kind = LOGNORMAL;
        const s2 = log(1 + spec.cv * spec.cv);
        this.p0 = log(spec.mean) - s2 / 2;
        this.p1 = Math.sqrt(s2);
        break;
      }
      case 'uniform':
        this.kind = UNIFORM;
        this.p0 = spec.min;
        this.p1 = spec.max - spec.min;
        break;
      case 'triangular':
        this.kind = TRIANGULAR;
        this.p0 = spec.min;
        this.p1 = spec.max - spec.min;
        this.p2 = spec.max > spec.min ? (spec.mode - spec.min) / (spec.max - spec.min) : 0;
        break;
      case 'empirical': {
        this.kind = EMPIRICAL;
        const w = empiricalWeights(spec);
        this.values = Float64Array.from(spec.values);
        this.cumulative = new Float64Array(w.length);
        let c = 0;
        for (let i = 0; i < w.length; i++) this.cumulative[i] = c += w[i];
        this.cumulative[w.length - 1] = 1;
        break;
      }
    }
  }

  /** Draws one value; advances `rng` (a fixed number of draws per kind except gamma). */
  sample(rng: Rng): number {
    switch (this.kind) {
      case EXPONENTIAL:
        return this.p0 * standardExponential(rng);
      case DETERMINISTIC:
        return this.p0;
      case ERLANG: {
        // sum of k exponentials = −θ ln Π u_i (the product is logged before it could underflow)
        let prod = 1;
        let logs = 0;
        for (let i = 0; i < this.p1; i++) {
          prod *= rng.next();
          if (prod < 1e-250) {
            logs += log(prod);
            prod = 1;
          }
        }
        return -this.p0 * (logs + log(prod));
      }
      case GAMMA:
        return this.p0 * gammaUnitScale(this.p1, rng);
      case LOGNORMAL:
        return exp(this.p0 + this.p1 * standardNormal(rng));
      case UNIFORM:
        return this.p0 + this.p1 * rng.next();
      case TRIANGULAR: {
        // inverse CDF: F⁻¹(u) = a + √(u·f)·(b−a) if u < f, else b − √((1−u)(1−f))·(b−a)
        const u = rng.next();
        const f = this.p2;
        return u < f
          ? this.p0 + this.p1 * Math.sqrt(u * f)
          : this.p0 + this.p1 * (1 - Math.sqrt((1 - u) * (1 - f)));
      }
      default: {
        const u = rng.next();
        const cum = this.cumulative;
        let i = 0;
        while (cum[i] < u) i++;
        return this.values[i];
      }
    }
  }
}

/** Standard normal by Box–Muller (two uniforms, one value, no cached spare); advances `rng`. */
export function standardNormal(rng: Rng): number {
  const u1 = rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * log(u1)) * cos(TWO_PI * u2);
}

/** Gamma(shape, 1) by Marsaglia–Tsang (2000), with the u^(1/shape) boost for shape < 1. */
function gammaUnitScale(shape: number, rng: Rng): number {
  if (shape < 1) return gammaUnitScale(shape + 1, rng) * exp(log(rng.next()) / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.next();
    if (log(u) < 0.5 * x * x + d - d * v + d * log(v)) return d * v;
  }
}
