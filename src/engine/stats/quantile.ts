/** Order statistics without a full sort. */

/**
 * The p-quantile of values[0..n) by linear interpolation between order statistics (Hyndman &
 * Fan type 7: h = (n−1)p, Q = x₍⌊h⌋₎ + (h−⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)); reorders `values` in place
 * (quickselect, O(n)); NaN when n = 0.
 */
export function quantileInPlace(values: Float64Array, n: number, p: number): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = select(values, n, lo);
  if (h === lo) return a;
  // the next order statistic is the minimum of the part above lo
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (values[i] < b) b = values[i];
  return a + (h - lo) * (b - a);
}

/** Several quantiles of values[0..n) (type 7); reorders `values` in place. */
export function quantilesInPlace(values: Float64Array, n: number, ps: readonly number[]): number[] {
  return ps.map((p) => quantileInPlace(values, n, p));
}

/** The k-th smallest (0-based) of a[0..n), leaving a partitioned around it (Hoare, median of 3). */
function select(a: Float64Array, n: number, k: number): number {
  let l = 0;
  let r = n - 1;
  while (r > l) {
    const m = (l + r) >> 1;
    // median of three as pivot
    let x = a[l];
    let y = a[m];
    let z = a[r];
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
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
