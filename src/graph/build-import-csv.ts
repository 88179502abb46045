// Builds CSV files with headers for `neo4j-admin database import full`: one node file per kind and one for articles,
// one file of fact relationships and one of MENTIONS.
// Property names follow the loader (src/load), so a bulk-loaded database answers the saved queries like an ingested one.

import { foldName } from '../lang/fold.js';
import { citeSentence, firstDistinctSentences, joinEvidenceRefs } from '../load/record-rows.js';
import {
  ENTITY_KINDS, type EntityGraph, type EntityKind, type EntityNodeAttributes, type GraphEvidence, type PropValue,
} from './model.js';

export interface ImportCsv {
  /** File name → CSV text (UTF-8, comma-separated, `"` quoted, `""` for a quote inside). */
  files: Map<string, string>;
  nodeFiles: string[];
  relationshipFiles: string[];
}

/**
 * Separates the items of array columns. Evidence sentences may hold any printable character (`;` included),
 * so the ASCII unit separator is used; neo4j-admin takes it as `--array-delimiter=U+001F`.
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export const RELATIONSHIP_FILE = 'relationships.csv';
export const ARTICLE_FILE = 'nodes-article.csv';
export const MENTIONS_FILE = 'relationships-mentions.csv';

type Cell = string | number | boolean | string[] | number[] | null | undefined;
interface Column { name: string; type: 'string' | 'int' | 'double' | 'boolean' | 'string[]' | 'int[]' }

export function nodeFileName(kind: EntityKind): string {
  return `nodes-${kind.toLowerCase()}.csv`;
}

export function buildImportCsv(graph: EntityGraph): ImportCsv {
  const files = new Map<string, string>();
  const nodeFiles: string[] = [];
  for (const kind of ENTITY_KINDS) {
    const nodes = graph.filterNodes((_n, attrs) => attrs.kind === kind).map((n) => graph.getNodeAttributes(n));
    if (nodes.length === 0) continue;
    const rows = nodes.map(nodeRow);
    const fixed: Column[] = [
      { name: 'name', type: 'string' }, { name: 'keys', type: 'string[]' }, { name: 'country', type: 'string' },
      { name: 'dates', type: 'string[]' }, { name: 'docs', type: 'string[]' },
      { name: 'degree', type: 'int' }, { name: 'betweenness', type: 'double' }, { name: 'pagerank', type: 'double' },
      { name: 'community', type: 'int' }, { name: 'component', type: 'int' },
    ];
    const taken = new Set(['id', ...fixed.map((c) => c.name)]);
    const propNames = [...new Set(nodes.flatMap((n) => Object.keys(n.props)))].filter((k) => !taken.has(k)).sort();
    const columns = [...fixed, ...propNames.map((name) => ({ name, type: columnType(rows.map((r) => r[name])) }))];
    const lines = [['id:ID', ':LABEL', ...columns.map(header)].map(quote).join(',')];
    for (const row of rows) lines.push([cell(row.id), cell(['Entity', kind]), ...columns.map((c) => cell(row[c.name]))].join(','));
    files.set(nodeFileName(kind), lines.join('\n') + '\n');
    nodeFiles.push(nodeFileName(kind));
  }
  // As the loader stores evidence: each sentence's text once, on its Article, and coordinates on the relationship
  // (the graph keeps no offsets, so start and end are left empty: `doc|sentence|||rule`).
  const sentencesOf = new Map<string, string[]>();
  const cite = (e: { doc: string; sentence: number; text: string }): void => citeSentence(sentencesOf, e.doc, e.sentence, e.text);
  graph.forEachNode((_n, a) => a.evidence.forEach(cite));
  const relColumns: Column[] = [
    { name: 'confidence', type: 'double' }, { name: 'date', type: 'string' }, { name: 'event', type: 'string' },
    { name: 'domains', type: 'string[]' }, { name: 'docs', type: 'string[]' }, { name: 'rule', type: 'string' },
    { name: 'evidenceRefs', type: 'string' },
  ];
  const relLines = [[':START_ID', ':END_ID', ':TYPE', ...relColumns.map(header)].map(quote).join(',')];
  graph.forEachEdge((_key, a, source, target) => {
    a.evidence.forEach(cite);
    // The graph's evidence has no source offsets: they are left empty.
    const refs = joinEvidenceRefs(a.evidence.filter((e) => e.doc));
    const row: Record<string, Cell> = {
      confidence: a.confidence, date: a.date, event: a.event, domains: a.domains, docs: a.docs,
      rule: [...new Set(a.evidence.map((e) => e.rule))].sort()[0], evidenceRefs: refs,
    };
    relLines.push([cell(source), cell(target), cell(a.type), ...relColumns.map((c) => cell(row[c.name]))].join(','));
  });
  files.set(RELATIONSHIP_FILE, relLines.join('\n') + '\n');
  const relationshipFiles = [RELATIONSHIP_FILE];
  if (sentencesOf.size) {
    // An uncited sentence is written as one space, not "": an empty array item is not safe through neo4j-admin.
    const lines = [['id:ID', ':LABEL', 'sentences:string[]'].map(quote).join(',')];
    for (const [doc, sentences] of sentencesOf) lines.push([cell(doc), cell('Article'), cell(sentences.map((t) => t || ' '))].join(','));
    files.set(ARTICLE_FILE, lines.join('\n') + '\n');
    nodeFiles.push(ARTICLE_FILE);
    files.set(MENTIONS_FILE, buildMentionLines(graph, sentencesOf).join('\n') + '\n');
    relationshipFiles.push(MENTIONS_FILE);
  }
  return { files, nodeFiles, relationshipFiles };
}

/** The `neo4j-admin` command that bulk-loads these files into an empty, stopped database. */
export function importCommand(csv: ImportCsv, dir: string, database = 'neo4j'): string {
  const path = (f: string) => (dir.endsWith('/') ? dir + f : `${dir}/${f}`);
  return ['neo4j-admin database import full', ...csv.nodeFiles.map((f) => `--nodes=${path(f)}`),
    ...csv.relationshipFiles.map((f) => `--relationships=${path(f)}`),
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`, '--id-type=string', '--overwrite-destination', database].join(' \\\n  ');
}

/**
 * One MENTIONS per article and entity, from the node's evidence, with the loader's `evidenceCount` and
 * `evidenceSentence`. What one article said of the entity (its aliases, positions, rank, country) the graph merged
 * into the node, so those properties are left out.
 */
function buildMentionLines(graph: EntityGraph, sentencesOf: Map<string, string[]>): string[] {
  const lines = [[':START_ID', ':END_ID', ':TYPE', 'evidenceCount:int', 'evidenceSentence:int[]'].map(quote).join(',')];
  graph.forEachNode((id, a) => {
    const byDoc = new Map<string, GraphEvidence[]>();
    for (const e of a.evidence) {
      const list = byDoc.get(e.doc);
      if (list) list.push(e);
      else byDoc.set(e.doc, [e]);
    }
    for (const [doc, evidence] of byDoc) {
      // Evidence citeSentence refused (no doc, no sentence index) has no Article to start from.
      if (!sentencesOf.has(doc)) continue;
      lines.push([cell(doc), cell(id), cell('MENTIONS'), cell(evidence.length), cell(firstDistinctSentences(evidence, 3))].join(','));
    }
  });
  return lines;
}

function nodeRow(a: EntityNodeAttributes): Record<string, Cell> {
  const aliases = Array.isArray(a.props.aliases) ? a.props.aliases : [];
  const acronym = typeof a.props.acronym === 'string' ? [a.props.acronym] : [];
  // The same lookup keys the loader writes, so saved queries find names, aliases and ids.
  const keys = [...new Set([a.id, ...[a.label, ...aliases, ...acronym].map(foldName).filter(Boolean)])].sort();
  return {
    ...a.props, id: a.id, name: a.label, keys, country: a.country, dates: a.dates, docs: a.docs,
    degree: a.degree, betweenness: a.betweenness, pagerank: a.pagerank, community: a.community, component: a.component,
  };
}

/** The narrowest import type that holds every value of a prop column. */
function columnType(values: Cell[]): Column['type'] {
  const present = values.filter((v): v is Exclude<Cell, null | undefined> => v !== null && v !== undefined);
  if (present.length && present.every((v) => Array.isArray(v))) return 'string[]';
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (present.length && present.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function header(column: Column): string {
  return column.type === 'string' ? column.name : `${column.name}:${column.type}`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Missing values and empty lists stay empty (no property); strings are quoted, line breaks become spaces. */
function cell(value: PropValue | Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length ? quote(value.map((v) => clean(String(v))).join(ARRAY_DELIMITER)) : '';
  if (typeof value !== 'string') return String(value);
  return quote(clean(value));
}

function clean(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').split(ARRAY_DELIMITER).join(' ');
}
