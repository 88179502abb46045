// Negated and planned acts: "n'a pas rencontré" and "rencontrera" state no meeting.

import type { SentenceView } from './doc-view.js';
import type { RelationRuleData } from './rule-data.js';

/** True when the verb group around a trigger (local offsets in the sentence) is denied. */
export function isNegated(data: RelationRuleData, s: SentenceView, start: number, end: number): boolean {
  return data.words.negation.test(s.text.slice(Math.max(0, start - 16), end));
}

/** True when the trigger reports a future or intended act rather than one that happened. */
export function isPlanned(data: RelationRuleData, s: SentenceView, start: number, end: number): boolean {
  return data.words.planned.test(s.text.slice(Math.max(0, start - 30), Math.min(s.text.length, end + 12)));
}
