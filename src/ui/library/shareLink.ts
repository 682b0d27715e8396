/**
 * Share a scenario as a link: the scenario JSON compressed with lz-string into the URL's hash
 * (`#/plan?scenario=…`), so it opens on another machine with nothing sent to any server. Reading
 * a link checks it like an imported file (JSON, a centre scenario); the caller then has the engine
 * validate it before it becomes the draft. Pure.
 */
import LZString from 'lz-string';

/** The hash parameter that carries a shared scenario. */
export const SHARE_PARAM = 'scenario';

/** The hash of a link that opens `scenario` in the Plan view. */
export function shareHash(scenario: unknown): string {
  return `#/plan?${SHARE_PARAM}=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`;
}

/** A whole link from the page's current address (origin and path kept, hash replaced). */
export function shareUrl(scenario: unknown, location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}${shareHash(scenario)}`;
}

export type SharedScenario = { ok: true; json: Record<string, unknown>; text: string } | { ok: false; reason: 'damaged' | 'notJson' | 'notCentre'; detail?: string };

/** The scenario a hash carries; undefined when the hash carries none. */
export function readShareHash(hash: string): SharedScenario | undefined {
  const query = hash.split('?')[1];
  if (!query) return undefined;
  const packed = new URLSearchParams(query).get(SHARE_PARAM);
  if (packed === null) return undefined;
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(packed);
  } catch {
    text = null; // a link cut or edited by hand can break the decoder itself
  }
  if (!text) return { ok: false, reason: 'damaged' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'notJson', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || (json as { type?: unknown }).type !== 'onewindow/centre') return { ok: false, reason: 'notCentre' };
  // `text` is what the engine validates: the same pipeline as a file (depth, reserved keys, rules),
  // and a value too deep to post to a worker as an object still reaches it (issue 12)
  return { ok: true, json: json as Record<string, unknown>, text };
}

/** The hash without the shared scenario (after it was opened, so a reload does not open it again). */
export function withoutShare(hash: string): string {
  const [route, query] = hash.split('?');
  if (!query) return hash;
  const params = new URLSearchParams(query);
  params.delete(SHARE_PARAM);
  const rest = params.toString();
  return rest ? `${route}?${rest}` : route;
}
