// Text to be matched literally inside a regular expression built from word lists.

/** `s` with every character that a pattern reads as syntax escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
