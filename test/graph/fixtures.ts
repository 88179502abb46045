// Extraction records written for the graph tests: short French sentences, two articles, two separate clusters.

import type { Evidence } from '../../src/model/evidence.js';
import type { ExtractionRecord, RelationRecord, RelationType } from '../../src/model/extraction.js';

export function evidence(doc: string, sentence: number, text: string, rule = 'test:rule'): Evidence {
  return { doc, sentence, text, start: 0, end: text.length, sourceStart: 0, sourceEnd: text.length, rule };
}

function relation(type: RelationType, aId: string, a: string, bId: string, b: string, ev: Evidence, date?: string): RelationRecord {
  return { type, aId, a, bId, b, confidence: 0.9, evidence: [ev], ...(date ? { date } : {}) };
}

function record(file: string, doc: string): ExtractionRecord {
  return {
    file, location: `/corpus/${file}`, sourceHash: 'a'.repeat(64), rulesVersion: 'test',
    docs: [{ id: doc, kind: 'page', title: file }],
    persons: [], countries: [], organisations: [], places: [], events: [], relations: [],
  };
}

const S1 = 'Le général Nguyen Chi Vinh a reçu M. Samuel Perez à Hanoï le 12 mars 2024.';
const S2 = 'Nguyen Chi Vinh a rencontré Stefano Toscano, directeur du Centre de Genève.';
const S3 = 'Le Vietnam et les États-Unis renforcent leur coopération dans la défense.';
const S4 = 'Le Premier ministre Pham Minh Chinh s\'est entretenu avec le président Matamela Cyril Ramaphosa.';
const S5 = 'Samuel Perez a de nouveau rencontré Nguyen Chi Vinh à Washington le 2 avril 2024.';
const S6 = 'Woo Won-sik a reçu Kim Jin-pyo à Séoul.';

/** Article 1: Vinh meets Perez and Toscano; Vietnam cooperates with the United States; Vinh attends a dialogue. */
export function recordOne(): ExtractionRecord {
  const doc = 'doc:1111111111111111';
  const r = record('001_test.txt', doc);
  r.persons = [
    { id: 'person:nguyen-chi-vinh', name: 'Nguyen Chi Vinh', aliases: [], country: 'VN', rank: 'général', positions: ['vice-ministre de la Défense'], evidence: [evidence(doc, 0, S1)] },
    { id: 'person:samuel-perez', name: 'Samuel Perez', aliases: [], country: 'US', rank: null, positions: [], evidence: [evidence(doc, 0, S1)] },
    { id: 'person:stefano-toscano', name: 'Stefano Toscano', aliases: [], country: 'CH', rank: null, positions: ['directeur'], evidence: [evidence(doc, 1, S2)] },
  ];
  r.countries = [
    { code: 'VN', name: 'Vietnam', evidence: [evidence(doc, 2, S3)] },
    { code: 'US', name: 'États-Unis', evidence: [evidence(doc, 2, S3)] },
  ];
  r.organisations = [{ id: 'org:centre-de-geneve', name: 'Centre de Genève', kind: 'org', aliases: [], country: 'CH', evidence: [evidence(doc, 1, S2)] }];
  r.places = [{ id: 'place:hanoi', name: 'Hanoï', country: 'VN' }];
  r.events = [{ id: 'event:dialogue-2024-03-12', type: 'dialogue', name: 'Dialogue de défense', date: '12 mars 2024',
    dateValue: { iso: '2024-03-12', text: '12 mars 2024', rule: 'test:date' }, place: 'Hanoï', placeId: 'place:hanoi', evidence: [evidence(doc, 0, S1)] }];
  r.relations = [
    relation('MET', 'person:nguyen-chi-vinh', 'Nguyen Chi Vinh', 'person:samuel-perez', 'Samuel Perez', evidence(doc, 0, S1, 'met:recevoir'), '2024-03-12'),
    relation('MET', 'person:nguyen-chi-vinh', 'Nguyen Chi Vinh', 'person:stefano-toscano', 'Stefano Toscano', evidence(doc, 1, S2, 'met:rencontrer')),
    relation('COOPERATES_WITH', 'country:VN', 'VN', 'country:US', 'US', evidence(doc, 2, S3, 'coop:renforcer')),
    relation('ATTENDED', 'person:nguyen-chi-vinh', 'Nguyen Chi Vinh', 'event:dialogue-2024-03-12', 'Dialogue de défense', evidence(doc, 0, S1, 'attended:recevoir')),
    relation('HELD_IN', 'event:dialogue-2024-03-12', 'Dialogue de défense', 'place:hanoi', 'Hanoï', evidence(doc, 0, S1, 'held:a')),
    relation('MEMBER_OF', 'person:stefano-toscano', 'Stefano Toscano', 'org:centre-de-geneve', 'Centre de Genève', evidence(doc, 1, S2, 'member:directeur')),
    relation('REPRESENTS', 'person:nguyen-chi-vinh', 'Nguyen Chi Vinh', 'country:VN', 'VN', evidence(doc, 0, S1, 'represents:nationality')),
    relation('REPRESENTS', 'person:samuel-perez', 'Samuel Perez', 'country:US', 'US', evidence(doc, 0, S1, 'represents:nationality')),
  ];
  return r;
}

