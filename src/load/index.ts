// Load stage: the Neo4j side of Entente (driver, schema, idempotent loading, counts, saved queries, ingest lock).

export { openDriver, describeConnectError, describeDatabaseError } from './driver.js';
export { applySchema, splitStatements } from './schema.js';
export { ingestRecords, formatSummary, emptySummary, readStoredState, isUnchanged, type IngestOptions, type IngestSummary, type LoadOutcome, type StoredState } from './ingest.js';
export { countGraph, type GraphCounts } from './count-graph.js';
export { buildRecordRows, canonicalLocation } from './record-rows.js';
export { RELATION_TYPES, ENTITY_LABELS, labelOfId } from './graph-model.js';
export { runSavedQuery, listSavedQueries, findSavedQuery, bindParams, parseSavedQuery, type SavedQuery, type QueryRows } from './saved-queries.js';
export { formatRows, type RowFormat } from './format-rows.js';
export { acquireIngestLock, lockPath, type IngestLock } from './ingest-lock.js';
export { scheduleEvery, watchFolder, parseEvery } from './schedule.js';
