/**
 * Colours of the results charts, safe for colour-blind readers: the Okabe–Ito categorical set
 * (Okabe & Ito 2008, "Color Universal Design") and the viridis sequential ramp (perceptually
 * uniform, readable in grey and with deuteranopia/protanopia). Pure data and one interpolation.
 */

/** The Okabe–Ito colours by name. */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
} as const;

/** Okabe–Ito in order: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
export const CATEGORICAL = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.vermillion, OKABE_ITO.purple, OKABE_ITO.sky, OKABE_ITO.yellow, OKABE_ITO.black] as const;

/** A neutral grey for marks that carry no category (entering applicants, unjudged differences). */
export const NEUTRAL = '#6b7a8c';

/** The fill of a cell with no value (a heat map's failed point). */
export const MISSING = '#cccccc';

/**
 * Meaning → colour for marks judged better or worse (paired differences, verdicts): blue and
 * vermillion, which colour-blind readers tell apart, never green against red. A chart always adds
 * a shape or a word to the colour (DESIGN: never colour alone).
 */
export const JUDGED = { better: OKABE_ITO.blue, worse: OKABE_ITO.vermillion, changed: OKABE_ITO.purple, none: NEUTRAL } as const;

/** The shape that goes with a judged colour, as text (the forest plot draws the same shapes). */
export const JUDGED_MARK: Readonly<Record<string, string>> = { better: '●', worse: '◆', changed: '▲' };

/**
 * The palette as CSS custom properties, set once on the app's root element so stylesheets read the
 * same colours (`var(--oi-blue)`, `var(--judged-better)`) instead of restating them.
 */
export const PALETTE_CSS_VARS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(OKABE_ITO).map(([k, v]) => [`--oi-${k}`, v])),
  ...Object.fromEntries(Object.entries(JUDGED).map(([k, v]) => [`--judged-${k}`, v])),
  '--neutral': NEUTRAL,
};

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
