// Reads a GraphML document into a graphology graph, converting <data> values by their declared key types.

import graphology from 'graphology';
import type { Attributes } from 'graphology-types';
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../errors.js';

const { MultiDirectedGraph, MultiUndirectedGraph } = graphology;

interface XmlKey { id: string; for?: string; 'attr.name'?: string; 'attr.type'?: string }
interface XmlData { key: string; '#text'?: string | number }
interface XmlNode { id: string; data?: XmlData[] }
interface XmlEdge { id?: string; source: string; target: string; directed?: string; data?: XmlData[] }
interface XmlDocument {
  graphml?: { key?: XmlKey[]; graph?: Array<{ edgedefault?: string; node?: XmlNode[]; edge?: XmlEdge[] }> };
}

const LISTS = new Set(['key', 'graph', 'node', 'edge', 'data']);

/** Parses GraphML text; `location` names the source in errors. Keeps multiple edges between the same nodes. */
export function parseGraphml(text: string, location = 'graphml'): graphology.MultiDirectedGraph | graphology.MultiUndirectedGraph {
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false,
    trimValues: false, isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.has(name),
  });
  const doc: XmlDocument = parser.parse(text);
  const root = doc.graphml;
  const graphElement = root?.graph?.[0];
  if (!root || !graphElement) throw new InputError('INPUT_BAD_FEED', location, 'not a GraphML document (no <graphml><graph>)');
  const keys = new Map((root.key ?? []).map((k) => [k.id, k]));
  const graph = graphElement.edgedefault === 'undirected' ? new MultiUndirectedGraph() : new MultiDirectedGraph();
  for (const node of graphElement.node ?? []) graph.mergeNode(String(node.id), readData(node.data, keys));
  for (const edge of graphElement.edge ?? []) {
    const attrs = readData(edge.data, keys);
    const source = String(edge.source);
    const target = String(edge.target);
    if (edge.id !== undefined) graph.addEdgeWithKey(String(edge.id), source, target, attrs);
    else graph.addEdge(source, target, attrs);
  }
  return graph;
}

function readData(data: XmlData[] | undefined, keys: Map<string, XmlKey>): Attributes {
  const attrs: Attributes = {};
  for (const d of data ?? []) {
    const key = keys.get(d.key);
    const raw = String(d['#text'] ?? '');
    attrs[key?.['attr.name'] ?? d.key] = convert(raw, key?.['attr.type']);
  }
  return attrs;
}

function convert(raw: string, type: string | undefined): string | number | boolean {
  switch (type) {
    case 'int': case 'long': case 'float': case 'double': return Number(raw);
    case 'boolean': return raw.trim() === 'true';
    default: return raw;
  }
}
