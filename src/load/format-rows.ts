// Renders saved-query rows as an aligned text table, JSON or CSV.

import type { QueryRows } from './saved-queries.js';

export type RowFormat = 'table' | 'json' | 'csv';

export function formatRows(result: QueryRows, format: RowFormat): string {
  if (format === 'json') return JSON.stringify(result.rows, null, 2) + '\n';
  if (format === 'csv') {
    const lines = [result.columns.map(csvCell), ...result.rows.map((row) => result.columns.map((c) => csvCell(cellText(row[c]))))];
    return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
  }
  if (result.rows.length === 0) return '(no rows)\n';
  const cells = result.rows.map((row) => result.columns.map((c) => truncate(cellText(row[c]), 80)));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(result.columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line),
    `(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`].join('\n') + '\n';
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
