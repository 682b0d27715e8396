/**
 * A chain of `n` stations (arrivals at the first, each sending every case to the next, the last to
 * exit): the scale case of validation (tests/fuzz/scale.test.ts and the bench's validate-5000). Pure.
 */
export function chainNetwork(n: number, reversed = false): Record<string, unknown> {
  const id = (i: number) => `s${i}`;
  const stations = Array.from({ length: n }, (_, i) => ({ id: id(i), servers: 2, service: { dist: 'exponential', mean: 1 } }));
  const routing: Record<string, unknown> = {};
  for (let i = 0; i < n - 1; i++) routing[id(i)] = [{ to: id(i + 1), p: 1 }];
  return {
    type: 'onewindow/network',
    version: 1,
    name: `chain of ${n} stations`,
    stop: { minutes: 60 },
    classes: [{ id: 'walk-in', arrivals: { to: id(0), interarrival: { dist: 'exponential', mean: 2 } } }],
    stations: reversed ? stations.reverse() : stations,
    routing,
  };
}
