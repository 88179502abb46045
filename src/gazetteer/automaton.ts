// Aho-Corasick keyword search compiled to a dense state table: one array read per character of the text.

/**
 * Finds every occurrence of a fixed set of keywords in one pass over a text. The trie's failure links are folded into
 * a complete transition table (state × alphabet symbol), so the scan never follows a failure link; a character that
 * no keyword contains sends the scan back to the root, as it would with failure links.
 */
export class KeywordAutomaton {
  /** The keywords, in the order given (a match reports its keyword's index here). */
  readonly keywords: readonly string[];
  /** Alphabet symbol + 1 of every UTF-16 code unit that occurs in a keyword; 0 for the others. */
  private readonly symbolOf = new Uint16Array(65536);
  private readonly alphabetSize: number;
  /** Next state for (state, symbol - 1), at `state * alphabetSize + symbol - 1` (16 bits when the states fit: half the cache). */
  private readonly next: Uint16Array | Int32Array;
  /** Index of the keyword ending at each state, or -1. */
  private readonly own: Int32Array;
  /** Nearest state on the failure chain (excluding the state itself) where a keyword ends, or 0. */
  private readonly outputLink: Int32Array;
  /** The state itself when a keyword ends there, else its output link: where reporting starts (0: nothing to report). */
  private readonly firstOutput: Int32Array;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    let symbols = 0;
    for (const keyword of keywords) {
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (this.symbolOf[code] === 0) this.symbolOf[code] = ++symbols;
      }
    }
    const size = Math.max(1, symbols);
    this.alphabetSize = size;

    // The trie, as a growing transition table (-1: no edge yet).
    let capacity = 1;
    for (const keyword of keywords) capacity += keyword.length;
    const next = new Int32Array(capacity * size).fill(-1);
    const own = new Int32Array(capacity).fill(-1);
    let states = 1;
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const slot = state * size + this.symbolOf[keyword.charCodeAt(i)] - 1;
        if (next[slot] < 0) next[slot] = states++;
        state = next[slot];
      }
      if (own[state] < 0) own[state] = index;
    });

    // Breadth first: each state's failure link is known before its children's; missing edges take the failure's edge.
    const failure = new Int32Array(states);
    const outputLink = new Int32Array(states);
    const queue = new Int32Array(states);
    let head = 0, tail = 0;
    for (let c = 0; c < size; c++) {
      const child = next[c];
      if (child < 0) next[c] = 0;
      else queue[tail++] = child;
    }
    while (head < tail) {
      const state = queue[head++];
      const fail = failure[state];
      outputLink[state] = own[fail] >= 0 ? fail : outputLink[fail];
      for (let c = 0; c < size; c++) {
        const slot = state * size + c;
        const child = next[slot];
        if (child < 0) {
          next[slot] = next[fail * size + c];
        } else {
          failure[child] = next[fail * size + c];
          queue[tail++] = child;
        }
      }
    }
    this.next = states <= 0xffff ? Uint16Array.from(next.subarray(0, states * size)) : next.slice(0, states * size);
    this.own = own.slice(0, states);
    this.outputLink = outputLink;
    this.firstOutput = outputLink.map((link, state) => (own[state] >= 0 ? state : link));
  }

  /**
   * Calls `onMatch(keywordIndex, end)` for every occurrence in `text` (`end` exclusive), in order of end; at one end,
   * longer keywords first.
   */
  forEachMatch(text: string, onMatch: (keyword: number, end: number) => void): void {
    const { symbolOf, next, own, outputLink, firstOutput, alphabetSize } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf[text.charCodeAt(i)];
      if (symbol === 0) { state = 0; continue; }
      state = next[state * alphabetSize + symbol - 1];
      for (let s = firstOutput[state]; s > 0; s = outputLink[s]) onMatch(own[s], i + 1);
    }
  }
}
