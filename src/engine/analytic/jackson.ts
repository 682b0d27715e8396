/** Jackson networks: open networks of M/M/c stations in product form. */
import { type QueueMeasures, erlangC } from './erlangC';

/** An open Jackson network: external rates γ, routing matrix P (P[i][j] = prob i → j), servers, rates. */
export interface JacksonNetwork {
  /** external arrival rate to each station, per minute */
  external: number[];
  /** routing probabilities; row sums ≤ 1, the rest leaves */
  routing: number[][];
  servers: number[];
  /** service rate per server, per minute */
  mu: number[];
}

/** A solved Jackson network. */
export interface JacksonResult {
  /** total arrival rate λᵢ at each station */
  lambda: number[];
  /** M/M/cᵢ measures of each station at rate λᵢ */
  stations: QueueMeasures[];
  /** L = Σ Lᵢ */
  meanInSystem: number;
  /** W = L / Σγ (Little) */
  meanTimeInSystemMinutes: number;
  /** per-case total queueing time: Σ Lqᵢ / Σγ */
  meanWaitMinutes: number;
}

/**
 * Solves the traffic equations λ = γ + λP by Gauss–Seidel iteration (converges for an open
 * network) and treats each station as M/M/cᵢ at rate λᵢ (Jackson 1957); pure.
 */
export function jackson(net: JacksonNetwork): JacksonResult {
  const n = net.external.length;
  const lambda = net.external.slice();
  for (let it = 0; it < 10_000; it++) {
    let delta = 0;
    for (let j = 0; j < n; j++) {
      let v = net.external[j];
      for (let i = 0; i < n; i++) v += lambda[i] * net.routing[i][j];
      delta = Math.max(delta, Math.abs(v - lambda[j]));
      lambda[j] = v;
    }
    if (delta < 1e-13) break;
  }
  const stations = lambda.map((l, i) => erlangC(l, net.mu[i], net.servers[i]));
  const gamma = net.external.reduce((a, b) => a + b, 0);
  const L = stations.reduce((a, s) => a + s.meanInSystem, 0);
  const Lq = stations.reduce((a, s) => a + s.meanQueueLength, 0);
  return { lambda, stations, meanInSystem: L, meanTimeInSystemMinutes: L / gamma, meanWaitMinutes: Lq / gamma };
}
