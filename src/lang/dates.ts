// Finds French date expressions in a sentence and turns them into ISO dates, partial when the year is unknown.
// Custom rules for what chrono-node's French parser gets wrong ("les 7 et 8 novembre", bare weekdays resolved
// backwards, partial dates without an invented year); chrono only for relative words ("hier", "il y a deux jours").

import * as chrono from 'chrono-node';
import type { DateValue } from '../model/document.js';
import { readTextTable } from './text-tables.js';
import { escapeRegExp } from './escape-regexp.js';
import { codePointBefore, isSurrogatePairAt } from './code-points.js';

export interface DateContext {
  /** Year to complete dates written without one (from the dateline or the feed). */
  year?: number;
  /**
   * ISO date of the article: resolves weekdays and relative words, and dates without a year. A partial one
   * (`--06-12`, a dateline without a year) resolves nothing and is ignored.
   */
  reference?: string;
}

const FULL_ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export type FoundDate = DateValue & { start: number; end: number };

interface Calendar {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /**
   * `re`: the rule without its opening look-behind (no letter or digit before), which `execAtWordStart` checks by hand.
   * `needsDigit`: the rule cannot match a text without an ASCII digit (its day or year is written in digits).
   * `needsMonth`: the rule cannot match a text in which `monthWord` finds no month name (its month is not optional).
   * `needsYear`: the rule cannot match a text without four digits in a row (its year is not optional).
   * `needsReference`: the rule gives nothing without the article's date (a bare weekday).
   */
  rules: Array<{ rule: string; re: RegExp; priority: number; needsDigit: boolean; needsMonth: boolean; needsYear: boolean; needsReference: boolean }>;
  /** Any month name, with the rules' flags: one pass tells whether the month rules can match at all. */
  monthWord: RegExp;
}

let calendar: Calendar | undefined;

const FOUR_DIGITS = /\d{4}/;

const S = '[\\s\\u00a0\\u202f]+';
const DAY = '(?:1er|[12]\\d|3[01]|0?[1-9])';
const YEAR = '(?:1[89]\\d{2}|2[01]\\d{2})';

function loadCalendar(): Calendar {
  if (calendar) return calendar;
  const rows = readTextTable('text-dates.tsv', ['kind', 'word', 'value', 'source']);
  const words = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.word).sort((a, b) => b.length - a.length);
  const months = new Map(rows.filter((r) => r.kind === 'month').map((r) => [r.word, Number(r.value)]));
  const weekdays = new Map(rows.filter((r) => r.kind === 'weekday').map((r) => [r.word, Number(r.value)]));
  const alt = (kind: string) => words(kind).map(escapeRegExp).join('|');
  const M = (name: string) => `(?<${name}>${alt('month')})`;
  const WD = `(?<wd>${alt('weekday')})`;
  const POD = `(?:${S}(?<pod>${alt('part-of-day')}))?`;
  const PERIOD = `(?<period>${alt('period')})`;
  const end = '(?![\\p{L}\\d])';
  const rule = (name: string, body: string, priority: number,
    needs: { digit?: boolean; month?: boolean; year?: boolean; reference?: boolean } = {}) => ({
    rule: name, re: new RegExp(body + end, 'giu'), priority, needsDigit: needs.digit ?? true,
    needsMonth: needs.month ?? false, needsYear: needs.year ?? false, needsReference: needs.reference ?? false,
  });
  calendar = {
    months,
    weekdays,
    monthWord: new RegExp(alt('month'), 'iu'),
    rules: [
      rule('fr-days-and', `(?:les${S})?(?<days>${DAY}(?:${S}?,${S}?${DAY})*${S}et${S}${DAY})${S}${M('m')}(?:${S}(?<y>${YEAR}))?`, 5, { month: true }),
      rule('fr-du-au', `(?:du${S})(?<d1>${DAY})(?:${S}${M('m1')}(?:${S}(?<y1>${YEAR}))?)?${S}au${S}(?<d2>${DAY})${S}${M('m')}(?:${S}(?<y>${YEAR}))?`, 5, { month: true }),
      rule('fr-day-month', `(?:(?:le|ce|dès${S}le|depuis${S}le|jusqu'au|jusqu’au)${S})?(?:${WD}${S})?(?<d>${DAY})${S}${M('m')}(?:${S}(?<y>${YEAR}))?${POD}`, 4, { month: true }),
      rule('fr-period-year', `(?:(?:à${S})?la${S})?${PERIOD}(?:-|${S})(?:${M('m')}${S})?(?<y>${YEAR})`, 3, { year: true }),
      rule('fr-month-year', `(?:en${S})?${M('m')}${S}(?<y>${YEAR})`, 2, { month: true, year: true }),
      rule('fr-in-year', `(?:en|depuis|dès)${S}(?<y>${YEAR})(?![\\d\\-–])`, 1, { year: true }),
      rule('fr-weekday', `(?:(?:ce|le)${S})?${WD}(?:${S}(?<rel>dernier|prochain))?${POD}(?!${S}${DAY}${end})`, 1, { digit: false, reference: true }),
    ],
  };
  return calendar;
}

