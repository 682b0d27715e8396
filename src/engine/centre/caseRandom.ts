/**
 * Counter-based random numbers for the centre simulation: a uniform is a hash of (replication
 * key, case number, purpose), so case i draws the same number for the same purpose in any
 * scenario that generates the same arrivals — common random numbers at the level of the single
 * case, whatever order events happen in. Pure.
 */
import { cos, log } from '../random/fdlibm';

/** 2^-32 */
const M32 = 2.3283064365386963e-10;

/** A 32-bit key for a (seed, replication) pair; pure. */
export function replicationKey(seed: number, replication: number): number {
  let x = Math.imul((seed | 0) ^ 0x3c6ef372, 0x9e3779b1) ^ Math.imul((replication | 0) + 0x7f4a7c15, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A uniform in (0, 1) for (key, case, purpose); pure (two rounds of a murmur-style finaliser). */
export function caseUniform(key: number, c: number, purpose: number): number {
  let x = key ^ Math.imul(c, 0x9e3779b1);
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  x ^= x >>> 16;
  x = (x + Math.imul(purpose + 1, 0x632be5ab)) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  x ^= x >>> 16;
  return ((x >>> 0) + 0.5) * M32;
}

/** A standard normal for (key, case, purpose) by Box–Muller from two hashed uniforms; pure. */
export function caseNormal(key: number, c: number, purpose: number): number {
  const u1 = caseUniform(key, c, purpose);
  const u2 = caseUniform(key ^ 0x5bd1e995, c, purpose);
  return Math.sqrt(-2 * log(u1)) * cos(6.283185307179586 * u2);
}
