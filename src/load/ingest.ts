// Idempotent loading: streams extraction outcomes, skips unchanged files, replaces changed ones in one transaction per batch.

import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { SourceOutcome } from '../cli/extract-sources.js';
import type { InputError } from '../errors.js';
import { entityAggregates } from './aggregates.js';
import { buildRecordRows, canonicalLocation, mergeSentences, type ArticleRow, type MentionRow, type Properties, type RecordRows } from './record-rows.js';
import type { ExtractionRecord } from '../model/extraction.js';
import { describeDatabaseError } from './driver.js';
import { applySchema } from './schema.js';
import { isTimingStatements, timeStep } from './statement-timing.js';
import {
  CREATE_MENTIONS_LISTED, CREATE_RELATION, CREATE_RELATION_LISTED, DELETE_ARTICLES, MENTION_KEYS, RELATION_KEYS, DELETE_FACTS, DELETE_ORPHANS, MARK_MENTIONED_PENDING, MERGE_ARTICLES,
  AWAIT_FULLTEXT_REFRESH, MERGE_ENTITY, CLEAR_MENTIONS, CREATE_MENTIONS, MERGE_TEASER_LINKS, READ_PENDING, READ_STATE, RECOMPUTE_AGGREGATES,
} from './statements.js';

/** What the loader reads: an extraction outcome, or a source the caller already found unchanged (not extracted). */
export type LoadOutcome = SourceOutcome | { ok: 'unchanged'; location: string };

/**
 * Every load statement seeks by a uniqueness constraint or index whatever the graph's size, so its cached plan stays
 * good; without this, Neo4j throws plans away and compiles them again each time the counts it planned with diverge,
 * which a graph growing from empty does all through a first ingest.
 */
function stablePlan(cypher: string): string {
  return `CYPHER replan=skip${cypher}`;
}

/** Records checked against the graph with one query. */
const CHECK_GROUP = 500;

export interface IngestOptions {
  database: string;
  /** Rows per UNWIND statement. */
  batchSize: number;
  /**
   * Rows at which waiting files are written in one transaction (default 4 × batchSize). Fewer, larger transactions
   * leave fewer entities Pending (one touched by two transactions is recomputed at the end) and fewer statements:
   * at 10× the bench corpus, 20,000 rows per transaction loaded about 1.5× faster than 5,000.
   */
  transactionRows?: number;
  /** Apply queries/schema.cypher first (default true). */
  applySchema?: boolean;
  /** Called for each input that could not be read or extracted; the run goes on. */
  onFailure?: (error: InputError) => void;
  /** Called after each committed batch (for progress output). */
  onBatch?: (summary: IngestSummary) => void;
}

export interface IngestSummary {
  /** Input files seen (read or failed). */
  read: number;
  /** Unchanged (same source hash and rules version): not touched. */
  skipped: number;
  /** New input files. */
  added: number;
  /** Changed files or files extracted by other rules: their facts were replaced. */
  updated: number;
  /** Inputs that could not be read or extracted. */
  failed: number;
  /** Relations whose endpoint ids have no known namespace (not loaded). */
  rejected: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  /** Fact relationships written (created or refreshed), MENTIONS excluded. */
  relationsWritten: number;
  elapsedMs: number;
}

export function emptySummary(): IngestSummary {
  return {
    read: 0, skipped: 0, added: 0, updated: 0, failed: 0, rejected: 0,
    nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, relationsWritten: 0, elapsedMs: 0,
  };
}

/** One line for logs and cron mail. */
export function formatSummary(s: IngestSummary): string {
  return `read ${s.read}, skipped ${s.skipped}, added ${s.added}, updated ${s.updated}, failed ${s.failed}`
    + ` · relationships +${s.relationshipsCreated} -${s.relationshipsDeleted}, nodes +${s.nodesCreated} -${s.nodesDeleted}`
    + ` · ${(s.elapsedMs / 1000).toFixed(1)} s`;
}

/**
 * Loads every record into the graph. Records are compared with the graph 500 at a time (one query); changed ones
 * are buffered until their rows reach `transactionRows`, then written in one managed write transaction, so a file's
 * old facts are removed and its new facts written atomically, and a run killed at any point leaves each file
 * either old or new, never half. Memory is bounded by those two buffers, whatever the corpus size.
 */
