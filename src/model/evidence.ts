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
