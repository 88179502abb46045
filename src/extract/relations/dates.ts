// French date phrases for events and relations: a small local reader, kept behind one function until src/lang/dates.ts lands.

import type { DateValue } from '../../model/document.js';

export type FoundDate = DateValue & { start: number; end: number };

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTH = `(${MONTHS.join('|')}|fevrier|aout|decembre)`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const DAY = '(1er|[12]\\d|3[01]|0?[1-9])';
const YEAR = '((?:19|20)\\d\\d)';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

const PATTERNS: Array<{ rule: string; re: RegExp }> = [
  { rule: 'date.range', re: new RegExp(`${NOT_LETTER_BEFORE}du\\s+${DAY}(?:\\s+${MONTH})?\\s+au\\s+${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${NOT_LETTER_AFTER}`, 'giu') },
  { rule: 'date.pair', re: new RegExp(`${NOT_LETTER_BEFORE}(?:les\\s+)?${DAY}\\s+et\\s+${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${NOT_LETTER_AFTER}`, 'giu') },
  { rule: 'date.day', re: new RegExp(`${NOT_LETTER_BEFORE}(?:${WEEKDAY}\\s+)?${DAY}\\s+${MONTH}(?:\\s+${YEAR})?(?:\\s+(?:après-midi|matin|soir))?${NOT_LETTER_AFTER}`, 'giu') },
  { rule: 'date.month', re: new RegExp(`${NOT_LETTER_BEFORE}(?:en\\s+|fin\\s+|début\\s+)?${MONTH}\\s+${YEAR}${NOT_LETTER_AFTER}`, 'giu') },
  { rule: 'date.weekday', re: new RegExp(`${NOT_LETTER_BEFORE}${WEEKDAY}${NOT_LETTER_AFTER}`, 'giu') },
];

const pad = (n: number): string => String(n).padStart(2, '0');
const monthOf = (word: string): number => {
  const w = word.toLowerCase().replace('fevrier', 'février').replace('aout', 'août').replace('decembre', 'décembre');
  return MONTHS.indexOf(w) + 1;
};
const dayOf = (word: string): number => (word.toLowerCase() === '1er' ? 1 : Number(word));

function isoOf(year: number | undefined, month: number, day?: number): string {
  if (day === undefined) return year ? `${year}-${pad(month)}` : `--${pad(month)}`;
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}

/** The date of the given weekday on or before `reference` (news reports name the weekday of a recent day). */
function weekdayBefore(reference: string, weekday: string): string | undefined {
  const ref = /^(\d{4})-(\d\d)-(\d\d)/.exec(reference);
  if (!ref) return undefined;
  const d = new Date(Date.UTC(Number(ref[1]), Number(ref[2]) - 1, Number(ref[3])));
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  const back = (d.getUTCDay() - target + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** Finds French date phrases in `text`; `year` completes partial dates, `reference` (ISO) resolves weekdays. */
export function findDates(text: string, options: { year?: number; reference?: string } = {}): FoundDate[] {
  const found: FoundDate[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const { rule, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const value = readMatch(rule, m, options);
      if (value) found.push({ ...value, text: m[0], rule, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function readMatch(rule: string, m: RegExpMatchArray, options: { year?: number; reference?: string }):
  Pick<DateValue, 'iso' | 'endIso'> | undefined {
  switch (rule) {
    case 'date.range': {
      const year = m[5] ? Number(m[5]) : options.year;
      const endMonth = monthOf(m[4]);
      const startMonth = m[2] ? monthOf(m[2]) : endMonth;
      return { iso: isoOf(year, startMonth, dayOf(m[1])), endIso: isoOf(year, endMonth, dayOf(m[3])) };
    }
    case 'date.pair': {
      const year = m[4] ? Number(m[4]) : options.year;
      const month = monthOf(m[3]);
      return { iso: isoOf(year, month, dayOf(m[1])), endIso: isoOf(year, month, dayOf(m[2])) };
    }
    case 'date.day':
      return { iso: isoOf(m[3] ? Number(m[3]) : options.year, monthOf(m[2]), dayOf(m[1])) };
    case 'date.month':
      return { iso: isoOf(Number(m[2]), monthOf(m[1])) };
    case 'date.weekday': {
      const iso = options.reference ? weekdayBefore(options.reference, m[0]) : undefined;
      return iso ? { iso } : undefined;
    }
    default:
      return undefined;
  }
}