/**
 * Results for recent sentences: the event and meeting rules ask for the dates of the same sentence several times.
 * Small and bounded (cleared when full); callers get fresh copies, so nothing they change leaks into the memo.
 * Keyed by context, then by the text itself: a sentence's text is one string object whose hash V8 keeps, where a key
 * joined from context and text would be built and hashed anew on every call.
 */
const recentDates = new Map<string, Map<string, FoundDate[]>>();
let recentCount = 0;
const RECENT_DATES_MAX = 512;

/** French date expressions in `text`, left to right, without overlaps (the longest expression wins). */
export function findDates(text: string, given: DateContext = {}): FoundDate[] {
  const context = given.reference && !FULL_ISO_DATE.test(given.reference) ? { year: given.year } : given;
  const contextKey = `${context.year ?? ''}|${context.reference ?? ''}`;
  let byText = recentDates.get(contextKey);
  let found = byText?.get(text);
  if (!found) {
    found = computeDates(text, context);
    if (recentCount >= RECENT_DATES_MAX) {
      recentDates.clear();
      recentCount = 0;
      byText = undefined;
    }
    if (!byText) recentDates.set(contextKey, byText = new Map());
    byText.set(text, found);
    recentCount++;
  }
  // Fresh copies (every date is built by buildDate, so its end is its start plus its text's length).
  return found.map((d) => buildDate(d, d.text, d.rule, d.start));
}

/**
 * A date built field by field, in the order its keys have always had (iso, endIso for a range, text, rule, start,
 * end): spreading an object into a literal with more fields is many times slower in V8.
 */
function buildDate(value: { iso: string; endIso?: string }, text: string, rule: string, start: number): FoundDate {
  const end = start + text.length;
  return 'endIso' in value
    ? { iso: value.iso, endIso: value.endIso, text, rule, start, end }
    : { iso: value.iso, text, rule, start, end };
}

function computeDates(text: string, context: DateContext): FoundDate[] {
  const cal = loadCalendar();
  const candidates: Array<{ date: FoundDate; priority: number }> = [];
  // Most sentences carry no digit at all: only the weekday rule can match there.
  const hasDigit = /\d/.test(text);
  let hasMonth: boolean | undefined;
  let hasYear: boolean | undefined;
  for (const { rule, re, priority, needsDigit, needsMonth, needsYear, needsReference } of cal.rules) {
    if (needsDigit && !hasDigit) continue;
    if (needsReference && !context.reference) continue;
    if (needsMonth && !(hasMonth ??= cal.monthWord.test(text))) continue;
    // YEAR is four ASCII digits (\d is ASCII even under the u flag).
    if (needsYear && !(hasYear ??= FOUR_DIGITS.test(text))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = execAtWordStart(re, text))) {
      const value = interpret(rule, m.groups ?? {}, cal, context);
      if (value) candidates.push({ date: buildDate(value, m[0], rule, m.index), priority });
    }
  }
  if (context.reference) candidates.push(...findRelative(text, context.reference));
  candidates.sort((x, y) => {
    const a = x.date, b = y.date;
    return a.start - b.start || (b.end - b.start) - (a.end - a.start) || y.priority - x.priority;
  });
  const out: FoundDate[] = [];
  let lastEnd = -1;
  for (const { date } of candidates) {
    if (date.start < lastEnd) continue;
    out.push(date);
    lastEnd = date.end;
  }
  return out;
}

/**
 * The next match of a global rule pattern that no letter or digit precedes: what the pattern would find if it opened
 * with the look-behind `(?<![\p{L}\d])`, `lastIndex` included. Why: V8 cannot skip ahead to a likely start when a
 * pattern opens with a look-behind, so it would run it at every offset; without it, candidates are found far faster.
 */
