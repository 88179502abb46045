// Saved queries: reads queries/*.cypher with their header comments, checks parameters, runs them and returns plain rows.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import neo4j, { type Driver, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime } from 'neo4j-driver';
import { ConfigError, EntenteError } from '../errors.js';
import { foldName } from '../lang/fold.js';
import { describeDatabaseError } from './driver.js';
import { queriesDir } from './queries-dir.js';
import { splitStatements } from './schema.js';

/** `name` values are folded like the graph's `keys` (accents off, lower case) unless they are ids (`person:...`). */
export type ParamType = 'name' | 'string' | 'int' | 'date';

export interface SavedQueryParam {
  name: string;
  type: ParamType;
  /** Used when the parameter is not given; undefined means it is required. */
  defaultValue?: string;
  example?: string;
  description: string;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: SavedQueryParam[];
  cypher: string;
  file: string;
}

export interface QueryRows {
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

const PARAM_LINE = /^\/\/\s*@param\s+(\w+)\s+(name|string|int|date)(?:\s*=\s*("[^"]*"|\S+))?(?:\s+e\.g\.\s+"([^"]*)")?\s*:\s*(.*)$/;

/** Parses one saved query file: first comment line is the title, plain comment lines the description. */
export function parseSavedQuery(file: string, text: string): SavedQuery {
  const name = basename(file, '.cypher');
  const header = text.split('\n').filter((line) => line.trim().startsWith('//')).map((line) => line.trim());
  const params: SavedQueryParam[] = [];
  const description: string[] = [];
  for (const line of header.slice(1)) {
    if (line.startsWith('// @param')) {
      const m = PARAM_LINE.exec(line);
      if (!m) throw new ConfigError('CONFIG_INVALID', `${file}: cannot read parameter line "${line}"`);
      const raw = m[3];
      params.push({
        name: m[1]!, type: m[2] as ParamType, description: m[5]!.trim(),
        defaultValue: raw === undefined ? undefined : raw.replace(/^"(.*)"$/, '$1'),
        example: m[4],
      });
    } else if (!line.startsWith('// @')) {
      description.push(line.replace(/^\/\/\s?/, ''));
    }
  }
  const statements = splitStatements(text);
  if (statements.length !== 1) throw new ConfigError('CONFIG_INVALID', `${file}: a saved query holds exactly one statement, found ${statements.length}`);
  return {
    name, file, params, cypher: statements[0]!,
    title: (header[0] ?? name).replace(/^\/\/\s?/, ''),
    description: description.join(' ').trim(),
  };
}

/** Every saved query in queries/ (schema.cypher excluded), sorted by name. */
export function listSavedQueries(dir = queriesDir()): SavedQuery[] {
  return readdirSync(dir).filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher').sort()
    .map((f) => parseSavedQuery(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

export function findSavedQuery(name: string, dir = queriesDir()): SavedQuery {
  const all = listSavedQueries(dir);
  const query = all.find((q) => q.name === name);
  if (!query) {
    throw new EntenteError('QUERY_UNKNOWN', `query "${name}": no such saved query (known: ${all.map((q) => q.name).join(', ')})`);
  }
  return query;
}

/** Checks and converts the given values: missing required ones and unknown names are errors. */
export function bindParams(query: SavedQuery, given: Record<string, string | number>): Record<string, unknown> {
  const known = new Set(query.params.map((p) => p.name));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) {
      throw new ConfigError('CONFIG_INVALID', `query "${query.name}": unknown parameter "${key}" (parameters: ${[...known].join(', ') || 'none'})`);
    }
  }
  const bound: Record<string, unknown> = {};
  for (const param of query.params) {
    const raw = given[param.name] ?? param.defaultValue;
    if (raw === undefined) {
      const example = param.example ? `, e.g. --param ${param.name}="${param.example}"` : '';
      throw new EntenteError('QUERY_PARAM_MISSING', `query "${query.name}": missing parameter "${param.name}" (${param.description}${example})`);
    }
    bound[param.name] = convertParam(query.name, param, String(raw));
  }
  return bound;
}

function convertParam(queryName: string, param: SavedQueryParam, raw: string): unknown {
  switch (param.type) {
    case 'int': {
      if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError('CONFIG_INVALID', `query "${queryName}": parameter "${param.name}" expects a whole number, got "${raw}"`);
      return neo4j.int(raw.trim());
    }
    case 'date': {
      if (raw !== '' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw.trim())) {
        throw new ConfigError('CONFIG_INVALID', `query "${queryName}": parameter "${param.name}" expects YYYY, YYYY-MM or YYYY-MM-DD, got "${raw}"`);
      }
      return raw.trim();
    }
    case 'name':
      return /^[a-z]+:\S+$/.test(raw.trim()) ? raw.trim() : foldName(raw);
    default:
      return raw;
  }
}

/** Runs a saved query by name in a read transaction and returns rows of plain values (numbers, strings, lists, maps). */
export async function runSavedQuery(driver: Driver, database: string, name: string, params: Record<string, string | number> = {}): Promise<QueryRows> {
  const query = findSavedQuery(name);
  const bound = bindParams(query, params);
  const session = driver.session({ database });
  try {
    const result = await session.executeRead((tx) => tx.run(query.cypher, bound));
    const columns = result.records[0]?.keys.map(String) ?? [];
    return { columns, rows: result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))]))) };
  } catch (error) {
    throw describeDatabaseError(error, `running query "${name}"`);
  } finally {
    await session.close();
  }
}

/** Driver values to JSON-friendly ones: integers to numbers, temporals to ISO strings, nodes to their properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value)) return { labels: value.labels, ...toPlainMap(value.properties) };
  if (isRelationship(value)) return { type: value.type, ...toPlainMap(value.properties) };
  if (isPath(value)) {
    return [value.start, ...value.segments.map((s) => s.end)].map((n) => (n.properties as { name?: unknown }).name ?? (n.properties as { id?: unknown }).id);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return toPlainMap(value as Record<string, unknown>);
  return value;
}

function toPlainMap(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toPlain(v)]));
}
