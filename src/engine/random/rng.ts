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
  /** the four 32-bit state words (a typed array: no boxing of 32-bit values in V8) */
  private readonly s = new Int32Array(4);

  /** Creates a generator seeded from three keys (see `reseed`). */
  constructor(seed: number, replication: number, stream: number) {
    this.reseed(seed, replication, stream);
  }

  /** Seeds the four state words from three keys via chained SplitMix32; never all zero. */
  reseed(seed: number, replication: number, stream: number): void {
    const s = this.s;
    let x = mix32((seed | 0) ^ 0x5bd1e995);
    x = mix32(x ^ Math.imul(replication | 0, 0x27d4eb2f));
    x = mix32(x ^ (stream | 0));
    s[0] = x;
    x = mix32(x);
    s[1] = x;
    x = mix32(x);
    s[2] = x;
    x = mix32(x);
    s[3] = x;
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
  }

  /** Next 32-bit unsigned integer; advances the state. */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0];
    const s1 = s[1];
    // result = rotl(s1 * 5, 7) * 9
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    const s2 = s[2] ^ s0;
    const s3 = s[3] ^ s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = (s3 << 11) | (s3 >>> 21);
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
