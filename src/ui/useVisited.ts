/**
 * Whether a view's route has been shown at least once. The shell keeps every view mounted; the
 * Compare and Research views build their (large) forms on the first visit only, so other views
 * and their tests do not pay for them, and keep them (with any half-done edits) afterwards.
 */
import { useState } from 'react';
import { parseHash, useHash } from './hashRoute';

export function useVisited(id: string): boolean {
  const active = parseHash(useHash()) === id;
  const [visited, setVisited] = useState(active);
  if (active && !visited) setVisited(true);
  return visited || active;
}
