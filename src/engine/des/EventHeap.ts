/**
 * The future event list: a binary min-heap on (time, sequence) in parallel typed arrays. The
 * sequence number breaks ties in scheduling order, so equal-time events are processed FIFO and
 * runs are reproducible. `pop` leaves the event in the `t`/`kind`/`a`/`b` fields: no allocation.
 */
export class EventHeap {
  size = 0;
  /** time of the last popped event */
  t = 0;
  /** kind of the last popped event */
  kind = 0;
  /** first payload of the last popped event */
  a = 0;
  /** second payload of the last popped event */
  b = 0;
  private seq = 0;
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;

  /** Creates an empty heap with room for `capacity` events (it grows as needed). */
  constructor(capacity = 64) {
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.kinds = new Int32Array(capacity);
    this.as = new Int32Array(capacity);
    this.bs = new Int32Array(capacity);
  }

  /** Schedules an event; mutates the heap. */
  push(t: number, kind: number, a: number, b: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const as = this.as;
    const bs = this.bs;
    const s = this.seq++;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < t || (pt === t && seqs[p] < s)) break;
      times[i] = pt;
      seqs[i] = seqs[p];
      kinds[i] = kinds[p];
      as[i] = as[p];
      bs[i] = bs[p];
      i = p;
    }
    times[i] = t;
    seqs[i] = s;
    kinds[i] = kind;
    as[i] = a;
    bs[i] = b;
  }

  /** Removes the earliest event into `t`, `kind`, `a`, `b`; mutates the heap (size must be > 0). */
  pop(): void {
    const times = this.times;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const as = this.as;
    const bs = this.bs;
    this.t = times[0];
    this.kind = kinds[0];
    this.a = as[0];
    this.b = bs[0];
    const n = --this.size;
    if (n === 0) return;
    const lt = times[n];
    const ls = seqs[n];
    const lk = kinds[n];
    const la = as[n];
    const lb = bs[n];
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
      kinds[i] = kinds[c];
      as[i] = as[c];
      bs[i] = bs[c];
      i = c;
    }
    times[i] = lt;
    seqs[i] = ls;
    kinds[i] = lk;
    as[i] = la;
    bs[i] = lb;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const t = new Float64Array(n);
    t.set(this.times);
    this.times = t;
    const s = new Float64Array(n);
    s.set(this.seqs);
    this.seqs = s;
    const k = new Int32Array(n);
    k.set(this.kinds);
    this.kinds = k;
    const a = new Int32Array(n);
    a.set(this.as);
    this.as = a;
    const b = new Int32Array(n);
    b.set(this.bs);
    this.bs = b;
  }
}
