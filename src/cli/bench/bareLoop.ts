/**
 * The reference ceiling for the engine bench: a bare M/M/c event loop with a typed-array binary
 * heap on (time, sequence), an inline xoshiro128** generator and a FIFO ring buffer of arrival
 * times. No records, no statistics beyond the summed wait: as fast as a plain loop gets in Node.
 */

export interface BareLoopResult {
  customers: number;
  events: number;
  seconds: number;
  /** mean wait in queue, minutes (checked against Erlang C) */
  meanWait: number;
}

/** Runs `customers` arrivals through an M/M/c queue (rates per minute) and times it. */
export function bareMMc(lambda: number, mu: number, c: number, customers: number, seed = 1): BareLoopResult {
  const start = performance.now();
  // event heap: at most one pending arrival plus c departures
  const cap = c + 2;
  const hTime = new Float64Array(cap);
  const hSeq = new Float64Array(cap);
  const hKind = new Uint8Array(cap); // 0 arrival, 1 departure
  let size = 0;
  let seq = 0;

  // xoshiro128** state, seeded by splitmix32
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let z = seed >>> 0;
  const mix = () => {
    z = (z + 0x9e3779b9) | 0;
    let t = z ^ (z >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) | 0;
  };
  s0 = mix(); s1 = mix(); s2 = mix(); s3 = mix();
  const uniform = () => {
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t;
    s3 = rotl(s3, 11);
    return ((r >>> 0) + 0.5) * 2.3283064365386963e-10; // (0, 1)
  };

  const push = (time: number, kind: number) => {
    let i = size++;
    const q = seq++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (hTime[p] < time || (hTime[p] === time && hSeq[p] < q)) break;
      hTime[i] = hTime[p]; hSeq[i] = hSeq[p]; hKind[i] = hKind[p];
      i = p;
    }
    hTime[i] = time; hSeq[i] = q; hKind[i] = kind;
  };
  const popInto = () => {
    // moves the last element down from the root after the caller has read index 0
    const last = --size;
    const time = hTime[last], q = hSeq[last], kind = hKind[last];
    let i = 0;
    for (;;) {
      let m = 2 * i + 1;
      if (m >= size) break;
      const r = m + 1;
      if (r < size && (hTime[r] < hTime[m] || (hTime[r] === hTime[m] && hSeq[r] < hSeq[m]))) m = r;
      if (time < hTime[m] || (time === hTime[m] && q < hSeq[m])) break;
      hTime[i] = hTime[m]; hSeq[i] = hSeq[m]; hKind[i] = hKind[m];
      i = m;
    }
    hTime[i] = time; hSeq[i] = q; hKind[i] = kind;
  };

  // FIFO of arrival times of waiting customers (ring buffer, grows by doubling)
  let ring = new Float64Array(1 << 12);
  let head = 0, count = 0;

  let arrived = 0, busy = 0, events = 0, waitSum = 0;
  push(-Math.log(uniform()) / lambda, 0);
  while (size > 0) {
    const now = hTime[0];
    const kind = hKind[0];
    popInto();
    events++;
    if (kind === 0) {
      arrived++;
      if (arrived < customers) push(now - Math.log(uniform()) / lambda, 0);
      if (busy < c) {
        busy++;
        push(now - Math.log(uniform()) / mu, 1);
      } else {
        if (count === ring.length) {
          const grown = new Float64Array(ring.length * 2);
          for (let k = 0; k < count; k++) grown[k] = ring[(head + k) & (ring.length - 1)];
          ring = grown;
          head = 0;
        }
        ring[(head + count++) & (ring.length - 1)] = now;
      }
    } else if (count > 0) {
      waitSum += now - ring[head];
      head = (head + 1) & (ring.length - 1);
      count--;
      push(now - Math.log(uniform()) / mu, 1);
    } else {
      busy--;
    }
  }
  return { customers, events, seconds: (performance.now() - start) / 1000, meanWait: waitSum / customers };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Erlang C mean wait in queue for M/M/c: Wq = C(c, a) / (cμ − λ), a = λ/μ. */
export function erlangCWait(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  return last / (sum + last) / (c * mu - lambda);
}
