// Writes the entity graph as GraphML (graphology-graphml only parses), with typed <key> declarations.

import { flattenEdgeAttributes, flattenNodeAttributes, type FlatAttributes, type FlatValue } from './flatten-attributes.js';
import type { EntityGraph } from './model.js';

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

export function writeGraphml(graph: EntityGraph): string {
  const nodes = graph.mapNodes((key, attrs) => ({ key, data: flattenNodeAttributes(attrs) }));
  const edges = graph.mapEdges((key, attrs, source, target) => ({ key, source, target, data: flattenEdgeAttributes(attrs) }));
  const nodeKeys = declareKeys(nodes.map((n) => n.data));
  const edgeKeys = declareKeys(edges.map((e) => e.data));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of nodeKeys) out.push(`  <key id="n_${escapeXml(name)}" for="node" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  for (const [name, type] of edgeKeys) out.push(`  <key id="e_${escapeXml(name)}" for="edge" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  out.push('  <graph id="entente" edgedefault="directed">');
  for (const { key, data } of nodes) {
    out.push(`    <node id="${escapeXml(key)}">`);
    for (const [name, value] of Object.entries(data)) out.push(`      <data key="n_${escapeXml(name)}">${escapeXml(String(value))}</data>`);
    out.push('    </node>');
  }
  for (const { key, source, target, data } of edges) {
    out.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`);
    for (const [name, value] of Object.entries(data)) out.push(`      <data key="e_${escapeXml(name)}">${escapeXml(String(value))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** One key per attribute name, typed by the widest type among its values (int < double < string). */
function declareKeys(rows: FlatAttributes[]): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) keys.set(name, widen(keys.get(name), typeOf(value)));
  }
  return keys;
}

function typeOf(value: FlatValue): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

function widen(current: GraphmlType | undefined, next: GraphmlType): GraphmlType {
  if (!current || current === next) return next;
  if ((current === 'int' && next === 'double') || (current === 'double' && next === 'int')) return 'double';
  return 'string';
}

/** Escapes text for element content and attribute values; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
