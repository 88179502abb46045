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
  return new RecentSubjects();
}

/** A class rather than a literal of closures: one is made per document, and the methods are shared. */
class RecentSubjects implements SubjectCarry {
  private current: PersonMention | undefined;
  private age = 0;
  private recent: PersonMention[] = [];

  subject(): PersonMention | undefined {
    return this.current;
  }

  lastOther(not: PersonMention): PersonMention | undefined {
    return [...this.recent].reverse().find((p) => p.key !== not.key);
  }

  update(s: SentenceView, actingSubject?: PersonMention): void {
    const main = actingSubject ?? s.persons[0];
    if (main) {
      this.current = main;
      this.age = 0;
    } else if (++this.age > SENTENCES_KEPT) {
      this.current = undefined;
    }
    if (s.persons.length) this.recent = s.persons;
  }
}
