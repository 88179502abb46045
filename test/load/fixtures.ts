// Hand-built extraction records (French sentences written for the tests) and helpers shared by the load tests.

import { createHash } from 'node:crypto';
import type { ExtractionRecord, RelationRecord, RelationType } from '../../src/model/extraction.js';
import type { Evidence } from '../../src/model/evidence.js';
import type { SourceOutcome } from '../../src/cli/extract-sources.js';
import { resolveConfig, type ResolvedConfig } from '../../src/config.js';

export function testConfig(env: Record<string, string> = {}): ResolvedConfig {
  const base = { ...process.env };
  delete base.NEO4J_URI;
  delete base.NEO4J_PASSWORD;
  delete base.NEO4J_DATABASE;
  return resolveConfig({}, { ...base, ...env });
}

export const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

function ev(doc: string, text: string, rule: string, sentence = 0): Evidence {
  return { doc, sentence, text, start: 0, end: text.length, sourceStart: sentence * 100, sourceEnd: sentence * 100 + text.length, rule };
}

function rel(type: RelationType, a: [string, string], b: [string, string], evidence: Evidence[], extra: Partial<RelationRecord> = {}): RelationRecord {
  return { type, a: a[1], b: b[1], aId: a[0], bId: b[0], confidence: 0.9, evidence, ...extra };
}

const BINH: [string, string] = ['person:nguyen-hoa-binh', 'Nguyễn Hòa Bình'];
const LEE: [string, string] = ['person:lee-hsien-loong', 'Lee Hsien Loong'];
const GIANG: [string, string] = ['person:phan-van-giang', 'Phan Văn Giang'];
const WANG: [string, string] = ['person:wang-huning', 'Wang Huning'];
const VN: [string, string] = ['country:VN', 'Vietnam'];
const SG: [string, string] = ['country:SG', 'Singapour'];
const CN: [string, string] = ['country:CN', 'Chine'];
const SHANGRI: [string, string] = ['event:dialogue-shangri-la-2024', 'Dialogue Shangri-La 2024'];
const VISIT: [string, string] = ['event:visite-pekin-2024', 'Visite à Pékin'];
const ADMM: [string, string] = ['event:admm-18', '18e réunion des ministres de la Défense de l’ASEAN'];
const ASEAN: [string, string] = ['org:asean', 'Association des nations de l’Asie du Sud-Est'];

/** Article A: page plus one teaser. Binh meets Lee at the Shangri-La Dialogue in Singapore. */
export function recordA(version = 1, rulesVersion = 'rules-1'): ExtractionRecord {
  const page = `doc:a-page-v${version}`;
  const teaser = 'doc:a-teaser';
  const s1 = 'Le vice-Premier ministre Nguyễn Hòa Bình a rencontré le ministre senior Lee Hsien Loong le 31 mai à Singapour.';
  const s2 = 'Les deux pays ont convenu de renforcer leur coopération en matière de défense.';
  const s3 = 'Le Vietnam et Singapour coopèrent aussi dans le maintien de la paix.';
  const teaserText = 'En bref : le Dialogue Shangri-La s’est ouvert à Singapour.';
  const text = version === 1 ? `${s1} ${s2}` : `${s1} ${s2} ${s3}`;
  const relations: RelationRecord[] = [
    rel('MET', BINH, LEE, [ev(page, s1, 'met.rencontrer')], { event: SHANGRI[0], date: '2024-05-31', cameo: '042' }),
    rel('COOPERATES_WITH', VN, SG, [ev(page, s2, 'coop.renforcer', 1)], { domains: ['défense'] }),
    rel('ATTENDED', BINH, SHANGRI, [ev(page, s1, 'attend.a-singapour')]),
    rel('HELD_IN', SHANGRI, ['place:singapour', 'Singapour'], [ev(teaser, teaserText, 'event.held-in')]),
    rel('HOLDS_POSITION', LEE, ['office:ministre-senior-sg', 'ministre senior'], [ev(page, s1, 'office.title-before-name')], { props: { asOf: '2024-05-31' } }),
  ];
  if (version === 2) relations.push(rel('COOPERATES_WITH', VN, SG, [ev(page, s3, 'coop.cooperer', 2)], { domains: ['maintien de la paix'], date: '2024-06-01' }));
  return {
    file: 'a.txt', location: '/corpus/a.txt', sourceHash: sha(text), rulesVersion,
    docs: [
      { id: page, kind: 'page', title: 'Le vice-Premier ministre Nguyễn Hòa Bình à Singapour', published: '2024-05-31' },
      { id: teaser, kind: 'teaser', title: 'Ouverture du Dialogue Shangri-La', parentId: page },
    ],
    persons: [
      { id: BINH[0], name: BINH[1], aliases: version === 1 ? ['Nguyen Hoa Binh'] : ['Nguyen Hoa Binh', 'M. Bình'], country: 'VN', rank: null, positions: ['vice-Premier ministre permanent'], evidence: [ev(page, s1, 'person.title-name')] },
      { id: LEE[0], name: LEE[1], aliases: [], country: 'SG', rank: null, positions: ['ministre senior'], evidence: [ev(page, s1, 'person.title-name')] },
    ],
    countries: [
      { code: 'VN', name: 'Vietnam', evidence: [ev(page, s2, 'country.gazetteer', 1)] },
      { code: 'SG', name: 'Singapour', evidence: [ev(page, s1, 'country.gazetteer')] },
    ],
    organisations: [],
    places: [{ id: 'place:singapour', name: 'Singapour', country: 'SG' }],
    events: [{ id: SHANGRI[0], type: 'dialogue', name: SHANGRI[1], date: '31 mai', dateValue: { iso: '2024-05-31', text: '31 mai', rule: 'date.day-month' }, place: 'Singapour', placeId: 'place:singapour', evidence: [ev(teaser, teaserText, 'event.named')] }],
    relations,
  };
}

