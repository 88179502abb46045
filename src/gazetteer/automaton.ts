// Aho-Corasick automaton over UTF-16 code units, with every transition precomputed into one typed table.

import { foldCode } from './match-text.js';

/**
 * Finds every occurrence of a fixed set of keywords in a text. The trie's failure links are folded into a full
 * transition table at build time (one row per trie node, one column per character the keywords use), so a scan reads
 * one array cell per character: no map lookup, no one-character string, no failure chain to walk. A character no
 * keyword uses sends the scan back to the root. Occurrences come out by end offset, and at the same end longest
 * first, as a classic Aho-Corasick reports them (own keyword, then those inherited along the failure chain).
 */
export class KeywordAutomaton {
  readonly keywords: readonly string[];
  /** Column of each UTF-16 code unit (1 + index in the keywords' alphabet), 0 for code units no keyword uses. */
  private readonly column = new Uint16Array(65536);
  private readonly width: number;
  /** next state = delta[state * width + column]; 16-bit cells while the states fit (half the memory, fewer cache misses). */
  private readonly delta: Uint16Array | Int32Array;
  /** Keywords ending at each state: outputs[outputStart[s] .. outputStart[s + 1]), as indexes in `keywords`. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set(keywords)];
    let alphabet = 0;
    for (const keyword of this.keywords) {
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (this.column[code] === 0) this.column[code] = ++alphabet;
      }
    }
    this.width = alphabet + 1;

    // The trie, as child maps per state, and the keyword (if any) each state spells.
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[] = [-1];
    this.keywords.forEach((keyword, index) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const col = this.column[keyword.charCodeAt(i)];
        let next = children[state].get(col);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          own.push(-1);
          children[state].set(col, next);
        }
        state = next;
      }
      own[state] = index;
    });

    // Breadth first: each state's failure is shallower, so its row and outputs are complete when needed.
    const states = children.length;
    const width = this.width;
    const delta = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
    const failure = new Int32Array(states);
    const outputLists: number[][] = new Array(states);
    outputLists[0] = [];
    const queue: number[] = [];
    for (const [col, child] of children[0]) {
      delta[col] = child;
      failure[child] = 0;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const fail = failure[state];
      outputLists[state] = own[state] >= 0 ? [own[state], ...outputLists[fail]] : outputLists[fail];
      const row = state * width;
      for (let col = 1; col < width; col++) delta[row + col] = delta[fail * width + col];
      for (const [col, child] of children[state]) {
        failure[child] = delta[fail * width + col];
        delta[row + col] = child;
        queue.push(child);
      }
    }
    this.delta = delta;
    this.outputStart = new Int32Array(states + 1);
    for (let s = 0; s < states; s++) this.outputStart[s + 1] = this.outputStart[s] + outputLists[s].length;
    this.outputs = new Int32Array(this.outputStart[states]);
    for (let s = 0; s < states; s++) this.outputs.set(outputLists[s], this.outputStart[s]);
  }

  /**
   * `forEachMatch` over the folded, space-free form of `text` (`buildMatchText(text).squeezed`) without building it:
   * `offsets` (at least text.length long) receives each folded character's offset in `text`, as MatchText.offsets
   * would, and begin and end count folded characters. Returns how many folded characters there are.
   */
  forEachMatchFolded(text: string, offsets: Int32Array,
    onHit: (begin: number, end: number, keyword: number) => void): number {
    const { column, delta, width, outputStart, outputs, keywords } = this;
    let state = 0;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const folded = foldCode(text.charCodeAt(i));
      if (folded < 0) continue;
      offsets[n++] = i;
      const col = column[folded - 1];
      state = col === 0 ? 0 : delta[state * width + col];
      for (let k = outputStart[state], to = outputStart[state + 1]; k < to; k++) {
        const keyword = outputs[k];
        onHit(n - keywords[keyword].length, n, keyword);
      }
    }
    return n;
  }

  /** Calls `onHit(begin, end, keywordIndex)` for every occurrence in `text`, by end offset, longest first at one end. */
  forEachMatch(text: string, onHit: (begin: number, end: number, keyword: number) => void): void {
    const { column, delta, width, outputStart, outputs, keywords } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const col = column[text.charCodeAt(i)];
      state = col === 0 ? 0 : delta[state * width + col];
      for (let k = outputStart[state], to = outputStart[state + 1]; k < to; k++) {
        const keyword = outputs[k];
        onHit(i + 1 - keywords[keyword].length, i + 1, keyword);
      }
    }
  }
}
