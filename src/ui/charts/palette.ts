/**
 * Colours of the results charts, safe for colour-blind readers: the Okabe–Ito categorical set
 * (Okabe & Ito 2008, "Color Universal Design") and the viridis sequential ramp (perceptually
 * uniform, readable in grey and with deuteranopia/protanopia). Pure data and one interpolation.
 */

/** Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;

/** Viridis at 9 evenly spaced stops (0 → 1). */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'] as const;

const rgb = (hex: string) => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/** The viridis colour of t ∈ [0, 1] (clamped), linearly interpolated between stops; pure. */
export function sequential(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = rgb(VIRIDIS[i]);
  const b = rgb(VIRIDIS[i + 1]);
  return `#${hex2(a[0] + (b[0] - a[0]) * f)}${hex2(a[1] + (b[1] - a[1]) * f)}${hex2(a[2] + (b[2] - a[2]) * f)}`;
}

/** Text colour readable on a sequential fill (white on the dark half, near-black on the light half). */
export function textOn(t: number): string {
  return t < 0.55 ? '#ffffff' : '#1a1a1a';
}
