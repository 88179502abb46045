// Loads the relation, cooperation and event rule tables (gazetteers/relations-*.tsv, cooperation-*.tsv, events-*.tsv).

import { compileRuleRegExp, OPENS_WORD } from './word-start-regexp.js';
import { escapeRegExp } from '../../lang/escape-regexp.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GazetteerError } from '../../errors.js';

export interface RelationRule {
  id: string;
  relation: 'MET' | 'COOPERATES_WITH';
  kind: string;
  pattern: RegExp;
  /** Fast filter: a sentence that does not match it cannot match `pattern`. */
  cue?: RegExp;
  cameo: string;
  /** Confidence given to what the rule produces: its measured precision (or a prior). */
  confidence: number;
}

export interface LinkRule {
  id: string;
  relation: 'ORGANISED' | 'ATTENDED' | 'HOSTED' | 'CO_CHAIRED' | 'HELD_IN' | 'HOLDS_POSITION' | 'HAS_RANK' | 'REPRESENTS' | 'MEMBER_OF';
  kind: 'agent-after' | 'agent-before' | 'frame' | 'membership' | 'mention' | 'meeting';
  pattern?: RegExp;
  confidence: number;
}

export interface DomainRule { id: string; label: string; pattern: RegExp; cameo: string }

export interface EventHeadRule {
  id: string;
  head: RegExp;
  type: 'meeting' | 'conference' | 'dialogue' | 'summit' | 'visit' | 'exercise' | 'call' | 'session';
  cameo: string;
  specific: boolean;
  exclude?: RegExp;
}

export type WordClass = 'coop-noun' | 'coop-verb' | 'negation' | 'planned' | 'subject-pronoun' | 'object-clitic' | 'coordinator' | 'anaphora' | 'hostile' | 'companion';

export interface RelationRuleData {
  met: RelationRule[];
  links: LinkRule[];
  cooperation: RelationRule[];
  domains: DomainRule[];
  eventHeads: EventHeadRule[];
  ordinals: Map<string, number>;
  words: Record<WordClass, RegExp>;
  eventNameWords: EventNameWords;
}

export interface EventNameWords {
  /** Words that end an event's name unless they follow a preposition. */
  stop: Set<string>;
  /** Months and weekdays: the name ends before a date. */
  date: Set<string>;
  /** Matches text that ends with a word allowed right before a head noun. */
  determinerBefore: RegExp;
  /** Matches a word with an adjective's ending. */
  adjective: RegExp;
}

function readEventNameWords(path: string): EventNameWords {
  const rows = readRuleTable(path, ['word', 'class', 'source']);
  const of = (cls: string) => rows.filter((r) => r.class === cls).map((r) => r.word.toLowerCase());
  const determiners = of('determiner').map((w) => escapeRegExp(w).replace(/'/g, "['’]")).join('|');
  return {
    stop: new Set(of('stop')),
    date: new Set(of('date')),
    // After a determiner, or at the start of a sentence or title, or after an opening bracket or quote.
    determinerBefore: new RegExp(`(?:^|[\\s(«"“'’])(?:${determiners})\\s*$|^\\s*$|[:;«"“(]\\s*$`, 'iu'),
    adjective: new RegExp(`(?:${of('adjective-ending').map(escapeRegExp).join('|')})$`, 'iu'),
  };
}

type Row = Record<string, string> & { __line: string };

/** Reads a TSV file whose `#` lines are comments and whose first other line is the header. */
export function readRuleTable(path: string, required: string[]): Row[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new GazetteerError(`${path}: cannot read rule table`, { cause: err });
  }
  const lines = text.split('\n').map((line, i) => ({ line: line.replace(/\r$/, ''), no: i + 1 }))
    .filter(({ line }) => line.trim() && !line.startsWith('#'));
  const header = lines.shift()?.line.split('\t') ?? [];
  for (const col of required) {
    if (!header.includes(col)) throw new GazetteerError(`${path}: missing column "${col}"`);
  }
  const seen = new Set<string>();
  return lines.map(({ line, no }) => {
    const cells = line.split('\t');
    const row = { __line: `${path}:${no}` } as Row;
    header.forEach((col, i) => { row[col] = cells[i] ?? ''; });
    // A word may sit in several classes (la: stop and determiner); a word and its class are unique.
    const id = row.id ?? (row.class ? `${row.word} (${row.class})` : row.word);
    if (id !== undefined) {
      if (seen.has(id)) throw new GazetteerError(`${path}:${no}: duplicate id "${id}"`);
      seen.add(id);
    }
    if (!row.source) throw new GazetteerError(`${path}:${no}: missing source`);
    return row;
  });
}

/**
 * `\b` made Unicode-aware: JavaScript's own `\b` sees `é` as a non-word character, so `rencontré\b` would never
 * match. A `\b` before a letter or a group opens a word (nothing word-like before it); any other closes one.
 */
const CLOSES_WORD = '(?![\\p{L}\\p{N}_])';

