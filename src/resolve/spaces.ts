// Whitespace runs in names, read without running a pattern: collapsed to one space, or counted.

/** Whether a UTF-16 code unit is one that `\s` matches. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.replace(/\s+/g, ' ')`. The replacement changes nothing exactly when every run of whitespace is one plain
 * space: then `text` itself is returned after one pass over its code units.
 */
export function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? isSpaceCode(text.charCodeAt(i + 1)) : isSpaceCode(c)) return text.replace(/\s+/g, ' ');
  }
  return text;
}

/** `text.split(/\s+/).length`: one piece more than there are runs of whitespace. */
export function splitCount(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    // Counted where the run ends (the code unit after the text reads as NaN, not a space).
    if (isSpaceCode(text.charCodeAt(i)) && !isSpaceCode(text.charCodeAt(i + 1))) pieces++;
  }
  return pieces;
}
