import { existsSync, readFileSync } from 'node:fs';

/** The paper's text as committed in models/text (a copy of shared/seed/000_616cbff101185781.txt, so a clean clone can test). */
export const SEED_PATH = new URL('../../models/text/paper.seed.txt', import.meta.url);
/** The shared original, present in the workspace but not in a clean clone. */
export const SHARED_SEED_PATH = new URL('../../../shared/seed/000_616cbff101185781.txt', import.meta.url);

/** Reads the paper's text. */
export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** The shared original's text, or null when it is not there. */
export function readSharedSeed(): string | null {
  return existsSync(SHARED_SEED_PATH) ? readFileSync(SHARED_SEED_PATH, 'utf8') : null;
}
