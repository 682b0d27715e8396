/** The engine's only wall clock: for `engineSeconds`, never for results. */

/** A clock in seconds (monotonic where available). */
export type Clock = () => number;

/**
 * The default clock: `globalThis.performance.now()` (Node and browsers) in seconds, or a clock
 * that always says 0 where there is none; reads the environment, so not pure.
 */
export const defaultClock: Clock = (() => {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf && typeof perf.now === 'function' ? () => perf.now() / 1000 : () => 0;
})();