/** Compiles a French rule pattern (flags iu) with a Unicode-aware `\b`. */
export function compilePattern(source: string): RegExp {
  const translated = source.replace(/\\b(?=(.?))/g, (_, next: string) => (/[\p{L}\p{N}(\[\\]/u.test(next) ? OPENS_WORD : CLOSES_WORD));
  return compileRuleRegExp(translated, 'iu');
}

function compile(row: Row, column: string): RegExp {
  try {
    return compilePattern(row[column]);
  } catch (err) {
    throw new GazetteerError(`${row.__line}: bad pattern in "${column}": ${(err as Error).message}`, { cause: err });
  }
}

/** A precision such as `0.92` or a prior such as `~0.9`, as a number in [0,1]. */
function parsePrecision(row: Row): number {
  const value = Number(row.precision.replace(/^~/, ''));
  if (!(value >= 0 && value <= 1)) throw new GazetteerError(`${row.__line}: precision must be in [0,1], got "${row.precision}"`);
  return value;
}

const RULE_KINDS: Record<string, string[]> = {
  MET: ['subject-object', 'list', 'joint-subject', 'between', 'possessive-with', 'caption-pair'],
  COOPERATES_WITH: ['compound', 'between', 'joint-subject', 'with', 'noun-with', 'context'],
};

const LINK_KINDS: Array<LinkRule['kind']> = ['agent-after', 'agent-before', 'frame', 'membership', 'mention', 'meeting'];

function readRelationRules(path: string): RelationRule[] {
  const rows = readRuleTable(path, ['id', 'relation', 'kind', 'pattern', 'cameo', 'precision', 'source']);
  for (const row of rows) {
    // A rule of an unknown kind would never run: say so instead.
    if (!RULE_KINDS[row.relation]?.includes(row.kind)) throw new GazetteerError(`${row.__line}: unknown kind "${row.kind}" for ${row.relation}`);
  }
  return rows.map((row) => ({
    id: row.id,
    relation: row.relation as RelationRule['relation'],
    // The constant from RULE_KINDS rather than the string read from the file: rules compare kinds in their inner loops,
    // and two constants compare by identity where a read string is compared character by character.
    kind: RULE_KINDS[row.relation].find((k) => k === row.kind)!,
    pattern: compile(row, 'pattern'),
    ...(row.cue ? { cue: new RegExp(row.cue, 'iu') } : {}),
    cameo: row.cameo,
    confidence: parsePrecision(row),
  }));
}

const WORD_CLASSES: WordClass[] = ['coop-noun', 'coop-verb', 'negation', 'planned', 'subject-pronoun', 'object-clitic', 'coordinator', 'anaphora', 'hostile', 'companion'];

/** Folder of the project's gazetteers, whether running from `src/` or `dist/`. */
function defaultGazetteerDir(): string {
  const here = new URL('.', import.meta.url).pathname;
  const idx = Math.max(here.lastIndexOf('/src/'), here.lastIndexOf('/dist/'));
  return resolve(idx >= 0 ? here.slice(0, idx) : here, 'gazetteers');
}

const cache = new Map<string, RelationRuleData>();

/** Loads (once per folder) every rule table the relation stage uses. */
export function loadRelationRuleData(dir: string = defaultGazetteerDir()): RelationRuleData {
  const cached = cache.get(dir);
  if (cached) return cached;
  const wordRows = readRuleTable(join(dir, 'relations-words.tsv'), ['id', 'class', 'pattern', 'source']);
  const words = {} as Record<WordClass, RegExp>;
  for (const cls of WORD_CLASSES) {
    const rows = wordRows.filter((r) => r.class === cls);
    if (rows.length === 0) throw new GazetteerError(`${join(dir, 'relations-words.tsv')}: no row for class "${cls}"`);
    words[cls] = compileRuleRegExp(rows.map((r) => `(?:${compile(r, 'pattern').source})`).join('|'), 'iu');
  }
  const data: RelationRuleData = {
    met: readRelationRules(join(dir, 'relations-met.tsv')),
    links: readRuleTable(join(dir, 'relations-links.tsv'), ['id', 'relation', 'kind', 'pattern', 'precision', 'source']).map((row) => {
      const kind = LINK_KINDS.find((k) => k === row.kind);
      if (!kind) throw new GazetteerError(`${row.__line}: unknown kind "${row.kind}"`);
      return {
      id: row.id, relation: row.relation as LinkRule['relation'], kind,
      pattern: row.pattern ? compile(row, 'pattern') : undefined, confidence: parsePrecision(row),
      };
    }),
    cooperation: readRelationRules(join(dir, 'cooperation-rules.tsv')),
    domains: readRuleTable(join(dir, 'cooperation-domains.tsv'), ['id', 'label', 'pattern', 'cameo', 'source'])
      .map((row) => ({ id: row.id, label: row.label, pattern: compile(row, 'pattern'), cameo: row.cameo })),
    eventHeads: readRuleTable(join(dir, 'events-types.tsv'), ['id', 'head', 'type', 'cameo', 'specific', 'exclude', 'source'])
      .map((row) => ({
        id: row.id, head: compile(row, 'head'), type: row.type as EventHeadRule['type'], cameo: row.cameo,
        specific: row.specific === 'yes', exclude: row.exclude ? compile(row, 'exclude') : undefined,
      })),
    ordinals: new Map(readRuleTable(join(dir, 'events-ordinals.tsv'), ['word', 'value', 'source'])
      .map((row) => [row.word.toLowerCase(), Number(row.value)])),
    words,
    eventNameWords: readEventNameWords(join(dir, 'events-name-words.tsv')),
  };
  cache.set(dir, data);
  return data;
}
