/** MSER-5 warm-up detection (White 1997; Franklin & White 2008). */

/** The MSER-5 truncation point of an output series. */
export interface MserResult {
  /** number of leading observations to delete (a multiple of 5) */
  truncate: number;
  /** number of batches of 5 kept after truncation */
  batchesKept: number;
  /** the minimised statistic */
  mser: number;
}

/**
 * MSER-5: average the series in batches of 5 (Z₁…Z_b), then pick d ∈ [0, b/2] minimising
 * MSER(d) = Σ_{j>d} (Z_j − Z̄_d)² / (b − d)², where Z̄_d is the mean of the batches after d; the
 * warm-up is 5d observations. Pure; suffix sums make it O(n).
 */
export function mser5(series: ArrayLike<number>): MserResult {
  const b = Math.floor(series.length / 5);
  if (b < 2) return { truncate: 0, batchesKept: b, mser: NaN };
  const z = new Float64Array(b);
  for (let j = 0; j < b; j++) {
    let s = 0;
    for (let i = 0; i < 5; i++) s += series[5 * j + i];
    z[j] = s / 5;
  }
  // suffix sums of Z and Z²: Σ(Z−Z̄)² = ΣZ² − (ΣZ)²/m
  let sum = 0;
  let sum2 = 0;
  const suffix = new Float64Array(b + 1);
  const suffix2 = new Float64Array(b + 1);
  for (let j = b - 1; j >= 0; j--) {
    sum += z[j];
    sum2 += z[j] * z[j];
    suffix[j] = sum;
    suffix2[j] = sum2;
  }
  let best = 0;
  let bestVal = Infinity;
  const dMax = Math.floor(b / 2);
  for (let d = 0; d <= dMax; d++) {
    const m = b - d;
    const ss = Math.max(0, suffix2[d] - (suffix[d] * suffix[d]) / m);
    const v = ss / (m * m);
    if (v < bestVal) {
      bestVal = v;
      best = d;
    }
  }
  return { truncate: 5 * best, batchesKept: b - best, mser: bestVal };
}
