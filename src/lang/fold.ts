// Folding of French and Vietnamese names for comparison: diacritics off, đ→d, lower case, punctuation to spaces.

/**
 * Results remembered for short strings: every stage folds the same names and words again and again, and `normalize`
 * plus four replaces cost far more than one Map lookup. Bounded: cleared when full, so memory stays flat on any
 * corpus size.
 */
const MEMO_MAX = 50_000;
const MEMO_KEY_MAX = 120;
const foldMemo = new Map<string, string>();
const slugMemo = new Map<string, string>();

function remember(memo: Map<string, string>, key: string, value: string): string {
  if (key.length <= MEMO_KEY_MAX) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/** Folds a string the way names are compared everywhere in Entente (and in the project's scorer). */
export function foldName(value: string): string {
  const known = foldMemo.get(value);
  if (known !== undefined) return known;
  return remember(foldMemo, value, value
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[’'`]/g, "'").replace(/[^a-z0-9']+/g, ' ').trim());
}

/** A slug for stable ids: `Nguyễn Chí Vịnh` → `nguyen-chi-vinh`. */
export function slugify(value: string): string {
  const known = slugMemo.get(value);
  if (known !== undefined) return known;
  return remember(slugMemo, value, foldName(value).replace(/'/g, ' ').trim().replace(/\s+/g, '-'));
}
