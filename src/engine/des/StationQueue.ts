/**
 * One station's queue of visit ids: a ring buffer for FIFO, a binary heap on (key, arrival
 * sequence) for priority (key = class priority) and EDF (key = due time). One class for all
 * disciplines keeps the event loop monomorphic. Removal is lazy: the simulator skips ids whose
 * visit is no longer waiting (reneged, sent home).
 */
export class StationQueue {
  /** stored entries, including stale ones */
  size = 0;
  private readonly keyed: boolean;
  private ids: Int32Array;
  private keys: Float64Array;
  private seqs: Float64Array;
  private head = 0;
  private mask: number;
  private seq = 0;

  /** Creates an empty queue; `keyed` = false gives FIFO. */
  constructor(keyed: boolean, capacity = 16) {
    this.keyed = keyed;
    this.ids = new Int32Array(capacity);
    this.keys = new Float64Array(keyed ? capacity : 0);
    this.seqs = new Float64Array(keyed ? capacity : 0);
    this.mask = capacity - 1;
  }

  /** Empties the queue; mutates it. */
  clear(): void {
    this.size = 0;
    this.head = 0;
    this.seq = 0;
  }

  /** Adds a visit with its key (ignored for FIFO); mutates the queue. */
  push(id: number, key: number): void {
    if (this.size === this.ids.length) this.grow();
    if (!this.keyed) {
      this.ids[(this.head + this.size) & this.mask] = id;
      this.size++;
      return;
    }
    const ids = this.ids;
    const keys = this.keys;
    const seqs = this.seqs;
    const s = this.seq++;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] < key || (keys[p] === key && seqs[p] < s)) break;
      ids[i] = ids[p];
      keys[i] = keys[p];
      seqs[i] = seqs[p];
      i = p;
    }
    ids[i] = id;
    keys[i] = key;
    seqs[i] = s;
  }

  /** Removes and returns the next visit id (size must be > 0); mutates the queue. */
  pop(): number {
    if (!this.keyed) {
      const id = this.ids[this.head];
      this.head = (this.head + 1) & this.mask;
      this.size--;
      return id;
    }
    const ids = this.ids;
    const keys = this.keys;
    const seqs = this.seqs;
    const top = ids[0];
    const n = --this.size;
    if (n === 0) return top;
    const lid = ids[n];
    const lk = keys[n];
    const ls = seqs[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (keys[r] < keys[c] || (keys[r] === keys[c] && seqs[r] < seqs[c]))) c = r;
      if (keys[c] > lk || (keys[c] === lk && seqs[c] > ls)) break;
      ids[i] = ids[c];
      keys[i] = keys[c];
      seqs[i] = seqs[c];
      i = c;
    }
    ids[i] = lid;
    keys[i] = lk;
    seqs[i] = ls;
    return top;
  }

  private grow(): void {
    const n = this.ids.length * 2;
    const ids = new Int32Array(n);
    if (this.keyed) {
      ids.set(this.ids);
      const k = new Float64Array(n);
      k.set(this.keys);
      this.keys = k;
      const s = new Float64Array(n);
      s.set(this.seqs);
      this.seqs = s;
    } else {
      for (let i = 0; i < this.size; i++) ids[i] = this.ids[(this.head + i) & this.mask];
      this.head = 0;
    }
    this.ids = ids;
    this.mask = n - 1;
  }
}