export async function ingestRecords(outcomes: AsyncIterable<LoadOutcome>, driver: Driver, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const summary = emptySummary();
  const transactionRows = options.transactionRows ?? 4 * options.batchSize;
  if (options.applySchema !== false) await timeStep('apply schema', () => applySchema(driver, options.database));
  // Aggregates a killed run left pending are settled first, so a rerun ends as a clean run would.
  await settlePending(driver, options, summary);
  // Records wait in `checking` until one query tells which are unchanged; changed ones wait in `writing` until
  // their rows fill a batch. Both are bounded, so memory is too, whatever the corpus size.
  let checking: ExtractionRecord[] = [];
  // Locations waiting in either list: a second record for one of them waits until the first is written.
  const checkingLocations = new Set<string>();
  let writingLocations = new Set<string>();
  let writing: Array<{ rows: RecordRows; existing: boolean }> = [];
  let writingRows = 0;
  // One batch at a time is being written (one transaction, so no two of ours can deadlock) while the next one is
  // checked and built; its locations are not read again until it is committed.
  let inFlight: Promise<void> | undefined;
  let inFlightLocations = new Set<string>();
  const settle = async (): Promise<void> => {
    const write = inFlight;
    inFlight = undefined;
    inFlightLocations = new Set();
    if (write) await write;
  };
  const flush = async (): Promise<void> => {
    if (writing.length === 0) return;
    const batch = writing;
    const locations = writingLocations;
    writing = [];
    writingLocations = new Set();
    writingRows = 0;
    await settle();
    inFlightLocations = locations;
    inFlight = writeBatch(driver, options, batch, summary).then(() => {
      summary.elapsedMs = Date.now() - started;
      options.onBatch?.({ ...summary });
    });
    // Its failure is thrown by the next settle(); this only keeps it from counting as unhandled meanwhile.
    inFlight.catch(() => undefined);
  };
  const check = async (): Promise<void> => {
    if (checking.length === 0) return;
    const state = await timeStep('READ_STATE', () => readStoredState(driver, options.database, checking.map((r) => canonicalLocation(r.location))));
    for (const record of checking) {
      const stored = state.get(canonicalLocation(record.location));
      if (isUnchanged(stored, record.sourceHash, record.rulesVersion)) {
        summary.skipped++;
        continue;
      }
      const rows = isTimingStatements() ? await timeStep('build rows (JS)', async () => buildRecordRows(record)) : buildRecordRows(record);
      writing.push({ rows, existing: stored !== undefined });
      writingLocations.add(rows.location);
      writingRows += rows.size;
      if (writingRows >= transactionRows) await flush();
    }
    checking = [];
    checkingLocations.clear();
  };
  try {
    for await (const outcome of outcomes) {
      summary.read++;
      if (outcome.ok === 'unchanged') {
        summary.skipped++;
        continue;
      }
      if (!outcome.ok) {
        summary.failed++;
        options.onFailure?.(outcome.error);
        continue;
      }
      // The same location twice in one group would make the state check ambiguous: settle the first one first.
      const location = canonicalLocation(outcome.record.location);
      if (checkingLocations.has(location) || writingLocations.has(location) || inFlightLocations.has(location)) {
        await check();
        await flush();
        await settle();
      }
      checkingLocations.add(location);
      checking.push(outcome.record);
      if (checking.length >= CHECK_GROUP) await check();
    }
    await check();
    await flush();
    await settle();
  } finally {
    // A failure elsewhere must not leave a transaction running after the caller closes the driver.
    await inFlight?.catch(() => undefined);
  }
  await settlePending(driver, options, summary);
  await awaitFulltextIndexes(driver, options.database);
  summary.elapsedMs = Date.now() - started;
  return summary;
}

