/**
 * A text that cites source notes (`[city-metrics] Dalian: …`) split into plain parts and note
 * references, and the href of a note's screen. Pure.
 */
import { SOURCE_NOTE_INDEX, SOURCE_REF, type SourceNote } from '../../../models/sources/sourceNotes';

export type SourcePart = { kind: 'text'; text: string } | { kind: 'note'; id: string; note: SourceNote | undefined };

/** The parts of a citing text, in order. Pure. */
export function sourceParts(text: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let at = 0;
  for (const m of text.matchAll(SOURCE_REF)) {
    if (m.index > at) parts.push({ kind: 'text', text: text.slice(at, m.index) });
    parts.push({ kind: 'note', id: m[1], note: SOURCE_NOTE_INDEX.get(m[1]) });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** The route of a note's screen. */
export function sourceHref(id: string): string {
  return `#/sources/${id}`;
}

/** The note id in a `#/sources/<id>` hash, if any. Pure. */
export function sourceIdOfHash(hash: string): string | undefined {
  const m = /^#\/sources\/([a-z0-9-]+)/.exec(hash);
  return m ? m[1] : undefined;
}
