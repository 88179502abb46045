// Facts extracted from documents and the per-input-file record that `entente extract` prints.

import type { DateValue } from './document.js';
import type { Evidence } from './evidence.js';

/** Every relation type the extractors may produce; Cypher and graph code are written from this closed list only. */
export const RELATION_TYPES = [
  'MET', 'COOPERATES_WITH', 'ATTENDED', 'CO_CHAIRED', 'HOSTED', 'ORGANISED',
  'HELD_IN', 'HOLDS_POSITION', 'HAS_RANK', 'REPRESENTS', 'MEMBER_OF',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export type EventType = 'meeting' | 'conference' | 'dialogue' | 'summit' | 'visit' | 'exercise' | 'call' | 'session';

export interface PersonRecord {
  /** Stable id derived from the canonical name: `person:nguyen-chi-vinh`. */
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  rank: string | null;
  positions: string[];
  /** Offices with the organisation and date stated by the article. */
  offices?: Array<{ title: string; organisation?: string; asOf?: string }>;
  evidence: Evidence[];
}

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: 'org' | 'initiative' | 'treaty';
  aliases: string[];
  acronym?: string;
  country?: string | null;
  evidence: Evidence[];
}

export interface CountryRecord {
  code: string;
  name: string;
  evidence: Evidence[];
}

export interface PlaceRecord {
  id: string;
  name: string;
  country?: string | null;
}

export interface EventRecord {
  id: string;
  type: EventType;
  name: string;
  /** As written, or null. */
  date: string | null;
  dateValue?: DateValue;
  place: string | null;
  placeId?: string;
  ordinal?: number;
  /** Recurring format it is an instance of, e.g. `org:admm`-style key or a series name. */
  series?: string;
  /** CAMEO code for meetings (042, 043, 044, 046, 041...). */
  cameo?: string;
  /** Doc ids of the articles that report it (one event however many articles report it). */
  sources?: string[];
  /** True for a meeting known only from a verb (`X a reçu Y`), not named as an event by the text. */
  implicit?: boolean;
  /** Keys of the people of a meeting (`person:...`), when the text names them. */
  participants?: string[];
  evidence: Evidence[];
}

export interface RelationRecord {
  type: RelationType;
  /** Endpoints: a person's name, a country code or an organisation's name (as the scorer reads them). */
  a: string;
  b: string;
  /** Stable ids of the endpoints (`person:...`, `country:VN`, `org:...`, `event:...`, `place:...`, `office:...`). */
  aId: string;
  bId: string;
  /** Domains for COOPERATES_WITH (défense, maintien de la paix...). */
  domains?: string[];
  /** Event the relation happened at, if any. */
  event?: string;
  date?: string;
  /** In [0,1], from the rule's measured precision. */
  confidence: number;
  cameo?: string;
  /** Extra properties (title of an office, as-of date...). */
  props?: Record<string, string | number | boolean | null>;
  evidence: Evidence[];
}

/** The per-input-file record of `entente extract --format jsonl` (the scorer's shape plus evidence). */
export interface ExtractionRecord {
  file: string;
  location: string;
  /** SHA-256 (hex) of the raw source text: an unchanged article is skipped on re-ingest. */
  sourceHash: string;
  /** Version of the rules and gazetteers that extracted it: a change re-extracts the article. */
  rulesVersion: string;
  docs: Array<{ id: string; kind: 'page' | 'teaser'; title: string; parentId?: string; published?: string }>;
  persons: PersonRecord[];
  countries: CountryRecord[];
  organisations: OrganisationRecord[];
  places: PlaceRecord[];
  events: EventRecord[];
  relations: RelationRecord[];
}

/**
 * What the extract stage gives for one document, before resolution: mentions with provisional keys
 * (`person:<folded-name>`, `org:...`, `country:VN`), events, and relations whose `aId`/`bId` are those keys.
 */
export interface DocExtraction {
  doc: import('./document.js').Doc;
  mentions: import('./mention.js').Mention[];
  events: EventRecord[];
  relations: RelationRecord[];
}
