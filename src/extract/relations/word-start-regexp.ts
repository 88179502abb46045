// Rule patterns that open with a word-start look-behind, run without it and checked by hand: same matches, far faster.

import { codePointBefore, isSurrogatePairAt } from '../../lang/code-points.js';
import { escapeRegExp } from '../../lang/escape-regexp.js';

/** The look-behind `compilePattern` writes for a `\b` that opens a word. */
export const OPENS_WORD = '(?<![\\p{L}\\p{N}_])';

/**
 * Why: V8 cannot skip ahead to a likely start when a pattern opens with a look-behind, so it runs the look-behind at
 * every offset of the text; without it, the same pattern finds its candidates several times faster. When every
 * branch of a pattern opens with OPENS_WORD, the pattern matches at an offset exactly when the look-behind holds
 * there and the rest matches; so the rest is searched for, and each offset it proposes is checked against the
 * look-behind, moving on one character when it fails. Matches, groups and `lastIndex` are those of the full pattern.
 */
class WordStartRegExp extends RegExp {
  /** The pattern without its opening look-behinds, global so a search can start anywhere. */
  private readonly rest: RegExp;
  /** The look-behind's class, with the pattern's flags (case folding included). */
  private readonly wordChar: RegExp;
  /** The `global` and `unicode` flags, read once here rather than through the prototype's getters on every search. */
  private readonly isGlobal: boolean;
  private readonly isUnicode: boolean;

  /** Derived patterns (split, String.prototype.matchAll) are plain ones: they know nothing of `rest`. */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  constructor(source: string, flags: string, rest: string) {
    super(source, flags);
    this.rest = new RegExp(rest, flags.includes('g') ? flags : `${flags}g`);
    this.wordChar = new RegExp('^[\\p{L}\\p{N}_]$', flags.replace(/[gy]/g, ''));
    this.isGlobal = this.global;
    this.isUnicode = this.unicode;
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    let from = this.isGlobal ? this.lastIndex : 0;
    while (from <= text.length) {
      this.rest.lastIndex = from;
      const m = this.rest.exec(text);
      if (!m) break;
      if (!isWordCharBefore(text, m.index, this.wordChar, this.isUnicode)) {
        if (this.isGlobal) this.lastIndex = m.index + m[0].length;
        return m;
      }
      from = m.index + (isSurrogatePairAt(text, m.index) ? 2 : 1);
    }
    if (this.isGlobal) this.lastIndex = 0;
    return null;
  }
}

/** The look-behind's class under the `iu` flags, for a character that is not ASCII. */
const WORD_CHAR_IU = /^[\p{L}\p{N}_]$/iu;

/** Whether OPENS_WORD holds at offset `i` in a pattern with the `iu` flags: no letter, digit or `_` right before it. */
export function opensWordAt(text: string, i: number): boolean {
  return !isWordCharBefore(text, i, WORD_CHAR_IU, true);
}

/**
 * Whether `wordChar` (the look-behind's class, with the pattern's flags) matches the code point before offset `i`, so
 * that the look-behind fails there; under the `u` flag an ASCII character is decided without slicing it out and running
 * a pattern.
 */
function isWordCharBefore(text: string, i: number, wordChar: RegExp, unicode: boolean): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80 && unicode) return isAsciiWordCode(c);
  return wordChar.test(codePointBefore(text, i));
}

/** Whether a character code is an ASCII letter, digit or `_`: the look-behind's class, for ASCII. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}


/**
 * `source` with the OPENS_WORD that opens every branch taken out, or undefined when some branch does not open with
 * it (the look-behind may then sit anywhere, and the pattern is compiled as it is).
 */
