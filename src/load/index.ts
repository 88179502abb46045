// Load stage: the Neo4j side of Entente (driver, schema, idempotent loading, counts, saved queries).

export { openDriver, describeConnectError, describeDatabaseError } from './driver.js';
