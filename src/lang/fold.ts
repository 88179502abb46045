// Folding of French and Vietnamese names for comparison: diacritics off, đ→d, lower case, punctuation to spaces.

/** Folds a string the way names are compared everywhere in Entente (and in the project's scorer). */
export function foldName(value: string): string {
  return value
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[’'`]/g, "'").replace(/[^a-z0-9']+/g, ' ').trim();
}

/** A slug for stable ids: `Nguyễn Chí Vịnh` → `nguyen-chi-vinh`. */
export function slugify(value: string): string {
  return foldName(value).replace(/'/g, ' ').trim().replace(/\s+/g, '-');
}
