/** Pollaczek–Khinchine: the M/G/1 queue in steady state. */
import type { QueueMeasures } from './erlangC';

/**
 * M/G/1 with Poisson rate λ and service mean E[S], variance Var[S]; pure.
 * Wq = λE[S²] / (2(1 − ρ)) with E[S²] = Var[S] + E[S]², ρ = λE[S]; Lq = λWq; W = Wq + E[S].
 */
export function pollaczekKhinchine(lambda: number, meanService: number, varService: number): QueueMeasures {
  const rho = lambda * meanService;
  if (!(rho < 1)) {
    return { meanWaitMinutes: Infinity, meanTimeInSystemMinutes: Infinity, meanQueueLength: Infinity, meanInSystem: Infinity, utilisation: Math.min(rho, 1), probWait: 1 };
  }
  const es2 = varService + meanService * meanService;
  const wq = (lambda * es2) / (2 * (1 - rho));
  return {
    meanWaitMinutes: wq,
    meanTimeInSystemMinutes: wq + meanService,
    meanQueueLength: lambda * wq,
    meanInSystem: lambda * (wq + meanService),
    utilisation: rho,
    probWait: rho,
  };
}
