// Text that remembers, for each character, the offset in the raw source it came from, through every cut and insertion.

export class TracedText {
  readonly text: string;
  /** Source offset of each character, plus one entry for the end. */
  readonly origin: Int32Array;

  constructor(text: string, origin: Int32Array) {
    if (origin.length !== text.length + 1) throw new Error('TracedText: origin must have text.length + 1 entries');
    this.text = text;
    this.origin = origin;
  }

  /** The slice [start, end) of the raw source, mapped one to one. */
  static fromSource(source: string, start: number, end: number): TracedText {
    const origin = new Int32Array(end - start + 1);
    for (let i = 0; i <= end - start; i++) origin[i] = start + i;
    return new TracedText(source.slice(start, end), origin);
  }

  /** Joins pieces with a separator whose characters map to where the next piece starts. */
  static join(pieces: TracedText[], separator: string): TracedText {
    let length = separator.length * Math.max(0, pieces.length - 1);
    for (const piece of pieces) length += piece.length;
    const origin = new Int32Array(length + 1);
    let o = 0;
    pieces.forEach((piece, i) => {
      if (i > 0) {
        origin.fill(piece.origin[0], o, o + separator.length);
        o += separator.length;
      }
      origin.set(piece.origin.subarray(0, piece.length), o);
      o += piece.length;
    });
    const last = pieces[pieces.length - 1];
    origin[o] = last ? last.origin[last.length] : 0;
    return new TracedText(pieces.map((piece) => piece.text).join(separator), origin);
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): TracedText {
    return new TracedText(this.text.slice(start, end), this.origin.slice(start, end + 1));
  }

  /** Removes [start, end); the rest keeps its origins. */
  cut(start: number, end: number): TracedText {
    if (end <= start) return this;
    const origin = new Int32Array(this.text.length - (end - start) + 1);
    origin.set(this.origin.subarray(0, start), 0);
    origin.set(this.origin.subarray(end), start);
    return new TracedText(this.text.slice(0, start) + this.text.slice(end), origin);
  }

  /** Inserts one space before each offset in `at` (ascending); a space maps to the character it precedes. */
  insertSpaces(at: number[]): TracedText {
    if (at.length === 0) return this;
    let text = '';
    const origin = new Int32Array(this.text.length + at.length + 1);
    let last = 0;
    let o = 0;
    for (const pos of at) {
      text += this.text.slice(last, pos) + ' ';
      for (let k = last; k < pos; k++) origin[o++] = this.origin[k];
      origin[o++] = this.origin[pos];
      last = pos;
    }
    text += this.text.slice(last);
    for (let k = last; k <= this.text.length; k++) origin[o++] = this.origin[k];
    return new TracedText(text, origin);
  }

  /** Trims white space (NBSP included) and turns every run of white space inside into one plain space. */
  collapseSpaces(): TracedText {
    const source = this.text;
    const edgeSpace = source.charCodeAt(0) === 0x20 || source.charCodeAt(source.length - 1) === 0x20;
    if (!edgeSpace && !IRREGULAR_SPACE.test(source)) return this;
    const origin = new Int32Array(source.length + 1);
    let text = '';
    let o = 0;
    WHITE_RUNS.lastIndex = 0;
    let last = 0;
    let m: RegExpExecArray | null;
    const copy = (from: number, to: number) => {
      text += source.slice(from, to);
      for (let k = from; k < to; k++) origin[o++] = this.origin[k];
    };
    while ((m = WHITE_RUNS.exec(source))) {
      copy(last, m.index);
      last = m.index + m[0].length;
      if (text.length > 0 && last < source.length) {
        text += ' ';
        origin[o++] = this.origin[m.index];
      }
    }
    copy(last, source.length);
    origin[o] = text.length ? origin[o - 1] + 1 : this.origin[0];
    return new TracedText(text, origin.slice(0, o + 1));
  }
}

const WHITE_RUNS = /[ \t\u00a0\u202f\r\f\v]+/g;
/** White space that collapseSpaces changes, besides a space at either end. */
const IRREGULAR_SPACE = /[\t\u00a0\u202f\r\f\v]| {2}/;
