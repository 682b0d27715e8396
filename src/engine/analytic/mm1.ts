/** The M/M/1 queue in steady state. */
import type { QueueMeasures } from './erlangC';

/** M/M/1: ρ = λ/μ, Wq = ρ/(μ − λ), W = 1/(μ − λ), Lq = ρ²/(1 − ρ), L = ρ/(1 − ρ); pure. */
export function mm1(lambda: number, mu: number): QueueMeasures {
  const rho = lambda / mu;
  if (!(rho < 1)) {
    return { meanWaitMinutes: Infinity, meanTimeInSystemMinutes: Infinity, meanQueueLength: Infinity, meanInSystem: Infinity, utilisation: Math.min(rho, 1), probWait: 1 };
  }
  return {
    meanWaitMinutes: rho / (mu - lambda),
    meanTimeInSystemMinutes: 1 / (mu - lambda),
    meanQueueLength: (rho * rho) / (1 - rho),
    meanInSystem: rho / (1 - rho),
    utilisation: rho,
    probWait: rho,
  };
}
