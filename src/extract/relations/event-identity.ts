// Stable event ids (the same meeting in several articles gets one id) and the merging of events that share one.

import { slugify } from '../../lang/fold.js';
import type { DocView } from './doc-view.js';
import type { FoundEvent } from './events.js';

const PARTY_ANCHOR = /^(?:org|country):/;

/**
 * Gives each event its id: head noun and ordinal plus the organisations and countries in its name (a numbered
 * meeting of a series needs no date); without an ordinal, its named complements, date and place; with nothing
 * else, the people of its sentence, and at worst the document.
 */
export function assignEventIds(view: DocView, events: FoundEvent[]): void {
  for (const e of events) {
    const parts = [e.head];
    const parties = e.anchors.filter((a) => PARTY_ANCHOR.test(a));
    if (e.record.ordinal !== undefined) {
      // "14e Congrès national du Parti" and "14e Congrès du PCV" are one event: only organisations and countries count.
      // With no party in its name, two parties in its sentence tell one bilateral series from another ("leur 5e dialogue").
      const around = [...new Set(e.sentence.parties.map((p) => p.key))].sort();
      const context = parties.length ? parties : around.length >= 2 ? around : [];
      parts.push(String(e.record.ordinal), ...context);
    } else {
      parts.push(...(parties.length ? parties : e.anchors));
      if (e.record.dateValue) parts.push(e.record.dateValue.iso);
      if (e.record.placeId) parts.push(e.record.placeId);
      if (parts.length === 1) {
        const people = [...new Set(e.sentence.persons.map((p) => p.key))].sort();
        parts.push(...(people.length ? people : [view.doc.id]));
      }
    }
    e.record.id = `event:${slugify([...new Set(parts)].map((p) => p.replace(/^[a-z]+:/, '')).join(' '))}`;
  }
}
