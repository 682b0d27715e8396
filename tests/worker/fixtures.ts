/** Small scenarios for the worker and pool tests: M/M/2 at ρ = 0.75, a few thousand customers. */
export const mmcScenario = {
  type: 'onewindow/network',
  version: 1,
  name: 'M/M/2 test',
  seed: 42,
  replications: 6,
  stop: { minutes: 1000 },
  warmup: { minutes: 100 },
  classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: 1.5 } } }],
  stations: [{ id: 'hall', servers: 2, discipline: 'fifo', service: { dist: 'exponential', rate: 1 } }],
  routing: { hall: [{ to: 'exit', p: 1 }] },
};

/** The same scenario with a rule broken at a known path. */
export const badServersScenario = { ...mmcScenario, stations: [{ ...mmcScenario.stations[0], servers: -2 }] };
export const badServersPath = 'stations[0].servers';
