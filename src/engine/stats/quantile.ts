/** Order statistics without a full sort. */

/** Above this many values, order statistics come from a histogram pass, not quickselect. */
const HISTOGRAM_FROM = 4096;
/** At most this many histogram buckets (about n/4 are used: a few values per bucket). */
const MAX_BUCKETS = 1 << 14;

/**
 * The p-quantile of values[0..n) by linear interpolation between order statistics (Hyndman &
 * Fan type 7: h = (n−1)p, Q = x₍⌊h⌋₎ + (h−⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)); O(n). May reorder
 * `values`; NaN when n = 0.
 */
export function quantileInPlace(values: Float64Array, n: number, p: number): number {
  return quantilesInPlace(values, n, [p])[0];
}

/**
 * Several type-7 quantiles of values[0..n) at once; O(n). Small inputs use quickselect (which
 * reorders `values`); large ones three passes that leave it untouched: min/max, a histogram of
 * equal-width buckets, then a gather of only the buckets holding the wanted ranks, selected
 * inside.
 */
export function quantilesInPlace(values: Float64Array, n: number, ps: readonly number[]): number[] {
  if (n === 0) return ps.map(() => NaN);
  const hs = ps.map((p) => (n - 1) * p);
  const ranks: number[] = [];
  for (const h of hs) {
    const lo = Math.floor(h);
    ranks.push(lo);
    if (h > lo) ranks.push(lo + 1);
  }
  const stat = n >= HISTOGRAM_FROM ? orderStatistics(values, n, ranks) : ranks.map((k) => select(values, n, k));
  const byRank = new Map(ranks.map((k, i) => [k, stat[i]]));
  return hs.map((h) => {
    const lo = Math.floor(h);
    const a = byRank.get(lo) as number;
    return h === lo ? a : a + (h - lo) * ((byRank.get(lo + 1) as number) - a);
  });
}

/** The order statistics of ranks `ks` (0-based) of v[0..n) by histogram; pure. */
function orderStatistics(v: Float64Array, n: number, ks: readonly number[]): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!(max > min)) return ks.map(() => min);
  const BUCKETS = Math.min(MAX_BUCKETS, n >> 2);
  const scale = BUCKETS / (max - min);
  const counts = new Int32Array(BUCKETS + 1);
  for (let i = 0; i < n; i++) counts[((v[i] - min) * scale) | 0]++;
  // bucket and rank-within-bucket of each wanted rank
  const want = new Int32Array(BUCKETS + 1).fill(-1);
  const bucketOf: number[] = [];
  const offsetIn: number[] = [];
  const gathered: Float64Array[] = [];
  for (const k of ks) {
    let b = 0;
    let below = 0;
    while (below + counts[b] <= k) below += counts[b++];
    bucketOf.push(b);
    offsetIn.push(k - below);
    if (want[b] < 0) {
      want[b] = gathered.length;
      gathered.push(new Float64Array(counts[b]));
    }
  }
  const fill = new Int32Array(gathered.length);
  for (let i = 0; i < n; i++) {
    const x = v[i];
    const g = want[((x - min) * scale) | 0];
    if (g >= 0) gathered[g][fill[g]++] = x;
  }
  return ks.map((_, i) => {
    const g = want[bucketOf[i]];
    return select(gathered[g].slice(), fill[g], offsetIn[i]);
  });
}

/** The k-th smallest (0-based) of a[0..n), leaving a partitioned around it (Hoare, median of 3). */
function select(a: Float64Array, n: number, k: number): number {
  let l = 0;
  let r = n - 1;
  while (r > l) {
    const m = (l + r) >> 1;
    // median of three as pivot
    const x = a[l];
    const y = a[m];
    const z = a[r];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = l;
    let j = r;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const tmp = a[i];
        a[i] = a[j];
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return a[k];
  }
  return a[k];
}
