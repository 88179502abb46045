// Ordering of ids and names as the stages sort their output (locale order), shared by extraction and resolution.

/** `a.localeCompare(b)`, without the call when the strings are equal (the answer is then 0): most compared ids are. */
export function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}
