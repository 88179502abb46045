// Text that remembers, for each character, the offset in the raw source it came from, through every cut and insertion.

export class TracedText {
  readonly text: string;
  /**
   * Source offset of each character, plus one entry for the end; undefined while the text is a plain slice of the
   * source (character i came from `base + i`), which most lines stay: their offsets are then never stored.
   */
  private stored: Int32Array | undefined;
  private readonly base: number;
  /** For a text made by a join, a cut or inserted spaces, offsets not stored: reads one through the texts before. */
  private derived: ((i: number) => number) | undefined;

  /** `origin` is the source offset of each character plus the end, or the offset of a one-to-one slice's start. */
  constructor(text: string, origin: Int32Array | number) {
    this.text = text;
    if (typeof origin === 'number') {
      this.base = origin;
      return;
    }
    if (origin.length !== text.length + 1) throw new Error('TracedText: origin must have text.length + 1 entries');
    this.base = 0;
    this.stored = origin;
  }

  /** The slice [start, end) of the raw source, mapped one to one. */
  static fromSource(source: string, start: number, end: number): TracedText {
    return new TracedText(source.slice(start, end), start);
  }

  /**
   * Joins pieces with a separator whose characters map to where the next piece starts. The joined offsets are not
   * copied: they are read from the pieces when asked for (a doc's offsets are only read for its evidence).
   */
  static join(pieces: TracedText[], separator: string): TracedText {
    if (pieces.length === 0) return new TracedText('', Int32Array.of(0));
    const starts: number[] = [];
    let offset = 0;
    for (const piece of pieces) {
      starts.push(offset);
      offset += piece.length + separator.length;
    }
    const joined = new TracedText(pieces.map((piece) => piece.text).join(separator), 0);
    joined.derived = (i) => joinedOriginAt(pieces, starts, i);
    return joined;
  }

  /** Source offset of each character, plus one entry for the end. */
  get origin(): Int32Array {
    if (!this.stored) {
      const origin = new Int32Array(this.text.length + 1);
      this.copyOrigins(origin, 0, 0, this.text.length + 1);
      this.stored = origin;
    }
    return this.stored;
  }

  /** Source offset of character `i`, an integer in [0, length] (`length` gives the end entry). */
  originAt(i: number): number {
    if (this.stored) return this.stored[i];
    if (this.derived) return this.derived(i);
    return this.base + i;
  }

  /** Writes the origins of characters [from, to) into `target` at `at`. */
  private copyOrigins(target: Int32Array, at: number, from: number, to: number): void {
    if (this.stored) {
      target.set(this.stored.subarray(from, to), at);
      return;
    }
    if (this.derived) {
      for (let k = from; k < to; k++) target[at++] = this.originAt(k);
      return;
    }
    for (let k = from; k < to; k++) target[at++] = this.base + k;
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): TracedText {
    if (!this.stored && !this.derived) return new TracedText(this.text.slice(start, end), this.base + start);
    return new TracedText(this.text.slice(start, end), this.origin.slice(start, end + 1));
  }

  /** Removes [start, end); the rest keeps its origins (read through this text when asked, not copied). */
  cut(start: number, end: number): TracedText {
    if (end <= start) return this;
    const cut = new TracedText(this.text.slice(0, start) + this.text.slice(end), 0);
    const removed = end - start;
    cut.derived = (i) => this.originAt(i < start ? i : i + removed);
    return cut;
  }

  /**
   * Inserts one space before each offset in `at` (ascending); a space maps to the character it precedes. The offsets
   * are not copied: they are read through the text before when asked for (a doc's offsets are only read for evidence).
   */
  insertSpaces(at: number[]): TracedText {
    if (at.length === 0) return this;
    let text = '';
    let last = 0;
    const spaces: number[] = [];
    for (let k = 0; k < at.length; k++) {
      text += this.text.slice(last, at[k]) + ' ';
      spaces.push(at[k] + k);
      last = at[k];
    }
    text += this.text.slice(last);
    const spaced = new TracedText(text, 0);
    spaced.derived = (i) => spacedOriginAt(this, spaces, i);
    return spaced;
  }

  /** Trims white space (NBSP included) and turns every run of white space inside into one plain space. */
  collapseSpaces(): TracedText {
    const source = this.text;
    const edgeSpace = source.length > 0 && (source.charCodeAt(0) === 0x20 || source.charCodeAt(source.length - 1) === 0x20);
    if (!edgeSpace && !IRREGULAR_SPACE.test(source)) return this;
    const origin = new Int32Array(source.length + 1);
    let text = '';
    let o = 0;
    WHITE_RUNS.lastIndex = 0;
    let last = 0;
    let m: RegExpExecArray | null;
    const copy = (from: number, to: number) => {
      text += source.slice(from, to);
      this.copyOrigins(origin, o, from, to);
      o += to - from;
    };
    while ((m = WHITE_RUNS.exec(source))) {
      copy(last, m.index);
      last = m.index + m[0].length;
      if (text.length > 0 && last < source.length) {
        text += ' ';
        origin[o++] = this.originAt(m.index);
      }
    }
    copy(last, source.length);
    origin[o] = text.length ? origin[o - 1] + 1 : this.originAt(0);
    return new TracedText(text, origin.subarray(0, o + 1));
  }
}

/**
 * Offset in the source of character `i` of pieces joined with a separator: inside a piece, its own offset; on the
 * separator after a piece, where the next piece starts; at the very end, the last piece's end.
 */
function joinedOriginAt(pieces: TracedText[], starts: number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  const within = i - starts[lo];
  if (within < piece.length) return piece.originAt(within);
  return lo + 1 < pieces.length ? pieces[lo + 1].originAt(0) : piece.originAt(piece.length);
}

/**
 * Offset in the source of character `i` of a text with spaces inserted at `spaces` (ascending, offsets in that text):
 * a space maps where the character after it does; another character, where it did before the spaces before it came.
 */
function spacedOriginAt(before: TracedText, spaces: number[], i: number): number {
  // Spaces at or before i.
  let lo = 0;
  let hi = spaces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spaces[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && spaces[lo - 1] === i) return before.originAt(i - (lo - 1));
  return before.originAt(i - lo);
}

const WHITE_RUNS = /[ \t\u00a0\u202f\r\f\v]+/g;
/** White space that collapseSpaces changes, besides a space at either end. */
const IRREGULAR_SPACE = /[\t\u00a0\u202f\r\f\v]| {2}/;
