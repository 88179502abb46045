// A function on names with its results remembered: a name recurs in a file and across files.

/** `compute` on names, remembered: bounded, cleared when full, so memory stays flat on any corpus size. */
export function rememberPerName<T>(compute: (name: string) => T): (name: string) => T {
  const memo = new Map<string, T>();
  return (name) => {
    let value = memo.get(name);
    if (value === undefined) {
      if (memo.size >= 20_000) memo.clear();
      memo.set(name, value = compute(name));
    }
    return value;
  };
}