/** Article 2: the same Vinh–Perez meeting seen again, Chinh meets Ramaphosa, and a Korean pair unlinked to the rest. */
export function recordTwo(): ExtractionRecord {
  const doc = 'doc:2222222222222222';
  const r = record('002_test.txt', doc);
  r.persons = [
    { id: 'person:nguyen-chi-vinh', name: 'Nguyen Chi Vinh', aliases: ['Vinh'], country: 'VN', rank: null, positions: [], evidence: [evidence(doc, 0, S5)] },
    { id: 'person:samuel-perez', name: 'Samuel Perez', aliases: [], country: 'US', rank: null, positions: [], evidence: [evidence(doc, 0, S5)] },
    { id: 'person:pham-minh-chinh', name: 'Pham Minh Chinh', aliases: [], country: 'VN', rank: null, positions: ['Premier ministre'], evidence: [evidence(doc, 1, S4)] },
    { id: 'person:matamela-cyril-ramaphosa', name: 'Matamela Cyril Ramaphosa', aliases: [], country: 'ZA', rank: null, positions: ['président'], evidence: [evidence(doc, 1, S4)] },
    { id: 'person:woo-won-sik', name: 'Woo Won-sik', aliases: [], country: 'KR', rank: null, positions: [], evidence: [evidence(doc, 2, S6)] },
    { id: 'person:kim-jin-pyo', name: 'Kim Jin-pyo', aliases: [], country: 'KR', rank: null, positions: [], evidence: [evidence(doc, 2, S6)] },
  ];
  r.countries = [{ code: 'VN', name: 'Vietnam', evidence: [] }];
  r.relations = [
    relation('MET', 'person:nguyen-chi-vinh', 'Nguyen Chi Vinh', 'person:samuel-perez', 'Samuel Perez', evidence(doc, 0, S5, 'met:rencontrer'), '2024-04-02'),
    relation('MET', 'person:pham-minh-chinh', 'Pham Minh Chinh', 'person:matamela-cyril-ramaphosa', 'Matamela Cyril Ramaphosa', evidence(doc, 1, S4, 'met:entretenir')),
    relation('REPRESENTS', 'person:pham-minh-chinh', 'Pham Minh Chinh', 'country:VN', 'VN', evidence(doc, 1, S4, 'represents:nationality')),
    relation('MET', 'person:woo-won-sik', 'Woo Won-sik', 'person:kim-jin-pyo', 'Kim Jin-pyo', evidence(doc, 2, S6, 'met:recevoir')),
  ];
  return r;
}

/**
 * Node and edge counts of `buildGraph([recordOne(), recordTwo()])`, counted by hand; `articles` is the number of docs
 * the CSV export writes as Article nodes holding the cited sentences, `mentions` its MENTIONS: one per doc an entity's
 * evidence cites (7 in article 1, Hanoï has none; 6 in article 2, Vietnam's list there is empty).
 */
export const FIXTURE_COUNTS = { nodes: 12, edges: 11, articles: 2, mentions: 13 };
