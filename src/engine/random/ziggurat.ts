/**
 * Exponential variates by the ziggurat method (Marsaglia & Tsang 2000, 256 layers): one 32-bit
 * draw and a table lookup in about 98.9% of cases, no logarithm. The low 8 bits of the draw pick
 * the layer and the high 24 bits the position in it (independent bits, unlike the original,
 * which reused the index bits in the position).
 */
import type { Rng } from './rng';
import { exp, log } from './fdlibm';

const LAYERS = 256;
const M = 16777216; // 2^24: resolution of the position inside a layer
/** right edge of the base layer's tail, x₂₅₅ */
const R = 7.697117470131487;
/** area of each layer */
const V = 3.949659822581572e-3;

/** ke[i]: threshold below which a position in layer i lies wholly under the density (× 2^24) */
const ke = new Float64Array(LAYERS);
/** we[i]: x-scale of layer i (its right edge / 2^24) */
const we = new Float64Array(LAYERS);
/** fe[i] = exp(−xᵢ) */
const fe = new Float64Array(LAYERS);

// Tables (Marsaglia & Tsang's zigset): x₂₅₅ = R, x_{i−1} = −ln(V/xᵢ + exp(−xᵢ)).
{
  let de = R;
  let te = R;
  const q = V / exp(-de);
  ke[0] = (de / q) * M;
  ke[1] = 0;
  we[0] = q / M;
  we[LAYERS - 1] = de / M;
  fe[0] = 1;
  fe[LAYERS - 1] = exp(-de);
  for (let i = LAYERS - 2; i >= 1; i--) {
    de = -log(V / de + exp(-de));
    ke[i + 1] = (de / te) * M;
    te = de;
    fe[i] = exp(-de);
    we[i] = de / M;
  }
}

/** A standard exponential variate (mean 1); advances `rng` (one draw in the common case). */
export function standardExponential(rng: Rng): number {
  const j = rng.nextUint32();
  const i = j & 255;
  const u = j >>> 8;
  if (u < ke[i]) return u * we[i];
  return exponentialSlow(rng, i, u);
}

/** The rare path: the tail of the base layer, or a point near a layer's curved edge. */
function exponentialSlow(rng: Rng, i: number, u: number): number {
  for (;;) {
    if (i === 0) return R - log(rng.next());
    const x = u * we[i];
    if (fe[i] + rng.next() * (fe[i - 1] - fe[i]) < exp(-x)) return x;
    const j = rng.nextUint32();
    i = j & 255;
    u = j >>> 8;
    if (u < ke[i]) return u * we[i];
  }
}
