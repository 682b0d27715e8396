/**
 * Where a dated event goes in a reform timeline (events in date order; those of one year apply in
 * their order): after every event of its year or earlier. The timeline editor and the CLI's
 * `project --growth-from` place events with it. Pure.
 */

/** The index an event of `year` takes: after every event of that year or earlier. */
export function placeFor(events: readonly { year: number }[], year: number): number {
  let i = 0;
  while (i < events.length && events[i].year <= year) i++;
  return i;
}

/** `events` with `event` in its date place, and that index; the input is not changed. */
export function insertInDatePlace<T extends { year: number }>(events: readonly T[], event: T): { events: T[]; index: number } {
  const index = placeFor(events, event.year);
  return { events: [...events.slice(0, index), event, ...events.slice(index)], index };
}
