/**
 * Editing a scenario's reform timeline (the `timeline` of a centre scenario, see the engine's
 * timelineSchema): add an event in its date place, move it (a new year re-places it; up/down
 * swaps it with its neighbour), remove it. Pure: every edit returns a new scenario; whether the
 * result is a valid sequence is the engine's to say (through the worker's `validate`), and the
 * editor keeps the old timeline when it is not.
 */
import type { TimelineEventInput, TimelineKind } from '../../engine/scenario/timelineSchema';
import type { FunctionId, Mechanism, Stage3Service, Stationing } from '../../domain/vocabulary';
import { insertInDatePlace, placeFor } from '../../domain/timelinePlace';

export type TimelineEventJson = TimelineEventInput & Record<string, unknown>;

/** A scenario that may carry a timeline and projection settings (only what the editor reads). */
export interface TimelineScenario {
  year?: number;
  projection?: { startYear?: number; endYear: number } & Record<string, unknown>;
  timeline?: TimelineEventJson[];
  [key: string]: unknown;
}

/** The events of a scenario (empty when it has none). */
export function eventsOf(s: TimelineScenario): TimelineEventJson[] {
  return Array.isArray(s.timeline) ? s.timeline : [];
}

/** The years an event may take: [startYear (or year), endYear]. */
export function yearRange(s: TimelineScenario): { start: number; end: number } {
  const start = s.projection?.startYear ?? s.year ?? 2000;
  return { start, end: s.projection?.endYear ?? start };
}

function withEvents(s: TimelineScenario, events: TimelineEventJson[]): TimelineScenario {
  return { ...s, timeline: events };
}

/** Add `event` in its date place; returns the scenario and the new event's index. */
export function addEvent(s: TimelineScenario, event: TimelineEventJson): { scenario: TimelineScenario; index: number } {
  const { events, index } = insertInDatePlace(eventsOf(s), event);
  return { scenario: withEvents(s, events), index };
}

/** Remove event `index`. */
export function removeEvent(s: TimelineScenario, index: number): TimelineScenario {
  return withEvents(s, eventsOf(s).filter((_, i) => i !== index));
}

/**
 * Give event `index` a new year: it leaves its place and goes after the other events of that year
 * or earlier (its month, if any, is kept). Returns the scenario and the event's new index.
 */
export function setEventYear(s: TimelineScenario, index: number, year: number): { scenario: TimelineScenario; index: number } {
  const events = eventsOf(s);
  const event = events[index];
  if (!event) return { scenario: s, index };
  const rest = events.filter((_, i) => i !== index);
  const at = placeFor(rest, year);
  return { scenario: withEvents(s, [...rest.slice(0, at), { ...event, year }, ...rest.slice(at)]), index: at };
}

/** Swap event `index` with its neighbour (`delta` −1: earlier, +1: later); unchanged at the ends. */
export function moveEvent(s: TimelineScenario, index: number, delta: -1 | 1): { scenario: TimelineScenario; index: number } {
  const events = [...eventsOf(s)];
  const j = index + delta;
  if (index < 0 || index >= events.length || j < 0 || j >= events.length) return { scenario: s, index };
  [events[index], events[j]] = [events[j], events[index]];
  return { scenario: withEvents(s, events), index: j };
}

/** The event kinds the editor offers to add, and the one choice each needs (the rest are the engine's defaults). */
export type NewEventChoice =
  | { kind: 'mechanism.enable' | 'mechanism.disable'; mechanism: Mechanism }
  | { kind: 'function.colocate' | 'function.integrate'; fn: FunctionId }
  | { kind: 'service.add'; service: Stage3Service }
  | { kind: 'department.station'; stationing: Stationing }
  | { kind: 'authorisation.delegate'; share: number }
  | { kind: Exclude<TimelineKind, 'mechanism.enable' | 'mechanism.disable' | 'function.colocate' | 'function.integrate' | 'service.add' | 'department.station' | 'authorisation.delegate'> };

/** The event a choice and a year make (payload defaults are the engine's). */
export function newEvent(choice: NewEventChoice, year: number): TimelineEventJson {
  return { ...choice, year } as TimelineEventJson;
}

/** What the editor needs to know about the payload field a kind asks for. */
export function choiceField(kind: TimelineKind): 'mechanism' | 'fn' | 'service' | 'stationing' | 'share' | undefined {
  switch (kind) {
    case 'mechanism.enable':
    case 'mechanism.disable':
      return 'mechanism';
    case 'function.colocate':
    case 'function.integrate':
      return 'fn';
    case 'service.add':
      return 'service';
    case 'department.station':
      return 'stationing';
    case 'authorisation.delegate':
      return 'share';
    default:
      return undefined;
  }
}

/** The index of the timeline event an engine message or path names (`timeline[3]…`), if any. */
export function timelineIndex(path: string): number | undefined {
  const m = /^timeline\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}