async function writeBatch(driver: Driver, options: IngestOptions, batch: Array<{ rows: RecordRows; existing: boolean }>,
  summary: IngestSummary): Promise<void> {
  const { database, batchSize } = options;
  const changed = batch.map((b) => b.rows);
  const existing = batch.filter((b) => b.existing).map((b) => b.rows.location);

  const work = async (tx: ManagedTransaction): Promise<Counters> => {
    const counters = zeroCounters();
    // Statements are sent without waiting for the previous one's result: the server runs them in order on the
    // transaction's connection while the driver encodes the next one's rows. All are awaited before commit.
    const pending: Array<Promise<void>> = [];
    // When timing (statement-timing.ts), each statement waits for the previous one so its time is its own.
    let previous: Promise<void> = Promise.resolve();
    const run = (name: string, cypher: string, params: Record<string, unknown>): void => {
      if (isTimingStatements()) {
        previous = previous.then(() => timeStep(name, async () => addCounters(counters, await tx.run(stablePlan(cypher), params))));
        pending.push(previous);
        return;
      }
      pending.push(Promise.resolve(tx.run(stablePlan(cypher), params)).then((result) => addCounters(counters, result)));
    };
    const runChunked = (name: string, cypher: string, rows: unknown[]): void => {
      for (let i = 0; i < rows.length; i += batchSize) run(name, cypher, { rows: rows.slice(i, i + batchSize) });
    };
    // Rows whose properties are all in `keys` go through the statement that names them, grouped by their start (an
    // article, or a fact's first entity), which the server then finds once: [start id, [[end id, then each key's
    // value or null, in order], ...]], about `batchSize` relationships per statement. Others (a rule's extra
    // properties) go through the one that sets a map: [start id, end id, properties]. Both give the same relationship.
    const runSplit = <R extends { props: Properties }>(name: string, listed: string, general: string, keys: readonly string[],
      rows: R[], ends: (row: R) => [string, string]): void => {
      const known = new Set<string>(keys);
      const byStart = new Map<string, unknown[][]>();
      const otherRows: unknown[][] = [];
      for (const row of rows) {
        const [start, end] = ends(row);
        if (!Object.keys(row.props).every((k) => known.has(k))) {
          otherRows.push([start, end, row.props]);
          continue;
        }
        const list: unknown[] = [end];
        for (const key of keys) list.push(row.props[key] ?? null);
        const group = byStart.get(start);
        if (group) group.push(list);
        else byStart.set(start, [list]);
      }
      let groups: unknown[][] = [];
      let size = 0;
      for (const [start, lists] of byStart) {
        groups.push([start, lists]);
        size += lists.length;
        if (size < batchSize) continue;
        run(name, listed, { rows: groups });
        groups = [];
        size = 0;
      }
      if (groups.length) run(name, listed, { rows: groups });
      runChunked(`${name} (other properties)`, general, otherRows);
    };
    if (existing.length) run('MARK_MENTIONED_PENDING', MARK_MENTIONED_PENDING, { locations: existing });
    // Every location of the batch, new ones too: a fact must never be created twice (see CREATE_RELATION).
    const locations = changed.map((b) => b.location);
    run('DELETE_FACTS', DELETE_FACTS, { locations });
    if (existing.length) run('DELETE_ARTICLES', DELETE_ARTICLES, { locations: existing });
    const articleRows = changed.flatMap((b) => b.articles);
    // A teaser printed by two files of the batch is one row: one UNWIND cannot read what an earlier row of it set.
    const articles = new Map<string, ArticleRow>();
    for (const row of articleRows) {
      const prior = articles.get(row.id);
      articles.set(row.id, prior ? { ...row, props: { ...row.props, sentences: mergeSentences(prior.props.sentences, row.props.sentences) } } : row);
    }
    runChunked('MERGE_ARTICLES', MERGE_ARTICLES, [...articles.values()]);
    runChunked('MERGE_TEASER_LINKS', MERGE_TEASER_LINKS, articleRows.filter((a) => a.parentId));
    // A teaser shared by two files of the batch is one article, mentioned once, located where the last file puts it.
    const mentions = new Map(changed.flatMap((b) => b.mentions).map((m) => [`${m.article}\u0000${m.id}`, m]));
    const mentionsOf = new Map<string, MentionRow[]>();
    for (const m of mentions.values()) {
      const list = mentionsOf.get(m.id);
      if (list) list.push(m);
      else mentionsOf.set(m.id, [m]);
    }
    const locationOf = new Map(articleRows.map((a) => [a.id, a.props.location]));
    // An entity named by several files of the batch is merged once with their properties in file order (what
    // successive `SET n += props` give); if it is new, its aggregates come along (see MERGE_ENTITY).
    for (const [label, cypher] of Object.entries(MERGE_ENTITY) as Array<[keyof typeof MERGE_ENTITY, string]>) {
      const rows = new Map<string, { id: string; props: Record<string, unknown> }>();
      for (const row of changed.flatMap((b) => b.entities.get(label) ?? [])) {
        const prior = rows.get(row.id);
        rows.set(row.id, prior ? { id: row.id, props: { ...prior.props, ...row.props } } : row);
      }
      runChunked('MERGE_ENTITY', cypher, [...rows.values()].map((row) => ({
        ...row, aggregates: entityAggregates(row.props.name, mentionsOf.get(row.id) ?? [], locationOf),
      })));
    }
    const articleIds = [...articles.keys()];
    for (let i = 0; i < articleIds.length; i += batchSize) run('CLEAR_MENTIONS', CLEAR_MENTIONS, { ids: articleIds.slice(i, i + batchSize) });
    runSplit('CREATE_MENTIONS', CREATE_MENTIONS_LISTED, CREATE_MENTIONS, MENTION_KEYS, [...mentions.values()], (m) => [m.article, m.id]);
    for (const [type, cypher] of Object.entries(CREATE_RELATION) as Array<[keyof typeof CREATE_RELATION, string]>) {
      // The fact key only gathered the rows (record-rows.ts): runSplit sends the ids and properties alone.
      const rows = changed.flatMap((b) => b.relations.get(type) ?? []);
      counters.relationsWritten += rows.length;
      runSplit('CREATE_RELATION', CREATE_RELATION_LISTED[type], cypher, RELATION_KEYS, rows, (r) => [r.aId, r.bId]);
    }
    await Promise.all(pending);
    return counters;
  };

  const session = driver.session({ database });
  try {
    const counters = await timeStep('write transaction (all statements and commit)', () => session.executeWrite(work));
    summary.nodesCreated += counters.nodesCreated;
    summary.nodesDeleted += counters.nodesDeleted;
    summary.relationshipsCreated += counters.relationshipsCreated;
    summary.relationshipsDeleted += counters.relationshipsDeleted;
    summary.relationsWritten += counters.relationsWritten;
  } catch (error) {
    throw describeDatabaseError(error, `loading ${changed.length} file(s) starting with ${changed[0]!.location}`);
  } finally {
    await session.close();
  }
  summary.added += changed.length - existing.length;
  summary.updated += existing.length;
  summary.rejected += changed.reduce((n, b) => n + b.rejected, 0);
}

