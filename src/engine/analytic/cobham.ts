/** Cobham's formula: non-preemptive priority M/G/1. */

/** One priority class: Poisson rate λ and service moments. Order = priority (first is served first). */
export interface PriorityClass {
  lambda: number;
  meanService: number;
  varService: number;
}

/**
 * Mean wait in queue per class of a non-preemptive priority M/G/1 (Cobham 1954); pure.
 * W₀ = Σᵢ λᵢE[Sᵢ²]/2, σₖ = Σ_{i≤k} ρᵢ, Wqₖ = W₀ / ((1 − σₖ₋₁)(1 − σₖ)).
 */
export function cobham(classes: readonly PriorityClass[]): number[] {
  let w0 = 0;
  for (const c of classes) w0 += (c.lambda * (c.varService + c.meanService ** 2)) / 2;
  const out: number[] = [];
  let sigma = 0;
  for (const c of classes) {
    const prev = sigma;
    sigma += c.lambda * c.meanService;
    out.push(sigma < 1 ? w0 / ((1 - prev) * (1 - sigma)) : Infinity);
  }
  return out;
}
