/**
 * Seedable pseudo-random numbers: xoshiro128** (Blackman & Vigna 2018), 32-bit state words,
 * seeded through SplitMix32 from (seed, replication, source name) so every replication and every
 * random source (arrivals of a class, service at a station, routing, behaviour) has its own
 * independent stream. Two scenarios that name a source the same way draw the same numbers from it:
 * that is what makes common random numbers (paired comparisons) work.
 */

/** FNV-1a 32-bit hash of a string; pure. Used to turn a source name into a stream key. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One SplitMix32 step (a good 32-bit finaliser); pure. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** 2^-32: turns a 32-bit integer into a fraction of one. */
const TWO_POW_M32 = 2.3283064365386963e-10;

/** A xoshiro128** generator; stateful (each call advances it), deterministic given its seed. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Seeds the four state words from three keys via chained SplitMix32; never all zero. */
  constructor(seed: number, replication: number, stream: number) {
    let x = mix32((seed | 0) ^ 0x5bd1e995);
    x = mix32(x ^ Math.imul(replication | 0, 0x27d4eb2f));
    x = mix32(x ^ (stream | 0));
    this.a = x | 0;
    x = mix32(x);
    this.b = x | 0;
    x = mix32(x);
    this.c = x | 0;
    x = mix32(x);
    this.d = x | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Next 32-bit unsigned integer; advances the state. */
  nextUint32(): number {
    const a = this.a;
    const b = this.b;
    // result = rotl(b * 5, 7) * 9
    const t = Math.imul(b, 5);
    const r = Math.imul((t << 7) | (t >>> 25), 9);
    const s = b << 9;
    let c = this.c ^ a;
    let d = this.d ^ b;
    this.b = b ^ c;
    this.a = a ^ d;
    c ^= s;
    d = (d << 11) | (d >>> 21);
    this.c = c;
    this.d = d;
    return r >>> 0;
  }

  /** A uniform number strictly inside (0, 1): (k + 0.5) / 2^32; advances the state. */
  next(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_M32;
  }
}

/** Creates the stream for (seed, replication, source name); pure apart from allocation. */
export function streamFor(seed: number, replication: number, source: string): Rng {
  return new Rng(seed, replication, hashString(source));
}
