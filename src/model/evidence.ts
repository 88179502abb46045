// Where a fact comes from: which document, which sentence, which characters, which rule.

export interface Evidence {
  /** Doc id (`doc:...`). */
  doc: string;
  /** Sentence index within the doc. */
  sentence: number;
  /** Sentence text as cleaned. */
  text: string;
  /** Offsets of the supporting span in `Doc.text`. */
  start: number;
  end: number;
  /** The same span mapped back to the raw source text. */
  sourceStart: number;
  sourceEnd: number;
  /** Id of the rule that produced the fact, copied from the rule's data object. */
  rule: string;
}

/**
 * Maps a span of a document's cleaned text back to the raw source. The end is taken after the span's last
 * character, not at the next character, which may lie elsewhere once repairs cut text between them.
 */
export function sourceSpan(doc: { toSource: (offset: number) => number }, start: number, end: number):
  { sourceStart: number; sourceEnd: number } {
  const sourceStart = doc.toSource(start);
  return { sourceStart, sourceEnd: sourceEndOf(doc, start, end, sourceStart) };
}

/** `sourceSpan(doc, start, end).sourceEnd`, given its `sourceStart`. */
export function sourceEndOf(doc: { toSource: (offset: number) => number }, start: number, end: number, sourceStart: number): number {
  return end > start ? doc.toSource(end - 1) + 1 : sourceStart;
}