function execAtWordStart(re: RegExp, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!isLetterOrDigitBefore(text, m.index)) return m;
    // Retry one code point further on (a surrogate pair is one code point).
    re.lastIndex = m.index + (isSurrogatePairAt(text, m.index) ? 2 : 1);
  }
  return null;
}

// With the rules' flags: under case folding a few marks count as letters.
const LETTER_OR_DIGIT = /^[\p{L}\d]$/iu;

/** LETTER_OR_DIGIT on the code point before offset `i`; an ASCII character is decided without a pattern. */
function isLetterOrDigitBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return LETTER_OR_DIGIT.test(codePointBefore(text, i));
}


function interpret(rule: string, g: Record<string, string | undefined>, cal: Calendar, ctx: DateContext):
  { iso: string; endIso?: string } | undefined {
  const month = g.m ? cal.months.get(g.m.toLowerCase()) : undefined;
  const year = g.y ? Number(g.y) : undefined;
  switch (rule) {
    case 'fr-days-and': {
      const days = (g.days ?? '').split(/[^\d]+/).filter(Boolean).map(Number);
      return { iso: dayIso(year, month!, days[0], ctx), endIso: dayIso(year, month!, days[days.length - 1], ctx) };
    }
    case 'fr-du-au': {
      const m1 = g.m1 ? cal.months.get(g.m1.toLowerCase())! : month!;
      const y1 = g.y1 ? Number(g.y1) : year;
      return { iso: dayIso(y1, m1, parseDay(g.d1!), ctx), endIso: dayIso(year, month!, parseDay(g.d2!), ctx) };
    }
    case 'fr-day-month':
      return { iso: dayIso(year, month!, parseDay(g.d!), ctx) };
    case 'fr-period-year':
    case 'fr-month-year':
      return { iso: month ? `${year}-${pad(month)}` : String(year) };
    case 'fr-in-year':
      return { iso: String(year) };
    case 'fr-weekday': {
      if (!ctx.reference) return undefined; // a bare weekday means nothing without the article's date
      const target = cal.weekdays.get(g.wd!.toLowerCase())!;
      return { iso: resolveWeekday(ctx.reference, target, g.rel?.toLowerCase() === 'prochain') };
    }
  }
  return undefined;
}

function parseDay(value: string): number {
  return Number(value.replace(/er$/i, ''));
}

/**
 * ISO for a day: the written year; else the reference's year (or the one before when the date would fall more than
 * a week after the article, since news reports the recent past); else the context year; else partial `--MM-DD`.
 */
function dayIso(year: number | undefined, month: number, day: number, ctx: DateContext): string {
  const md = `${pad(month)}-${pad(day)}`;
  if (year) return `${year}-${md}`;
  if (ctx.reference) {
    const refYear = Number(ctx.reference.slice(0, 4));
    const candidate = Date.UTC(refYear, month - 1, day);
    const ref = Date.UTC(refYear, Number(ctx.reference.slice(5, 7)) - 1, Number(ctx.reference.slice(8, 10)));
    return `${candidate - ref > 7 * 86_400_000 ? refYear - 1 : refYear}-${md}`;
  }
  if (ctx.year) return `${ctx.year}-${md}`;
  return `--${md}`;
}

/** The most recent such weekday on or before the reference (or the next one after it, for "prochain"). */
function resolveWeekday(reference: string, weekday: number, next: boolean): string {
  const ref = new Date(Date.UTC(Number(reference.slice(0, 4)), Number(reference.slice(5, 7)) - 1, Number(reference.slice(8, 10))));
  const diff = next ? ((weekday - ref.getUTCDay() + 7) % 7 || 7) : -((ref.getUTCDay() - weekday + 7) % 7);
  return new Date(ref.getTime() + diff * 86_400_000).toISOString().slice(0, 10);
}

/** Relative words through chrono's French parser, resolved against the article's date. */
function findRelative(text: string, reference: string): Array<{ date: FoundDate; priority: number }> {
  const ref = new Date(`${reference.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  return chrono.fr.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })
    .filter((r) => !/\d/.test(r.text))
    .map((r) => {
      const c = r.start;
      const iso = `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
      return { date: buildDate({ iso }, r.text, 'chrono-fr-relative', r.index), priority: 0 };
    });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
