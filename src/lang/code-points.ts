// Reading UTF-16 text in place: code points around an offset (hand-made look-behinds), slices hashed and compared uncut.

/** Whether a surrogate pair (one astral code point) starts at offset `i`. */
export function isSurrogatePairAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i), b = text.charCodeAt(i + 1);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

/** The code point ending just before offset `i` ('' at the start). */
export function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const b = text.charCodeAt(i - 1);
  if (i >= 2 && b >= 0xdc00 && b <= 0xdfff) {
    const a = text.charCodeAt(i - 2);
    if (a >= 0xd800 && a <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.slice(i - 1, i);
}

/** FNV-1a over UTF-16 code units, for tables keyed by a slice of a text: the start value, then one step per code unit. */
export const FNV_SEED = 0x811c9dc5 | 0;
export const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** `text` holds `key` at `start` (compared in place, without slicing `text`). */
export function sameCodeUnitsAt(key: string, text: string, start: number): boolean {
  for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

/** A regular expression's `\s`, for one UTF-16 code unit. */
export function isWhitespaceCode(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
