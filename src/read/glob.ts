// Compiles include/exclude globs (`*`, `**`, `?`, `[abc]`, `{a,b}`) once into regular expressions.
// Node 20's path.matchesGlob exists but prints an ExperimentalWarning, so the small subset we need lives here.

/** A compiled glob: a pattern without `/` matches the base name at any depth, as in .gitignore. */
export interface Glob {
  pattern: string;
  test: (relativePath: string) => boolean;
}

export function compileGlob(pattern: string): Glob {
  const anchored = pattern.includes('/');
  const body = translate(pattern.replace(/^\.\//, '').replace(/^\//, ''));
  const re = new RegExp(anchored ? `^${body}$` : `(?:^|/)${body}$`);
  return { pattern, test: (path) => re.test(path.split('\\').join('/')) };
}

function translate(pattern: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        if (pattern[i + 2] === '/') { out += '(?:[^/]*/)*'; i += 2; } else { out += '.*'; i += 1; }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) { out += '\\['; continue; }
      const inner = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${inner}]`;
      i = close;
    } else if (c === '{') { out += '(?:'; braces++; }
    else if (c === '}' && braces > 0) { out += ')'; braces--; }
    else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}

/** True when `path` passes the filters: matches an include (or there are none) and no exclude. */
export function passesGlobs(path: string, include: Glob[], exclude: Glob[]): boolean {
  if (include.length && !include.some((g) => g.test(path))) return false;
  return !exclude.some((g) => g.test(path));
}
