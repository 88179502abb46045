// Makes a larger corpus from a few extraction records: copy i gets its own locations, doc ids, hashes and entity ids.

import { createHash } from 'node:crypto';
import type { ExtractionRecord } from '../src/model/extraction.js';

/** A record's JSON cut around its ids, so each copy is a join and one parse, not a stringify and a regex pass. */
interface Template { parts: string[]; ids: string[] }

const ID_TOKEN = /"((?:person|org|event|place|office|rank|doc):[^"]*)"/g;
const templates = new WeakMap<ExtractionRecord, Template>();

function templateOf(record: ExtractionRecord): Template {
  let template = templates.get(record);
  if (template) return template;
  const text = JSON.stringify(record);
  template = { parts: [], ids: [] };
  let last = 0;
  for (const m of text.matchAll(ID_TOKEN)) {
    template.parts.push(text.slice(last, m.index));
    template.ids.push(m[1]!);
    last = m.index! + m[0].length;
  }
  template.parts.push(text.slice(last));
  templates.set(record, template);
  return template;
}

/** The fields a loader reads to tell an unchanged record; the others are parsed when first read. */
const EAGER = new Set(['location', 'file', 'sourceHash', 'rulesVersion']);

/**
 * Copy `i` of a record, with every id except countries suffixed so copies form distinct people, events and
 * articles (a corpus that grows like a real one); countries stay shared, as in real news. The copy's location,
 * file, hash and rules version are set at once; its other fields are parsed from the cut-up JSON the first time one
 * is read, so an unchanged re-ingest (which reads only those four) measures the loader, not this replication.
 */
export function replicateRecord(record: ExtractionRecord, i: number): ExtractionRecord {
  if (i === 0) return record;
  const suffix = `-r${i}`;
  const copy = {} as ExtractionRecord;
  let parsed: ExtractionRecord | undefined;
  const full = (): ExtractionRecord => {
    if (parsed) return parsed;
    const { parts, ids } = templateOf(record);
    let text = parts[0]!;
    for (let k = 0; k < ids.length; k++) text += JSON.stringify(`${ids[k]!}${suffix}`) + parts[k + 1]!;
    parsed = JSON.parse(text) as ExtractionRecord;
    return parsed;
  };
  const eager: Record<string, unknown> = {
    location: `${record.location}${suffix}`,
    file: `${record.file}${suffix}`,
    sourceHash: createHash('sha256').update(`${record.sourceHash}${suffix}`).digest('hex'),
    rulesVersion: record.rulesVersion,
  };
  // Same keys in the same order as the record, so JSON.stringify(copy) is what it was.
  for (const key of Object.keys(record) as Array<keyof ExtractionRecord>) {
    const data = (value: unknown): void => {
      Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    };
    if (EAGER.has(key)) data(eager[key]);
    else Object.defineProperty(copy, key, { enumerable: true, configurable: true, get: () => full()[key], set: data });
  }
  return copy;
}

/** `copies` replicas of every record, streamed. */
export function* replicateRecords(records: ExtractionRecord[], copies: number): Generator<ExtractionRecord> {
  for (let i = 0; i < copies; i++) for (const record of records) yield replicateRecord(record, i);
}
