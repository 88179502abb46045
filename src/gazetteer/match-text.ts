// Length-keeping folding of text for gazetteer matching: diacritics off, lower case, spaces squeezed out.

import { ScratchArray } from './scratch.js';

/**
 * Folds one UTF-16 code unit to at most one character: base letter without diacritics, lower case; apostrophes to
 * `'`, dashes to `-`; whitespace to '' (squeezed out so glued words still match); anything else kept.
 */
export function foldChar(ch: string): string {
  const f = foldCode(ch.charCodeAt(0));
  return f < 0 ? '' : String.fromCharCode(f - 1);
}

/**
 * The fold of every UTF-16 code unit met so far, as a code: 0 unknown yet, -1 squeezed out, else the folded code + 1
 * (`foldCode` answers -1 or code + 1, working out unknown ones). The one cache behind `foldChar` and the scans.
 */
const FOLD_CODES = new Int32Array(65536);

export function foldCode(code: number): number {
  const known = FOLD_CODES[code];
  if (known !== 0) return known;
  const f = computeFoldChar(String.fromCharCode(code));
  return (FOLD_CODES[code] = f ? f.charCodeAt(0) + 1 : -1);
}

function computeFoldChar(ch: string): string {
  if (/\s/.test(ch)) return '';
  if (ch === '’' || ch === '`' || ch === 'ʼ' || ch === '‘') return "'";
  if (ch === '–' || ch === '—' || ch === '‐' || ch === '‑') return '-';
  if (ch === 'đ' || ch === 'Đ') return 'd';
  if (ch === 'ᵉ') return 'e';
  const base = ch.normalize('NFD')[0] ?? ch;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/** Folded, space-free form of a gazetteer key: the same folding as `buildMatchText`. */
export function squeezeKey(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFC')) out += foldChar(ch);
  return out;
}

/** Characters per String.fromCharCode call (well below the engine's limit on arguments). */
const CHUNK = 8192;

export interface MatchText {
  /** Folded text with whitespace removed. */
  squeezed: string;
  /** For each character of `squeezed`, its offset in the original text. */
  offsets: Int32Array;
}

const codesScratch = new ScratchArray((n) => new Uint16Array(n));

/** Folds `text` for matching; offsets map every folded character back to the original. */
export function buildMatchText(text: string): MatchText {
  const offsets = new Int32Array(text.length);
  // Every folded character is one UTF-16 code unit (or none), so codes are collected in an array and turned into a
  // string in chunks: far cheaper than one string per character joined at the end.
  const codes = codesScratch.take(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f > 0) {
      codes[n] = f - 1;
      offsets[n++] = i;
    }
  }
  return { squeezed: stringOfCodes(codes, n), offsets: offsets.subarray(0, n) };
}

/** Decodes code units as they lie in memory: a Uint16Array is little-endian on the machines Node runs on (checked). */
const UTF16_DECODER = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/** Whether codes[0, n) holds a surrogate code unit (a decoder would replace a lone one). */
function hasSurrogate(codes: Uint16Array, n: number): boolean {
  for (let i = 0; i < n; i++) if ((codes[i] & 0xf800) === 0xd800) return true;
  return false;
}

/**
 * The string of the first `n` code units in `codes`. Without surrogates, the decoder gives exactly those code units,
 * five times faster than String.fromCharCode; with one, fromCharCode keeps even a lone surrogate as it is.
 */
export function stringOfCodes(codes: Uint16Array, n: number): string {
  if (UTF16_DECODER && !hasSurrogate(codes, n)) return UTF16_DECODER.decode(codes.subarray(0, n));
  let out = '';
  for (let from = 0; from < n; from += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(from, Math.min(n, from + CHUNK)) as unknown as number[]);
  }
  return out;
}