/** Article B: Giang (a general) meets Lee at the same dialogue, then Wang Huning in Beijing. */
export function recordB(): ExtractionRecord {
  const page = 'doc:b-page';
  const s1 = 'Le général Phan Văn Giang, ministre de la Défense, a rencontré Lee Hsien Loong en marge du Dialogue Shangri-La.';
  const s2 = 'Le 10 juin, à Pékin, il s’est entretenu avec Wang Huning.';
  const text = `${s1} ${s2}`;
  return {
    file: 'b.txt', location: '/corpus/b.txt', sourceHash: sha(text), rulesVersion: 'rules-1',
    docs: [{ id: page, kind: 'page', title: 'Le général Phan Văn Giang au Dialogue Shangri-La', published: '2024-06-10' }],
    persons: [
      { id: GIANG[0], name: GIANG[1], aliases: ['Phan Van Giang'], country: 'VN', rank: 'général', positions: ['ministre de la Défense'], evidence: [ev(page, s1, 'person.rank-name')] },
      { id: LEE[0], name: LEE[1], aliases: ['Lý Hiển Long'], country: 'SG', rank: null, positions: [], evidence: [ev(page, s1, 'person.gazetteer')] },
      { id: WANG[0], name: WANG[1], aliases: [], country: 'CN', rank: null, positions: [], evidence: [ev(page, s2, 'person.gazetteer', 1)] },
    ],
    countries: [
      { code: 'VN', name: 'Vietnam', evidence: [] },
      { code: 'CN', name: 'Chine', evidence: [ev(page, s2, 'country.capital', 1)] },
    ],
    organisations: [],
    places: [{ id: 'place:pekin', name: 'Pékin', country: 'CN' }],
    events: [
      { id: SHANGRI[0], type: 'dialogue', name: SHANGRI[1], date: null, place: null, evidence: [ev(page, s1, 'event.named')] },
      { id: VISIT[0], type: 'visit', name: VISIT[1], date: '10 juin', dateValue: { iso: '2024-06-10', text: '10 juin', rule: 'date.day-month' }, place: 'Pékin', placeId: 'place:pekin', evidence: [ev(page, s2, 'event.visit', 1)] },
    ],
    relations: [
      rel('MET', GIANG, LEE, [ev(page, s1, 'met.rencontrer')], { event: SHANGRI[0], cameo: '042' }),
      rel('MET', GIANG, WANG, [ev(page, s2, 'met.s-entretenir', 1)], { event: VISIT[0], date: '2024-06-10', cameo: '042' }),
      rel('ATTENDED', GIANG, SHANGRI, [ev(page, s1, 'attend.en-marge')]),
      rel('HAS_RANK', GIANG, ['rank:general', 'général'], [ev(page, s1, 'rank.before-name')], { date: '2024-06-10' }),
      rel('HOLDS_POSITION', GIANG, ['office:ministre-defense-vn', 'ministre de la Défense'], [ev(page, s1, 'office.apposition')], { props: { asOf: '2024-06-10' } }),
      rel('HELD_IN', VISIT, ['place:pekin', 'Pékin'], [ev(page, s2, 'event.held-in', 1)]),
      rel('REPRESENTS', GIANG, VN, [ev(page, s1, 'represents.minister')]),
    ],
  };
}