export function stripOpeningWordStart(source: string): string | undefined {
  const branches = splitBranches(source);
  if (!branches) return undefined;
  const out: string[] = [];
  for (const branch of branches) {
    if (branch.startsWith(OPENS_WORD)) { out.push(branch.slice(OPENS_WORD.length)); continue; }
    // A non-capturing group opening the branch, not repeated: every branch inside it must open with the look-behind.
    if (!branch.startsWith('(?:')) return undefined;
    const close = closingParen(branch, 0);
    if (close < 0 || /^[?*+{]/.test(branch.slice(close + 1))) return undefined;
    const inner = stripOpeningWordStart(branch.slice(3, close));
    if (inner === undefined) return undefined;
    out.push(`(?:${inner})${branch.slice(close + 1)}`);
  }
  return out.join('|');
}

/** Top-level branches of a pattern (split on `|` outside groups and classes), or undefined if it is malformed. */
function splitBranches(source: string): string[] | undefined {
  const branches: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') { if (--depth < 0) return undefined; }
    else if (ch === '|' && depth === 0) { branches.push(source.slice(start, i)); start = i + 1; }
  }
  if (depth !== 0 || inClass) return undefined;
  branches.push(source.slice(start));
  return branches;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0, inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Literal texts one of which opens every match of `source` (compared as the pattern's flags say), for a scan that finds
 * where it may match; undefined when some branch may open otherwise (with a class, an escape, an optional part, a
 * look-around or a capturing group). Each opening stops where the next character is no longer certain.
 */
export function literalOpenings(source: string): string[] | undefined {
  const branches = splitBranches(source);
  if (!branches) return undefined;
  const out: string[] = [];
  for (const branch of branches) {
    const openings = branchOpenings(branch);
    if (!openings) return undefined;
    out.push(...openings);
  }
  return out;
}

/** The openings of one branch: its leading literal characters, then those of a non-capturing group that follows them. */
function branchOpenings(branch: string): string[] | undefined {
  let literal = '';
  for (let i = 0; i < branch.length; i++) {
    const ch = branch[i];
    const next = branch[i + 1];
    // An optional part (`?`, `*`, `{0,`) may be absent: the opening stops before it.
    const optional = next === '?' || next === '*' || (next === '{' && /^\{0[,}]/.test(branch.slice(i + 1)));
    if (ch === '(') {
      const close = branch.startsWith('(?:', i) ? closingParen(branch, i) : -1;
      if (close < 0) break;
      const inner = literalOpenings(branch.slice(i + 3, close));
      // An optional group (`?`, `*`, lazy or not): a match opens with the group, or with what follows it.
      const skip = /^(?:[?*]\??)?/.exec(branch.slice(close + 1))![0].length;
      const after = skip ? branchOpenings(branch.slice(close + 1 + skip)) : [];
      if (!inner || !after || branch[close + 1] === '{') break;
      return [...inner, ...after].map((x) => literal + x);
    }
    if (optional || '\\[].^$|)?*+{}'.includes(ch)) break;
    literal += ch;
    // `a+`: one `a` is certain, what follows it is not.
    if (next === '+') break;
  }
  return literal ? [literal] : undefined;
}

/**
 * Openings as the source of one alternation, shortest first, leaving out those that another one opens (it matches at
 * the same offsets): what a scan for the places where some pattern may match looks for.
 */
export function openingsSource(openings: string[]): string {
  return keptOpenings(openings).map(escapeRegExp).join('|');
}

/** Openings shortest first, without those that another one opens. */
function keptOpenings(openings: string[]): string[] {
  const sorted = [...openings].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const o of sorted) if (!kept.some((k) => o.startsWith(k))) kept.push(o);
  return kept;
}

/**
 * Patterns joined as one alternation, `(?:a)|(?:b)`, for a single pass that tells whether any of them can match; undefined
 * when there are none, or when one numbers or names its groups (joining would renumber its back-references).
 */
export function joinAlternatives(sources: string[]): string | undefined {
  if (sources.length === 0 || sources.some((s) => /\\[1-9]|\\k<|\(\?<[^=!]/.test(s))) return undefined;
  return sources.map((s) => `(?:${s})`).join('|');
}

/** `new RegExp(source, flags)`, made faster (same matches) when every branch opens with OPENS_WORD. */
export function compileRuleRegExp(source: string, flags: string): RegExp {
  const rest = flags.includes('y') ? undefined : stripOpeningWordStart(source);
  return rest === undefined ? new RegExp(source, flags) : new WordStartRegExp(source, flags, rest);
}
