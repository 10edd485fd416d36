/**
 * A run's history, kept as the inputs of each step rather than as step records: a few doubles
 * per step in one Float64Array (bias: b3 and the rate; linreg: w, b and the rate), with each
 * record rebuilt on demand by replaying its step, which is pure. 100,000 epochs then cost 2.4 MB
 * instead of ~15 MB of objects.
 *
 * Immutable to its users: append returns a new Trail and never changes what an existing Trail
 * shows. Versions share one buffer while they extend each other; a version appended to after a
 * longer one was made from the same buffer copies its prefix first, so no slot another version
 * can read is ever rewritten.
 */
export interface StepCodec<T> {
  /** Doubles stored per step. */
  readonly width: number;
  /** The step's inputs, written at `offset` (exactly what decode needs to replay it). */
  encode(step: T, into: Float64Array, offset: number): void;
  /** Replays step `index` from its stored inputs. */
  decode(from: Float64Array, offset: number, index: number): T;
}

interface Store {
  data: Float64Array;
  /** Steps written so far by any version sharing this buffer. */
  filled: number;
  /** Values derived from each step (a loss column...), filled on demand: see derived(). */
  derived?: Map<string, { values: Float64Array; count: number }>;
}

export class Trail<T> {
  private constructor(
    private readonly codec: StepCodec<T>,
    private readonly store: Store,
    readonly length: number,
  ) {}

  static empty<T>(codec: StepCodec<T>): Trail<T> {
    return new Trail(codec, { data: new Float64Array(codec.width * 16), filled: 0 }, 0);
  }

  at(index: number): T {
    if (!(index >= 0 && index < this.length)) throw new RangeError(`step ${index} of ${this.length}`);
    return this.codec.decode(this.store.data, index * this.codec.width, index);
  }

  last(): T | undefined {
    return this.length > 0 ? this.at(this.length - 1) : undefined;
  }

  append(step: T): Trail<T> {
    const { width } = this.codec;
    let store = this.store;
    const needed = (this.length + 1) * width;
    if (store.filled !== this.length || needed > store.data.length) {
      const data = new Float64Array(Math.max(needed * 2, width * 16));
      data.set(store.data.subarray(0, this.length * width));
      store = { data, filled: this.length };
    }
    this.codec.encode(step, store.data, this.length * width);
    store.filled = this.length + 1;
    return new Trail(this.codec, store, this.length + 1);
  }

  /** The first `length` steps (Step back, then Step, replaces what came after). */
  slice(length: number): Trail<T> {
    return length >= this.length ? this : new Trail(this.codec, this.store, Math.max(0, length));
  }

  /** Stored input `k` of step `index`, without replaying the step. */
  value(index: number, k: number): number {
    if (!(index >= 0 && index < this.length)) throw new RangeError(`step ${index} of ${this.length}`);
    return this.store.data[index * this.codec.width + k]!;
  }

  /** The smallest and largest stored input `k` (no allocation: it runs every frame of a long run). */
  extent(k: number): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    const { width } = this.codec;
    const data = this.store.data;
    for (let i = 0; i < this.length; i++) {
      const v = data[i * width + k]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return [lo, hi];
  }

  /**
   * One number derived from every step (the loss, say), computed once per step and kept with the
   * buffer: a chart that needs it for each frame of a long run replays only the new steps.
   */
  derived(name: string, of: (step: T) => number): Float64Array {
    const store = this.store;
    store.derived ??= new Map();
    let entry = store.derived.get(name);
    if (!entry || entry.values.length < this.length) {
      const values = new Float64Array(Math.max(this.length, 2 * (entry?.values.length ?? 0), 64));
      if (entry) values.set(entry.values.subarray(0, entry.count));
      entry = { values, count: entry?.count ?? 0 };
      store.derived.set(name, entry);
    }
    for (let i = entry.count; i < this.length; i++) entry.values[i] = of(this.at(i));
    entry.count = Math.max(entry.count, this.length);
    return entry.values.subarray(0, this.length);
  }

  /** Identifies the immutable content of steps 0..length−1: a key for caches of derived values. */
  get identity(): object {
    return this.store;
  }

  /** Every record, rebuilt: for tests and exports. */
  toArray(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}
