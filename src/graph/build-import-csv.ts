// Builds CSV files with headers for `neo4j-admin database import full`: one node file per kind, one relationship file.

import { flattenEdgeAttributes, flattenNodeAttributes, LIST_SEPARATOR, type FlatAttributes } from './flatten-attributes.js';
import { ENTITY_KINDS, type EntityGraph, type EntityKind } from './model.js';

export interface ImportCsv {
  /** File name → CSV text (UTF-8, comma-separated, `"` quoted). */
  files: Map<string, string>;
  nodeFiles: string[];
  relationshipFiles: string[];
}

/** Columns whose header carries an import type; any other column is a string. */
const TYPED_COLUMNS: Record<string, string> = {
  dates: 'string[]', docs: 'string[]', domains: 'string[]',
  degree: 'int', community: 'int', component: 'int', betweenness: 'double', pagerank: 'double', confidence: 'double',
};

/** Node columns that are neither ids nor labels, in a fixed order; props follow sorted by name. */
const NODE_COLUMNS = ['name', 'country', 'dates', 'docs', 'degree', 'betweenness', 'pagerank', 'community', 'component'];
const EDGE_COLUMNS = ['confidence', 'date', 'event', 'domains', 'docs', 'evidence'];

export function nodeFileName(kind: EntityKind): string {
  return `nodes-${kind.toLowerCase()}.csv`;
}

export const RELATIONSHIP_FILE = 'relationships.csv';

export function buildImportCsv(graph: EntityGraph): ImportCsv {
  const files = new Map<string, string>();
  const nodeFiles: string[] = [];
  for (const kind of ENTITY_KINDS) {
    const rows = graph.filterNodes((_n, attrs) => attrs.kind === kind).map((n) => flattenNodeAttributes(graph.getNodeAttributes(n)));
    if (rows.length === 0) continue;
    const extra = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) if (!['id', 'kind', 'evidence', ...NODE_COLUMNS].includes(key)) extra.add(key);
    const columns = [...NODE_COLUMNS, ...[...extra].sort(), 'evidence'];
    const header = ['id:ID', ':LABEL', ...columns.map(typedHeader)];
    const lines = [header.map(quote).join(',')];
    for (const row of rows) lines.push([row.id, `Entity${LIST_SEPARATOR}${kind}`, ...columns.map((c) => row[c])].map(cell).join(','));
    files.set(nodeFileName(kind), lines.join('\n') + '\n');
    nodeFiles.push(nodeFileName(kind));
  }
  const relLines = [[':START_ID', ':END_ID', ':TYPE', ...EDGE_COLUMNS.map(typedHeader)].map(quote).join(',')];
  graph.forEachEdge((_key, attrs, source, target) => {
    const row: FlatAttributes = flattenEdgeAttributes(attrs);
    relLines.push([source, target, attrs.type, ...EDGE_COLUMNS.map((c) => row[c])].map(cell).join(','));
  });
  files.set(RELATIONSHIP_FILE, relLines.join('\n') + '\n');
  return { files, nodeFiles, relationshipFiles: [RELATIONSHIP_FILE] };
}

/** The `neo4j-admin` command that bulk-loads these files into an empty, stopped database. */
export function importCommand(csv: ImportCsv, dir: string, database = 'neo4j'): string {
  const path = (f: string) => (dir.endsWith('/') ? dir + f : `${dir}/${f}`);
  return ['neo4j-admin database import full', ...csv.nodeFiles.map((f) => `--nodes=${path(f)}`),
    ...csv.relationshipFiles.map((f) => `--relationships=${path(f)}`),
    `--array-delimiter="${LIST_SEPARATOR}"`, '--id-type=string', '--overwrite-destination', database].join(' \\\n  ');
}

function typedHeader(column: string): string {
  const type = TYPED_COLUMNS[column];
  return type ? `${column}:${type}` : column;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Empty cells stay empty (no property); strings are always quoted, with line breaks turned into spaces. */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return quote(value.replace(/[\r\n]+/g, ' '));
}
