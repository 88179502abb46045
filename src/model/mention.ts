// Mentions: spans of a document that name an entity, a rank, an office, a date or an event trigger.

import type { DateValue } from './document.js';

export type MentionKind = 'person' | 'country' | 'organisation' | 'place' | 'rank' | 'office' | 'date';

export interface Mention {
  kind: MentionKind;
  /** Surface form exactly as in `Doc.text[start, end)`. */
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule: string;
  /**
   * Gazetteer or derived key: `country:VN`, `org:asean`, `place:tokyo`, `rank:general-de-corps-d-armee`,
   * `office:vice-ministre`, or for persons a provisional `person:<folded-name>`.
   */
  key: string;
}

export interface PersonMention extends Mention {
  kind: 'person';
  /** Name without honorific, repaired (glued words split), as written otherwise. */
  name: string;
  honorific?: string;
  /** Military rank as written, e.g. `général de corps d'armée`. */
  rank?: string;
  /** Offices as written and trimmed to the office, e.g. `vice-ministre de la Défense`. */
  positions: string[];
  /** ISO alpha-2 code, with the rule that decided it. */
  country?: string;
  countryRule?: string;
  /** Organisation keys the person's offices belong to (`org:...`). */
  organisations: string[];
}

export interface OrganisationMention extends Mention {
  kind: 'organisation';
  name: string;
  orgKind: 'org' | 'initiative' | 'treaty';
  /** Acronym defined in the text next to this mention (`... (CSCAP)`). */
  acronym?: string;
  country?: string;
}

export interface DateMention extends Mention {
  kind: 'date';
  value: DateValue;
}
