// Country names, demonyms and compound prefixes: world-countries (French) at load time, extended by countries.tsv.

import { createRequire } from 'node:module';
import { GazetteerError } from '../errors.js';
import { splitValues, type TsvTable } from './tsv.js';
import type { LexEntry } from './matcher.js';

interface WorldCountry {
  cca2: string;
  unMember?: boolean;
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
}

export interface CountryInfo {
  code: string;
  /** French common name, used as the record's `name`. */
  name: string;
}

const require = createRequire(import.meta.url);

/** The package version, part of the gazetteer version since the names come from it. */
export function worldCountriesVersion(): string {
  return (require('world-countries/package.json') as { version: string }).version;
}

/** Plural and feminine forms of a French demonym given in the masculine singular (`vietnamien`). */
export function inflectDemonym(masculine: string): string[] {
  const m = masculine.toLowerCase();
  const forms = new Set([m]);
  const plural = (w: string) => (/[sx]$/.test(w) ? w : /al$/.test(w) ? `${w.slice(0, -2)}aux` : `${w}s`);
  forms.add(plural(m));
  let f = m;
  if (/ien$/.test(m)) f = `${m}ne`;
  else if (/(ais|ois|ain|an|ol|ard|and|in|ien|ois|ên)$/.test(m)) f = `${m}e`;
  else if (/e$/.test(m)) f = m;
  else if (/(é|i|u|ais)$/.test(m)) f = `${m}e`;
  else f = `${m}e`;
  forms.add(f);
  forms.add(`${f}s`);
  return [...forms];
}

/** Builds the country entries: names (capital initial), demonyms (any case), prefixes (hyphen must follow). */
export function buildCountryEntries(extra: TsvTable): { entries: LexEntry[]; countries: Map<string, CountryInfo> } {
  const world = require('world-countries') as WorldCountry[];
  const byCode = new Map(world.map((c) => [c.cca2, c]));
  const countries = new Map<string, CountryInfo>();
  const entries: LexEntry[] = [];
  const excluded = new Map<string, Set<string>>();
  for (const row of extra.rows) {
    const code = row.cells.code;
    if (!byCode.has(code)) throw new GazetteerError(`${extra.file}:${row.line}: unknown country code "${code}"`);
    excluded.set(code, new Set(splitValues(row.cells.exclude).map((v) => v.toLowerCase())));
  }
  const addName = (code: string, form: string) => {
    if (excluded.get(code)?.has(form.toLowerCase())) return;
    entries.push({ kind: 'country', id: code, form, caseRule: 'capital', multiword: /\s/.test(form) });
  };
  const addDemonym = (code: string, masculine: string) => {
    for (const form of inflectDemonym(masculine)) {
      entries.push({ kind: 'demonym', id: code, form, caseRule: 'any', multiword: /\s/.test(form) });
    }
  };
  for (const c of [...world].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const fra = c.translations.fra;
    if (!fra) continue;
    countries.set(c.cca2, { code: c.cca2, name: fra.common });
    addName(c.cca2, fra.common);
    if (fra.official !== fra.common) addName(c.cca2, fra.official);
    const dem = c.demonyms?.fra;
    if (dem?.m) addDemonym(c.cca2, dem.m);
    if (dem?.f && dem.f.toLowerCase() !== dem.m?.toLowerCase()) {
      entries.push({ kind: 'demonym', id: c.cca2, form: dem.f.toLowerCase(), caseRule: 'any', multiword: false });
      entries.push({ kind: 'demonym', id: c.cca2, form: `${dem.f.toLowerCase()}s`, caseRule: 'any', multiword: false });
    }
  }
  for (const row of extra.rows) {
    const code = row.cells.code;
    for (const alias of splitValues(row.cells.aliases)) addName(code, alias);
    for (const demonym of splitValues(row.cells.demonyms)) addDemonym(code, demonym);
    for (const prefix of splitValues(row.cells.prefixes)) {
      entries.push({ kind: 'country-prefix', id: code, form: prefix, caseRule: 'any', multiword: false, needsHyphen: true });
    }
    const first = splitValues(row.cells.aliases)[0];
    if (first) countries.set(code, { code, name: first });
  }
  return { entries: disambiguate(entries, extra, byCode), countries };
}

/**
 * A form given to several countries (`Américain`: US and its territories) keeps the country that countries.tsv
 * lists it under, else the UN member states among them; a form still shared by several is dropped as ambiguous.
 */
function disambiguate(entries: LexEntry[], extra: TsvTable, byCode: Map<string, WorldCountry>): LexEntry[] {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const explicit = new Map<string, string>();
  for (const row of extra.rows) {
    for (const form of [...splitValues(row.cells.aliases), ...splitValues(row.cells.demonyms).flatMap(inflectDemonym)]) {
      explicit.set(fold(form), row.cells.code);
    }
  }
  const codesByForm = new Map<string, Set<string>>();
  for (const e of entries) {
    const key = `${e.kind}|${fold(e.form)}`;
    codesByForm.set(key, (codesByForm.get(key) ?? new Set()).add(e.id));
  }
  return entries.filter((e) => {
    const codes = codesByForm.get(`${e.kind}|${fold(e.form)}`)!;
    if (codes.size === 1) return true;
    const chosen = explicit.get(fold(e.form));
    if (chosen && codes.has(chosen)) return e.id === chosen;
    const members = [...codes].filter((c) => byCode.get(c)?.unMember);
    return members.length === 1 && members[0] === e.id;
  });
}
