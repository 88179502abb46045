// Gazetteers: loads the data files under gazetteers/ into lookup structures the extractors share.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GazetteerError } from '../errors.js';
import { foldName } from '../lang/fold.js';
import { buildCountryEntries, worldCountriesVersion, type CountryInfo } from './countries.js';
import { GazetteerMatcher, type LexEntry } from './matcher.js';
import { readTsv, splitValues } from './tsv.js';

export { readTsv, parseTsv, splitValues, type TsvTable, type TsvRow } from './tsv.js';
export { GazetteerMatcher, selectLongest, type LexEntry, type LexMatch, type EntryKind } from './matcher.js';
export { squeezeKey, buildMatchText, type MatchText } from './match-text.js';

export type OrgKind = 'org' | 'initiative' | 'treaty';

export interface OrganisationEntry {
  id: string;
  name: string;
  kind: OrgKind;
  acronyms: string[];
  aliases: string[];
  country: string | null;
}

export interface RankEntry { id: string; name: string; english: string }
export interface OfficeEntry { id: string; name: string; english: string; relational: boolean }
export interface PlaceEntry { id: string; name: string; country: string | null }

export interface OrganisationWord {
  form: string;
  role: 'head' | 'subbody' | 'stop';
  kind: OrgKind;
  /** `yes`: starts a name alone; `acronym`: only before an acronym in brackets. */
  pattern: 'yes' | 'acronym' | 'no';
  anyCase: boolean;
}

export interface Gazetteers {
  /**
   * The rules' version, recorded on every ingested article: a hash of every gazetteer and rule file and of the
   * extraction code (`computeCodeVersion`), so an article is extracted again when either changes.
   */
  version: string;
  /** Folder the files were read from (other stages read their own files there). */
  dir: string;
  matcher: GazetteerMatcher;
  countries: Map<string, CountryInfo>;
  organisations: Map<string, OrganisationEntry>;
  /** Acronym (capitals, spaces removed, `+` kept) → organisation id. */
  acronyms: Map<string, string>;
  ranks: Map<string, RankEntry>;
  offices: Map<string, OfficeEntry>;
  places: Map<string, PlaceEntry>;
  /** Organisation pattern words by folded form (multi-word forms under their folded text). */
  organisationWords: Map<string, OrganisationWord>;
  /** Capitalised words never part of a person name, folded. */
  personStopwords: Set<string>;
  /** Lower-case words allowed inside a person name (`de`, `van`), folded. */
  nameParticles: Set<string>;
  /** Folded family name → countries whose names use it. */
  surnames: Map<string, string[]>;
  /** Folded French function words (articles, prepositions...). */
  functionWords: Set<string>;
}

/** How acronyms are compared: capitals as written, spaces removed (`ADMM+` and `ADMM` stay distinct). */
export function acronymKey(acronym: string): string {
  return acronym.replace(/\s+/g, '').toUpperCase();
}

/** Default folder: `gazetteers/` at the project root. */
function defaultDir(): string {
  const here = new URL('.', import.meta.url).pathname;
  const idx = Math.max(here.lastIndexOf('/src/'), here.lastIndexOf('/dist/'));
  return resolve(idx >= 0 ? here.slice(0, idx) : here, 'gazetteers');
}

/** Files under `folder` (none if it does not exist), sorted, in every sub-folder, that `keep` accepts by name. */
function filesUnder(folder: string, keep: (name: string) => boolean = () => true): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** SHA-256 over `paths` (each path relative to `root`, then its bytes) and `extra`, as 16 hex digits. */
function hashFiles(root: string, paths: string[], extra = ''): string {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  return hash.update(extra).digest('hex').slice(0, 16);
}

/** SHA-256 over every file under `dir` (path and bytes, in sorted order) plus the world-countries version. */
export function computeGazetteerVersion(dir: string): string {
  return hashFiles(dir, filesUnder(dir), `world-countries@${worldCountriesVersion()}`);
}

