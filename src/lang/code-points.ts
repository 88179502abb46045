// Reading UTF-16 text by code point around an offset, for the hand-made look-behind checks of the rule patterns.

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
