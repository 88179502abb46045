// Reusable zeroed work arrays for the per-document masks the matcher and the entity rules build and drop within one call.

/** Longest text whose work array is kept between calls; longer texts get a fresh array each time. */
const SCRATCH_MAX = 1 << 20;

/**
 * One work array per call site. A new typed array costs microseconds (its memory lives outside the JS heap), more
 * than many rules spend on a short document, so each site keeps its array, grown to the longest text seen, and gets
 * it back zeroed over [0, length). The array is valid until the same site asks again; it may be longer than asked.
 */
export class ScratchArray<T extends Uint8Array | Uint16Array | Int32Array> {
  private buffer: T;
  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(0);
  }

  /** A zeroed array of at least `length` cells. */
  take(length: number): T {
    if (length > SCRATCH_MAX) return this.make(length);
    if (this.buffer.length < length) this.buffer = this.make(Math.max(length, 2 * this.buffer.length));
    else this.buffer.fill(0, 0, length);
    return this.buffer;
  }
}
