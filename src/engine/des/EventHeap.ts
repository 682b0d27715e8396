/**
 * The future event list: a binary min-heap on (time, sequence) in parallel typed arrays. The
 * sequence number breaks ties in scheduling order, so equal-time events are processed FIFO and
 * runs are reproducible. An event's payload is one int32 (the simulator packs kind and id into
 * it). `pop` leaves the event in the `t`/`payload` fields: no allocation.
 */
export class EventHeap {
  size = 0;
  /** time of the last popped event */
  t = 0;
  /** payload of the last popped event */
  payload = 0;
  private seq = 0;
  private times: Float64Array;
  private seqs: Float64Array;
  private payloads: Int32Array;

  /** Creates an empty heap with room for `capacity` events (it grows as needed). */
  constructor(capacity = 64) {
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.payloads = new Int32Array(capacity);
  }

  /** Empties the heap and restarts the sequence; mutates the heap. */
  clear(): void {
    this.size = 0;
    this.seq = 0;
    this.t = 0;
    this.payload = 0;
  }

  /** Time of the earliest event (size must be > 0); pure read. */
  topTime(): number {
    return this.times[0];
  }

  /** Schedules an event; mutates the heap. */
  push(t: number, payload: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const payloads = this.payloads;
    const s = this.seq++;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < t || (pt === t && seqs[p] < s)) break;
      times[i] = pt;
      seqs[i] = seqs[p];
      payloads[i] = payloads[p];
      i = p;
    }
    times[i] = t;
    seqs[i] = s;
    payloads[i] = payload;
  }

  /** Removes the earliest event into `t` and `payload`; mutates the heap (size must be > 0). */
  pop(): void {
    const times = this.times;
    const seqs = this.seqs;
    const payloads = this.payloads;
    this.t = times[0];
    this.payload = payloads[0];
    const n = --this.size;
    if (n === 0) return;
    const lt = times[n];
    const ls = seqs[n];
    const lp = payloads[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (times[r] < times[c] || (times[r] === times[c] && seqs[r] < seqs[c]))) c = r;
      const ct = times[c];
      if (ct > lt || (ct === lt && seqs[c] > ls)) break;
      times[i] = ct;
      seqs[i] = seqs[c];
      payloads[i] = payloads[c];
      i = c;
    }
    times[i] = lt;
    seqs[i] = ls;
    payloads[i] = lp;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const t = new Float64Array(n);
    t.set(this.times);
    this.times = t;
    const s = new Float64Array(n);
    s.set(this.seqs);
    this.seqs = s;
    const p = new Int32Array(n);
    p.set(this.payloads);
    this.payloads = p;
  }
}
