// Reads a gazetteer TSV file (comment lines, a header, one row per entry) and checks its provenance and hygiene.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { GazetteerError } from '../errors.js';

export interface TsvRow {
  /** 1-based line number in the file, for messages. */
  line: number;
  cells: Record<string, string>;
}

export interface TsvTable {
  file: string;
  columns: string[];
  rows: TsvRow[];
}

export interface ReadTsvOptions {
  /** Columns that must exist in the header (`source` is always required). */
  required?: string[];
  /** Columns whose value must be non-empty on every row. */
  nonEmpty?: string[];
}

/**
 * Reads `path`: lines starting with `#` are comments, the first other line is the tab-separated header, every further
 * non-blank line is a row. Checks: a `source` column filled on every row, the same number of cells as the header, no
 * cell with leading or trailing spaces, text in Unicode NFC. Throws GazetteerError (`GAZETTEER_INVALID`) naming
 * `file:line`.
 */
export function readTsv(path: string, options: ReadTsvOptions = {}): TsvTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GazetteerError(`${path}: cannot read gazetteer file`, { cause: error });
  }
  return parseTsv(text, basename(path), options);
}

/** Parses TSV text (see readTsv); `file` names the source in error messages. */
export function parseTsv(text: string, file: string, options: ReadTsvOptions = {}): TsvTable {
  const lines = text.split(/\r?\n/);
  let columns: string[] | undefined;
  const rows: TsvRow[] = [];
  const required = ['source', ...(options.required ?? [])];
  const nonEmpty = ['source', ...(options.nonEmpty ?? [])];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.startsWith('#') || raw.trim() === '') return;
    if (raw.normalize('NFC') !== raw) throw new GazetteerError(`${file}:${line}: text is not in Unicode NFC`);
    const cells = raw.split('\t');
    if (!columns) {
      columns = cells;
      for (const name of required) {
        if (!columns.includes(name)) throw new GazetteerError(`${file}:${line}: missing column "${name}"`);
      }
      return;
    }
    if (cells.length !== columns.length) {
      throw new GazetteerError(`${file}:${line}: ${cells.length} cells, header has ${columns.length}`);
    }
    const record: Record<string, string> = {};
    cells.forEach((cell, i) => {
      if (cell !== cell.trim()) throw new GazetteerError(`${file}:${line}: stray whitespace in column "${columns![i]}"`);
      record[columns![i]] = cell;
    });
    for (const name of nonEmpty) {
      if (!record[name]) throw new GazetteerError(`${file}:${line}: empty "${name}"`);
    }
    rows.push({ line, cells: record });
  });
  if (!columns) throw new GazetteerError(`${file}: no header line`);
  return { file, columns, rows };
}

/** Splits a multi-valued cell (`a|b|c`) into its trimmed, non-empty values. */
export function splitValues(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((v) => v.trim()).filter(Boolean);
}
