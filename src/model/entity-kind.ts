// The kinds of entity a stable id names, by its prefix: one list for the graph, the loader and Neo4j's labels.

export type EntityKind = 'Person' | 'Country' | 'Organisation' | 'Event' | 'Place' | 'Office' | 'Rank';

export const ENTITY_KINDS: readonly EntityKind[] = ['Person', 'Country', 'Organisation', 'Event', 'Place', 'Office', 'Rank'];

/** Id prefix → kind (`person:nguyen-chi-vinh` → Person). */
const KIND_BY_PREFIX: Readonly<Record<string, EntityKind>> = {
  person: 'Person', country: 'Country', org: 'Organisation', event: 'Event', place: 'Place', office: 'Office', rank: 'Rank',
};

/** The kind a stable id names by its prefix, or null for an id outside the model. */
export function kindOfId(id: string): EntityKind | null {
  const colon = id.indexOf(':');
  return colon > 0 ? KIND_BY_PREFIX[id.slice(0, colon)] ?? null : null;
}
