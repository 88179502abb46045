// The graph model's closed vocabularies: entity labels by id prefix, relation types, and what each means.

import type { RelationType } from '../model/extraction.js';

/** Every relation type the extractors may produce; Cypher for each is written from this closed list only. */
export const RELATION_TYPES = [
  'MET', 'COOPERATES_WITH', 'ATTENDED', 'CO_CHAIRED', 'HOSTED', 'ORGANISED',
  'HELD_IN', 'HOLDS_POSITION', 'HAS_RANK', 'REPRESENTS', 'MEMBER_OF',
] as const satisfies readonly RelationType[];

/** Compile-time check that RELATION_TYPES lists the whole union. */
type MissingRelationType = Exclude<RelationType, (typeof RELATION_TYPES)[number]>;
const relationTypesComplete: MissingRelationType extends never ? true : false = true;
void relationTypesComplete;

export type EntityLabel = 'Person' | 'Country' | 'Organisation' | 'Event' | 'Place' | 'Office' | 'Rank';

/** Id prefix → label. Every entity node also carries the label `Entity` (one uniqueness constraint on ids). */
export const LABEL_BY_PREFIX: Readonly<Record<string, EntityLabel>> = {
  person: 'Person', country: 'Country', org: 'Organisation', event: 'Event',
  place: 'Place', office: 'Office', rank: 'Rank',
};

export const ENTITY_LABELS: readonly EntityLabel[] = ['Person', 'Country', 'Organisation', 'Event', 'Place', 'Office', 'Rank'];

/** Label for a stable id such as `person:nguyen-chi-vinh`, or null for an unknown namespace. */
export function labelOfId(id: string): EntityLabel | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  return LABEL_BY_PREFIX[id.slice(0, colon)] ?? null;
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
