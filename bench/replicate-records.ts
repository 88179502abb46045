// Makes a larger corpus from a few extraction records: copy i gets its own locations, doc ids, hashes and entity ids.

import { createHash } from 'node:crypto';
import type { ExtractionRecord } from '../src/model/extraction.js';

/**
 * Copy `i` of a record, with every id except countries suffixed so copies form distinct people, events and
 * articles (a corpus that grows like a real one); countries stay shared, as in real news.
 */
export function replicateRecord(record: ExtractionRecord, i: number): ExtractionRecord {
  if (i === 0) return record;
  const suffix = `-r${i}`;
  const id = (value: string): string => (value.startsWith('country:') ? value : `${value}${suffix}`);
  const text = JSON.stringify(record)
    .replace(/"((?:person|org|event|place|office|rank|doc):[^"]*)"/g, (_m, v: string) => JSON.stringify(id(v)));
  const copy = JSON.parse(text) as ExtractionRecord;
  copy.location = `${record.location}${suffix}`;
  copy.file = `${record.file}${suffix}`;
  copy.sourceHash = createHash('sha256').update(`${record.sourceHash}${suffix}`).digest('hex');
  return copy;
}

/** `copies` replicas of every record, streamed. */
export function* replicateRecords(records: ExtractionRecord[], copies: number): Generator<ExtractionRecord> {
  for (let i = 0; i < copies; i++) for (const record of records) yield replicateRecord(record, i);
}