/** The folders whose code decides what an article yields; the loader, CLI and exports do not. */
const EXTRACTION_STAGES = ['read', 'normalise', 'lang', 'extract', 'gazetteer', 'resolve', 'model'];
/** The project's code as it runs: src/ under tsx, dist/ when built. */
const CODE_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
let codeVersion: string | undefined;

/**
 * SHA-256 over the extraction stages' code under `root` (`.ts` and `.js` files, path and bytes, in sorted order): a new
 * release, or a fix, changes what unchanged articles yield, and re-ingest must see it. Built and source trees hash
 * differently, so a database is best loaded by one of them.
 */
export function computeCodeVersion(root: string = CODE_ROOT): string {
  if (root === CODE_ROOT && codeVersion) return codeVersion;
  const isCode = (name: string): boolean => /\.(?:ts|js)$/.test(name) && !name.endsWith('.d.ts');
  const version = hashFiles(root, EXTRACTION_STAGES.flatMap((stage) => filesUnder(join(root, stage), isCode)));
  if (root === CODE_ROOT) codeVersion = version;
  return version;
}

const cache = new Map<string, Gazetteers>();

/** Loads (once per folder and process) every entity gazetteer of `dir`. Throws GazetteerError on a bad file. */
export function loadGazetteers(dir: string = defaultDir()): Gazetteers {
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  if (!existsSync(key)) throw new GazetteerError(`${key}: gazetteer folder not found`);
  const file = (name: string) => join(key, name);
  const entries: LexEntry[] = [];

  const { entries: countryEntries, countries } = buildCountryEntries(readTsv(file('countries.tsv'), { required: ['code'], nonEmpty: ['code'] }));
  entries.push(...countryEntries);

  for (const row of readTsv(file('regions.tsv'), { required: ['name'], nonEmpty: ['name'] }).rows) {
    for (const form of [row.cells.name, ...splitValues(row.cells.aliases)]) {
      entries.push({ kind: 'region', id: foldName(row.cells.name), form, caseRule: 'any', multiword: /\s/.test(form) });
    }
  }

  const organisations = new Map<string, OrganisationEntry>();
  const acronyms = new Map<string, string>();
  const orgTable = readTsv(file('organisations.tsv'), { required: ['id', 'name', 'kind'], nonEmpty: ['id', 'name', 'kind'] });
  for (const { line, cells } of orgTable.rows) {
    if (organisations.has(cells.id)) throw new GazetteerError(`${orgTable.file}:${line}: duplicate id "org:${cells.id}"`);
    if (!['org', 'initiative', 'treaty'].includes(cells.kind)) throw new GazetteerError(`${orgTable.file}:${line}: unknown kind "${cells.kind}"`);
    const entry: OrganisationEntry = {
      id: cells.id, name: cells.name, kind: cells.kind as OrgKind, acronyms: splitValues(cells.acronyms),
      aliases: splitValues(cells.aliases), country: cells.country || null,
    };
    organisations.set(entry.id, entry);
    for (const acronym of entry.acronyms) {
      acronyms.set(acronymKey(acronym), entry.id);
      entries.push({ kind: 'organisation', id: entry.id, form: acronym, caseRule: 'exact', multiword: /\s/.test(acronym) });
    }
    for (const form of [entry.name, ...entry.aliases]) {
      const exact = form === form.toUpperCase();
      entries.push({ kind: 'organisation', id: entry.id, form, caseRule: exact ? 'exact' : 'any', multiword: /\s/.test(form) });
    }
  }

  const ranks = new Map<string, RankEntry>();
  for (const { cells } of readTsv(file('ranks.tsv'), { required: ['id', 'name'], nonEmpty: ['id', 'name'] }).rows) {
    ranks.set(cells.id, { id: cells.id, name: cells.name, english: cells.english ?? '' });
    for (const form of [cells.name, ...splitValues(cells.forms)]) {
      entries.push({ kind: 'rank', id: cells.id, form, caseRule: 'any', multiword: /\s/.test(form) });
    }
  }

  const offices = new Map<string, OfficeEntry>();
  for (const { cells } of readTsv(file('offices.tsv'), { required: ['id', 'name', 'kind'], nonEmpty: ['id', 'name', 'kind'] }).rows) {
    offices.set(cells.id, { id: cells.id, name: cells.name, english: cells.english ?? '', relational: cells.kind === 'relational' });
    for (const form of [cells.name, ...splitValues(cells.forms)]) {
      const exact = form.length <= 3 && form === form.toUpperCase();
      entries.push({ kind: 'office', id: cells.id, form, caseRule: exact ? 'exact' : 'any', multiword: /\s/.test(form) });
    }
  }

  for (const { cells } of readTsv(file('honorifics.tsv'), { required: ['form'], nonEmpty: ['form'] }).rows) {
    entries.push({ kind: 'honorific', id: foldName(cells.form) || cells.form, form: cells.form, caseRule: 'exact', multiword: /\s/.test(cells.form) });
  }

  const places = new Map<string, PlaceEntry>();
  for (const { cells } of readTsv(file('places.tsv'), { required: ['id', 'name'], nonEmpty: ['id', 'name'] }).rows) {
    places.set(cells.id, { id: cells.id, name: cells.name, country: cells.country || null });
    for (const form of [cells.name, ...splitValues(cells.aliases)]) {
      entries.push({ kind: 'place', id: cells.id, form, caseRule: 'capital', multiword: /\s/.test(form) });
    }
  }

  const organisationWords = new Map<string, OrganisationWord>();
  for (const { cells } of readTsv(file('organisation-words.tsv'), { required: ['form', 'role'], nonEmpty: ['form', 'role'] }).rows) {
    organisationWords.set(cells.form, {
      form: cells.form, role: cells.role as OrganisationWord['role'], kind: (cells.kind || 'org') as OrgKind,
      pattern: (cells.pattern || 'no') as OrganisationWord['pattern'], anyCase: cells.case === 'any',
    });
  }

  const personStopwords = new Set<string>();
  const nameParticles = new Set<string>();
  const surnames = new Map<string, string[]>();
  for (const { cells } of readTsv(file('person-words.tsv'), { required: ['word', 'role'], nonEmpty: ['word', 'role'] }).rows) {
    const folded = foldName(cells.word);
    if (cells.role === 'stop') personStopwords.add(folded);
    else if (cells.role === 'particle') nameParticles.add(cells.word);
    else if (cells.role === 'surname') surnames.set(folded, [...(surnames.get(folded) ?? []), cells.country]);
  }

  const functionWords = new Set<string>();
  const functionFile = file('text-function-words.tsv');
  if (existsSync(functionFile)) {
    for (const { cells } of readTsv(functionFile, { required: ['word'] }).rows) functionWords.add(foldName(cells.word));
  }
  // Words the dumps glue to the next one ("lesministères"): function words themselves, whatever the file above holds.
  const gluePrefixes: string[] = [];
  const glueFile = file('glue-prefixes.tsv');
  if (existsSync(glueFile)) {
    for (const { cells } of readTsv(glueFile, { required: ['word'], nonEmpty: ['word'] }).rows) {
      const folded = foldName(cells.word);
      gluePrefixes.push(folded);
      functionWords.add(folded);
    }
  }

  const gazetteers: Gazetteers = {
    version: createHash('sha256').update(`${computeGazetteerVersion(key)}|${computeCodeVersion()}`).digest('hex').slice(0, 16),
    dir: key,
    matcher: new GazetteerMatcher(entries, gluePrefixes),
    countries, organisations, acronyms, ranks, offices, places, organisationWords,
    personStopwords, nameParticles, surnames, functionWords,
  };
  cache.set(key, gazetteers);
  return gazetteers;
}