/** Article C: the ASEAN defence ministers' meeting, co-chaired, with Vietnam and Singapore as members. */
export function recordC(): ExtractionRecord {
  const page = 'doc:c-page';
  const s1 = 'La 18e réunion des ministres de la Défense de l’ASEAN (ADMM) s’est tenue le 20 novembre 2024 à Vientiane.';
  const s2 = 'Le général Phan Văn Giang a coprésidé la séance avec Lee Hsien Loong.';
  const text = `${s1} ${s2}`;
  return {
    file: 'c.txt', location: '/corpus/c.txt', sourceHash: sha(text), rulesVersion: 'rules-1',
    docs: [{ id: page, kind: 'page', title: 'ADMM-18 à Vientiane', published: '2024-11-20' }],
    persons: [
      { id: GIANG[0], name: GIANG[1], aliases: [], country: 'VN', rank: 'général', positions: [], evidence: [ev(page, s2, 'person.rank-name', 1)] },
      { id: LEE[0], name: LEE[1], aliases: [], country: 'SG', rank: null, positions: [], evidence: [ev(page, s2, 'person.gazetteer', 1)] },
    ],
    countries: [{ code: 'VN', name: 'Vietnam', evidence: [] }, { code: 'SG', name: 'Singapour', evidence: [] }],
    organisations: [{ id: ASEAN[0], name: ASEAN[1], kind: 'org', aliases: ['ANASE'], acronym: 'ASEAN', evidence: [ev(page, s1, 'org.acronym')] }],
    places: [{ id: 'place:vientiane', name: 'Vientiane', country: 'LA' }],
    events: [{ id: ADMM[0], type: 'meeting', name: ADMM[1], date: '20 novembre 2024', dateValue: { iso: '2024-11-20', text: '20 novembre 2024', rule: 'date.full' }, place: 'Vientiane', placeId: 'place:vientiane', ordinal: 18, series: ASEAN[0], cameo: '043', evidence: [ev(page, s1, 'event.ordinal')] }],
    relations: [
      rel('ORGANISED', ASEAN, ADMM, [ev(page, s1, 'org.event-of')]),
      rel('CO_CHAIRED', GIANG, ADMM, [ev(page, s2, 'cochair.coprésider', 1)]),
      rel('CO_CHAIRED', LEE, ADMM, [ev(page, s2, 'cochair.coprésider', 1)]),
      rel('MEMBER_OF', VN, ASEAN, [ev(page, s1, 'member.gazetteer')]),
      rel('MEMBER_OF', SG, ASEAN, [ev(page, s1, 'member.gazetteer')]),
      rel('HELD_IN', ADMM, ['place:vientiane', 'Vientiane'], [ev(page, s1, 'event.held-in')]),
      rel('MEMBER_OF', ['person:x', 'X'], ['unknown:thing', 'Y'], []),
    ],
  };
}

/** Article D: "le général Giang" alone, as a later article names Phan Văn Giang; resolved apart (person:giang). */
export function recordD(): ExtractionRecord {
  const page = 'doc:d-page';
  const s1 = 'Le général Giang a reçu une délégation laotienne à Hanoï.';
  const GIANG_SHORT: [string, string] = ['person:giang', 'Giang'];
  return {
    file: 'd.txt', location: '/corpus/d.txt', sourceHash: sha(s1), rulesVersion: 'rules-1',
    docs: [{ id: page, kind: 'page', title: 'Une délégation laotienne à Hanoï', published: '2024-12-02' }],
    persons: [{ id: GIANG_SHORT[0], name: GIANG_SHORT[1], aliases: [], country: 'VN', rank: 'général', positions: [], evidence: [ev(page, s1, 'person.rank-name')] }],
    countries: [], organisations: [], places: [], events: [],
    relations: [rel('HAS_RANK', GIANG_SHORT, ['rank:general', 'général'], [ev(page, s1, 'rank.before-name')], { date: '2024-12-02' })],
  };
}

export async function* outcomesOf(records: ExtractionRecord[]): AsyncGenerator<SourceOutcome> {
  for (const record of records) yield { ok: true, record };
}
