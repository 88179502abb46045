// The graph model's closed vocabularies: entity labels by id prefix, relation types, and what each means.

import { RELATION_TYPES, type RelationType } from '../model/extraction.js';
import { ENTITY_KINDS, kindOfId, type EntityKind } from '../model/entity-kind.js';

export { RELATION_TYPES };

/** Neo4j labels are the model's entity kinds; every entity node also carries the label `Entity`. */
export type EntityLabel = EntityKind;
export const ENTITY_LABELS: readonly EntityLabel[] = ENTITY_KINDS;
/** Label for a stable id such as `person:nguyen-chi-vinh`, or null for an unknown namespace. */
export const labelOfId = kindOfId;

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
