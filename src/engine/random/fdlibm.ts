/**
 * exp, log and cos computed with IEEE-754 additions, multiplications and divisions only (ports of
 * fdlibm / FreeBSD msun `e_exp.c`, `e_log.c`, `s_cos.c`, `k_cos.c`, `k_sin.c`, `e_rem_pio2.c`,
 * the medium-argument path). Pure.
 *
 * Why: `Math.exp`, `Math.log` and `Math.cos` are not specified to the bit, and JavaScript engines
 * differ — Chromium 156 and Node 20 disagree in the last bit for about 1 in 10 arguments (issue 12
 * point 7, found by tests/e2e/determinism.spec.ts). Every sampled duration goes through one of
 * them, so the CLI and the browser gave KPIs that differed by ~1e-16. These functions give the
 * same bits on every engine (error below 1 ulp, as fdlibm's), so a seed means the same numbers
 * everywhere. `Math.sqrt` is correctly rounded by the standard and needs no replacement.
 */

// One scratch double with its two 32-bit halves (little-endian, as every supported platform is).
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
const LO = 0;
const HI = 1;

function highWord(x: number): number {
  f64[0] = x;
  return i32[HI];
}

const HALF = [0.5, -0.5];
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
const LN2_HI = [6.93147180369123816490e-1, -6.93147180369123816490e-1];
const LN2_LO = [1.90821492927058770002e-10, -1.90821492927058770002e-10];
const INV_LN2 = 1.44269504088896338700e0;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_M1000 = 9.33263618503218878990e-302;

/** e^x, bit-identical on every JavaScript engine (fdlibm `__ieee754_exp`). Pure. */
export function exp(x: number): number {
  let hx = highWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) {
      if (Number.isNaN(x)) return x;
      return xsb === 0 ? x : 0;
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      hi = x - LN2_HI[xsb];
      lo = LN2_LO[xsb];
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + HALF[xsb]);
      hi = x - k * LN2_HI[0];
      lo = k * LN2_LO[0];
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  f64[0] = y;
  if (k >= -1021) {
    i32[HI] += k << 20;
    return f64[0];
  }
  i32[HI] += (k + 1000) << 20;
  return f64[0] * TWO_M1000;
}

const TWO54 = 1.80143985094819840000e16;
const LN2HI = 6.93147180369123816490e-1;
const LN2LO = 1.90821492927058770002e-10;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** The natural logarithm, bit-identical on every JavaScript engine (fdlibm `__ieee754_log`). Pure. */
export function log(x: number): number {
  f64[0] = x;
  let hx = i32[HI];
  const lx = i32[LO];
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  f64[0] = x;
  i32[HI] = hx | (i ^ 0x3ff00000);
  x = f64[0];
  k += i >> 20;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    if (f === 0) return k === 0 ? 0 : k * LN2HI + k * LN2LO;
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - R : k * LN2HI - (R - k * LN2LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : k * LN2HI - (hfsq - (s * (hfsq + R) + k * LN2LO) - f);
  }
  return k === 0 ? f - s * (f - R) : k * LN2HI - (s * (f - R) - k * LN2LO - f);
}

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

function kernelCos(x: number, y: number): number {
  const z = x * x;
  const w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  const v = 1 - hz;
  return v + (1 - v - hz + (z * r - x * y));
}

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

function kernelSin(x: number, y: number): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417e0;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;
const TO_INT = 6755399441055744; // 1.5 × 2^52: adding and subtracting it rounds to the nearest integer (ties to even)
/** |x| below which the medium-argument reduction is exact enough: 2^20 × π/2 */
const MEDIUM = 1647099.3291652855;

/**
 * cos x, bit-identical on every JavaScript engine (fdlibm `cos` with the medium-argument
 * reduction), for |x| < 2^20·π/2 ≈ 1.6e6 — the engine only takes the cosine of 2π·u, u in (0, 1).
 * Larger arguments fall back to Math.cos. Pure.
 */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return ix < 0x3e46a09e ? 1 : kernelCos(x, 0);
  if (ix >= 0x7ff00000) return NaN;
  if (Math.abs(x) >= MEDIUM) return Math.cos(x);
  const fn = x * INV_PIO2 + TO_INT - TO_INT;
  const n = fn | 0;
  let r = x - fn * PIO2_1;
  let w = fn * PIO2_1T;
  let y0 = r - w;
  const j = ix >> 20;
  if (j - ((highWord(y0) >> 20) & 0x7ff) > 16) {
    let t = r;
    w = fn * PIO2_2;
    r = t - w;
    w = fn * PIO2_2T - (t - r - w);
    y0 = r - w;
    if (j - ((highWord(y0) >> 20) & 0x7ff) > 49) {
      t = r;
      w = fn * PIO2_3;
      r = t - w;
      w = fn * PIO2_3T - (t - r - w);
      y0 = r - w;
    }
  }
  const y1 = r - y0 - w;
  switch (n & 3) {
    case 0:
      return kernelCos(y0, y1);
    case 1:
      return -kernelSin(y0, y1);
    case 2:
      return -kernelCos(y0, y1);
    default:
      return kernelSin(y0, y1);
  }
}