/** Deletes orphaned entities and recomputes the aggregates of every Pending one, a slice per transaction. */
async function settlePending(driver: Driver, options: IngestOptions, summary: IngestSummary): Promise<void> {
  const session = driver.session({ database: options.database });
  try {
    for (;;) {
      const counters = await session.executeWrite(async (tx) => {
        const c = zeroCounters();
        const pending = await timeStep('READ_PENDING', () => tx.run(stablePlan(READ_PENDING), { limit: neo4j.int(options.batchSize) }));
        const ids = pending.records[0]?.get('ids') as string[] ?? [];
        if (ids.length === 0) return null;
        addCounters(c, await timeStep('DELETE_ORPHANS', () => tx.run(stablePlan(DELETE_ORPHANS), { ids })));
        addCounters(c, await timeStep('RECOMPUTE_AGGREGATES', () => tx.run(stablePlan(RECOMPUTE_AGGREGATES), { ids })));
        return c;
      });
      if (!counters) return;
      summary.nodesDeleted += counters.nodesDeleted;
      summary.relationshipsDeleted += counters.relationshipsDeleted;
    }
  } catch (error) {
    throw describeDatabaseError(error, 'recomputing entity aggregates');
  } finally {
    await session.close();
  }
}

/** The name index is eventually consistent (schema.cypher): a run ends once searches see every name it wrote. */
async function awaitFulltextIndexes(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await timeStep('AWAIT_FULLTEXT_REFRESH', () => session.run(AWAIT_FULLTEXT_REFRESH));
  } catch (error) {
    throw describeDatabaseError(error, 'waiting for the name search index');
  } finally {
    await session.close();
  }
}

export interface StoredState { hashes: string[]; versions: string[] }

/** The source hashes and rules versions stored for these locations (absent: never loaded). */
export async function readStoredState(driver: Driver, database: string, locations: string[]): Promise<Map<string, StoredState>> {
  const session = driver.session({ database });
  try {
    const result = await session.executeRead((tx) => tx.run(stablePlan(READ_STATE), { locations }));
    return new Map(result.records.map((r) => [r.get('location') as string, { hashes: r.get('hashes') as string[], versions: r.get('versions') as string[] }]));
  } catch (error) {
    throw describeDatabaseError(error, 'reading the stored state of articles');
  } finally {
    await session.close();
  }
}

/** Same text and same rules as what the graph holds: nothing to do. */
export function isUnchanged(stored: StoredState | undefined, sourceHash: string, rulesVersion: string): boolean {
  return stored !== undefined && stored.hashes.length === 1 && stored.hashes[0] === sourceHash
    && stored.versions.length === 1 && stored.versions[0] === rulesVersion;
}

interface Counters { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number; relationsWritten: number }

function zeroCounters(): Counters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, relationsWritten: 0 };
}

function addCounters(counters: Counters, result: QueryResult): void {
  const u = result.summary.counters.updates();
  counters.nodesCreated += u.nodesCreated;
  counters.nodesDeleted += u.nodesDeleted;
  counters.relationshipsCreated += u.relationshipsCreated;
  counters.relationshipsDeleted += u.relationshipsDeleted;
}
