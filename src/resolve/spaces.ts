// Whitespace runs in names, read without running a pattern: collapsed to one space, or counted.

import { isWhitespaceCode } from '../lang/code-points.js';

/**
 * `text.replace(/\s+/g, ' ')`. The replacement changes nothing exactly when every run of whitespace is one plain
 * space: then `text` itself is returned after one pass over its code units.
 */
export function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? isWhitespaceCode(text.charCodeAt(i + 1)) : isWhitespaceCode(c)) return text.replace(/\s+/g, ' ');
  }
  return text;
}

/** `text.split(/\s+/).length`: one piece more than there are runs of whitespace. */
export function splitCount(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    // Counted where the run ends (the code unit after the text reads as NaN, not a space).
    if (isWhitespaceCode(text.charCodeAt(i)) && !isWhitespaceCode(text.charCodeAt(i + 1))) pieces++;
  }
  return pieces;
}
