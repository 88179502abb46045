// Carries the main person of recent sentences so that "Il a reçu..." gets its subject.

import type { PersonMention } from '../../model/mention.js';
import type { SentenceView } from './doc-view.js';

export interface SubjectCarry {
  /** The person a subject pronoun refers to, if a recent sentence named one. */
  subject(): PersonMention | undefined;
  /** The last person named other than `not` (a clitic object such as "l'a reçu"). */
  lastOther(not: PersonMention): PersonMention | undefined;
  /** Records a sentence: its acting subject, or else its first person, becomes the carried subject. */
  update(s: SentenceView, actingSubject?: PersonMention): void;
}

/** How many sentences without a person a carried subject survives. */
const SENTENCES_KEPT = 3;

export function createSubjectCarry(): SubjectCarry {
  let current: PersonMention | undefined;
  let age = 0;
  let recent: PersonMention[] = [];
  return {
    subject: () => current,
    lastOther: (not) => [...recent].reverse().find((p) => p.key !== not.key),
    update(s, actingSubject) {
      const main = actingSubject ?? s.persons[0];
      if (main) {
        current = main;
        age = 0;
      } else if (++age > SENTENCES_KEPT) {
        current = undefined;
      }
      if (s.persons.length) recent = s.persons;
    },
  };
}
