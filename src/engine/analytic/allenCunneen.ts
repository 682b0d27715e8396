/** Allen–Cunneen: an approximation for the G/G/c queue. */
import { type QueueMeasures, erlangC } from './erlangC';

/**
 * G/G/c with arrival rate λ, squared coefficient of variation of interarrival times c²ₐ, service
 * mean E[S] with SCV c²ₛ; pure. Wq ≈ Wq(M/M/c) · (c²ₐ + c²ₛ)/2 (exact for M/M/c and M/G/1).
 */
export function allenCunneen(lambda: number, scvArrival: number, meanService: number, scvService: number, c: number): QueueMeasures {
  const mmc = erlangC(lambda, 1 / meanService, c);
  const wq = (mmc.meanWaitMinutes * (scvArrival + scvService)) / 2;
  return {
    meanWaitMinutes: wq,
    meanTimeInSystemMinutes: wq + meanService,
    meanQueueLength: lambda * wq,
    meanInSystem: lambda * (wq + meanService),
    utilisation: mmc.utilisation,
    probWait: mmc.probWait,
  };
}
