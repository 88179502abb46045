// Graph stage: the entity graph in memory (graphology), its analytics, its file exports and the HTML explorer.

export { buildGraph, buildGraphFromStream, mergeRecord, createEntityGraph, kindOfId, type BuildGraphOptions } from './build-graph.js';
export { computeMetrics, buildAnalyticsProjection, type MetricsSummary, type MetricsOptions } from './compute-metrics.js';
export { computeBetweenness, computeSampledBetweenness, type BetweennessResult } from './compute-betweenness.js';
export { computeLayout, type LayoutOptions } from './compute-layout.js';
export { writeGexf } from './write-gexf.js';
export { writeGraphml } from './write-graphml.js';
export { parseGraphml } from './parse-graphml.js';
export { writeJson } from './write-json.js';
export { buildImportCsv, importCommand, nodeFileName, RELATIONSHIP_FILE, type ImportCsv } from './build-import-csv.js';
export { readGraphFromNeo4j } from './read-graph-from-neo4j.js';
export { writeMetricsToNeo4j } from './write-metrics-to-neo4j.js';
export { buildExplorerHtml, type ExplorerOptions } from './viz/build-explorer-html.js';
export { ENTITY_KINDS, RELATION_TYPES, relationEdgeKey } from './model.js';
export type { EntityGraph, EntityKind, EntityNodeAttributes, RelationEdgeAttributes, GraphEvidence, NodeMetrics } from './model.js';
