// Reads the word-list tables under gazetteers/ that the French text tools use (TSV, `#` comments, a header row).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GazetteerError } from '../errors.js';

/** gazetteers/ of the project, whether running from `src/` (tsx) or `dist/src/` (compiled). */
function findGazetteerDir(): string {
  const here = new URL('.', import.meta.url).pathname;
  const idx = Math.max(here.lastIndexOf('/src/'), here.lastIndexOf('/dist/'));
  return resolve(idx >= 0 ? here.slice(0, idx) : resolve(here, '../..'), 'gazetteers');
}

let gazetteerDir = findGazetteerDir();

/** Lets tests and the CLI point the text tools at another gazetteer folder. */
export function setTextTableDir(dir: string): void {
  gazetteerDir = dir;
  cache.clear();
}

const cache = new Map<string, Array<Record<string, string>>>();

/** Rows of `gazetteers/<name>` as objects keyed by the header; every row must carry every column. */
export function readTextTable(name: string, required: string[]): Array<Record<string, string>> {
  const cached = cache.get(name);
  if (cached) return cached;
  const path = resolve(gazetteerDir, name);
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new GazetteerError(`gazetteers/${name}: cannot be read`, { cause });
  }
  const lines = content.split(/\r?\n/);
  let header: string[] | undefined;
  const rows: Array<Record<string, string>> = [];
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      const missing = required.filter((c) => !header!.includes(c));
      if (missing.length) throw new GazetteerError(`gazetteers/${name}:${i + 1}: missing column(s) ${missing.join(', ')}`);
      return;
    }
    if (cells.length !== header.length) {
      throw new GazetteerError(`gazetteers/${name}:${i + 1}: expected ${header.length} cells, got ${cells.length}`);
    }
    const row: Record<string, string> = {};
    header.forEach((h, j) => { row[h] = cells[j]; });
    rows.push(row);
  });
  cache.set(name, rows);
  return rows;
}
