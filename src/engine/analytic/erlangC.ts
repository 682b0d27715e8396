/** Erlang C: the M/M/c queue in steady state. */

/** Steady-state measures of a queue (minutes, customers). */
export interface QueueMeasures {
  /** Wq, mean wait in queue, minutes */
  meanWaitMinutes: number;
  /** W = Wq + E[S], mean time in system, minutes */
  meanTimeInSystemMinutes: number;
  /** Lq, mean number waiting */
  meanQueueLength: number;
  /** L, mean number in system */
  meanInSystem: number;
  /** ρ = λ/(cμ) */
  utilisation: number;
  /** P(wait > 0) */
  probWait: number;
}

/** Erlang B blocking probability by the stable recursion B₀ = 1, Bₖ = a·Bₖ₋₁/(k + a·Bₖ₋₁); pure. */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/**
 * M/M/c with arrival rate λ, service rate μ per server, c servers; pure. Offered load a = λ/μ,
 * ρ = a/c < 1; P(wait) = C(c, a) = B/(1 − ρ(1 − B)); Wq = C/(cμ − λ); Lq = λWq; W = Wq + 1/μ.
 * Returns Infinity waits when ρ ≥ 1.
 */
export function erlangC(lambda: number, mu: number, c: number): QueueMeasures {
  const a = lambda / mu;
  const rho = a / c;
  if (!(rho < 1)) {
    return { meanWaitMinutes: Infinity, meanTimeInSystemMinutes: Infinity, meanQueueLength: Infinity, meanInSystem: Infinity, utilisation: Math.min(rho, 1), probWait: 1 };
  }
  const b = erlangB(c, a);
  const pw = b / (1 - rho * (1 - b));
  const wq = pw / (c * mu - lambda);
  return {
    meanWaitMinutes: wq,
    meanTimeInSystemMinutes: wq + 1 / mu,
    meanQueueLength: lambda * wq,
    meanInSystem: lambda * (wq + 1 / mu),
    utilisation: rho,
    probWait: pw,
  };
}
