// Turns node and edge attributes into flat scalar columns for file formats that hold no lists or objects.

import type { EntityNodeAttributes, RelationEdgeAttributes } from './model.js';

export type FlatValue = string | number | boolean;
export type FlatAttributes = Record<string, FlatValue>;

/** Lists are joined with this (ids and ISO dates never contain it). */
export const LIST_SEPARATOR = ';';

/**
 * Node columns: scalars as they are, lists joined, evidence as one JSON string; empty values left out.
 * The entity kind is `entity` because `kind` and `type` are the loader's names for an organisation's and an event's.
 */
export function flattenNodeAttributes(attrs: EntityNodeAttributes): FlatAttributes {
  const flat: FlatAttributes = { id: attrs.id, entity: attrs.kind, name: attrs.label };
  if (attrs.country) flat.country = attrs.country;
  if (attrs.dates.length) flat.dates = attrs.dates.join(LIST_SEPARATOR);
  if (attrs.docs.length) flat.docs = attrs.docs.join(LIST_SEPARATOR);
  for (const key of ['degree', 'betweenness', 'pagerank', 'community', 'component'] as const) {
    const value = attrs[key];
    if (value !== undefined) flat[key] = value;
  }
  for (const [key, value] of Object.entries(attrs.props)) {
    if (Array.isArray(value)) {
      if (value.length) flat[key] = value.join(LIST_SEPARATOR);
    } else if (value !== null) flat[key] = value;
  }
  if (attrs.evidence.length) flat.evidence = JSON.stringify(attrs.evidence);
  return flat;
}

export function flattenEdgeAttributes(attrs: RelationEdgeAttributes): FlatAttributes {
  const flat: FlatAttributes = { type: attrs.type, confidence: attrs.confidence };
  if (attrs.date) flat.date = attrs.date;
  if (attrs.event) flat.event = attrs.event;
  if (attrs.domains.length) flat.domains = attrs.domains.join(LIST_SEPARATOR);
  if (attrs.docs.length) flat.docs = attrs.docs.join(LIST_SEPARATOR);
  if (attrs.evidence.length) flat.evidence = JSON.stringify(attrs.evidence);
  return flat;
}
