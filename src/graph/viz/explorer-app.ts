// Browser side of the HTML explorer: sigma on graphology, with search, filters, sizing, colouring and the evidence panel.

import graphology from 'graphology';
import Sigma from 'sigma';
import { foldName } from '../../lang/fold.js';
import { colourOfCommunity, KIND_COLOURS } from '../palette.js';
import type { EntityKind } from '../model.js';
import type { VizData, VizEdge, VizNode } from './viz-data.js';

type SizeBy = 'pagerank' | 'betweenness' | 'degree';
type ColourBy = 'community' | 'kind';

interface Filters {
  kinds: Set<EntityKind>;
  country: string;
  from: string;
  to: string;
}

const MUTED = '#d9dde4';

const data: VizData = JSON.parse(byId('entente-data').textContent ?? '{}');
type NodeAttrs = VizNode & { size?: number; color?: string };
const graph = new graphology.MultiDirectedGraph<NodeAttrs, VizEdge>();
for (const node of data.nodes) graph.addNode(node.id, node);
for (const edge of data.edges) if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);

const searchIndex = data.nodes.map((n) => ({
  id: n.id,
  name: foldName(n.label),
  folded: [n.label, ...[n.props.aliases ?? [], n.props.acronym ?? ''].flat()].map((x) => foldName(String(x))).join(' \u0000 '),
}));
const kinds = [...new Set(data.nodes.map((n) => n.kind))].sort();
const countries = [...new Set(data.nodes.map((n) => n.country).filter((c): c is string => !!c))].sort();

const filters: Filters = { kinds: new Set(kinds), country: '', from: '', to: '' };
let sizeBy: SizeBy = 'pagerank';
let colourBy: ColourBy = 'community';
let selected: string | null = null;
let visible = new Set<string>();
// Reduced rather than spread into Math.max, which overflows the call stack on a corpus-sized graph.
const maxima: Record<SizeBy, number> = {
  pagerank: data.nodes.reduce((m, n) => Math.max(m, n.pagerank), 1e-9),
  betweenness: data.nodes.reduce((m, n) => Math.max(m, n.betweenness), 1e-9),
  degree: data.nodes.reduce((m, n) => Math.max(m, n.degree), 1),
};

byId('stats').textContent = `${data.nodes.length} entities, ${data.edges.length} relations`;
byId('generated').textContent = `Generated ${data.generated} by entente viz.`;

let renderer: Sigma<NodeAttrs, VizEdge> | null = null;
try {
  const sigma = new Sigma<NodeAttrs, VizEdge>(graph, byId('graph'), {
    renderEdgeLabels: false,
    defaultEdgeType: 'arrow',
    labelRenderedSizeThreshold: 8,
    labelDensity: 0.5,
    zIndex: true,
    nodeReducer: (node, attrs) => {
      const shown = visible.has(node);
      const focus = selected === null || node === selected || graph.areNeighbors(node, selected);
      return {
        ...attrs,
        hidden: !shown,
        size: sizeOf(attrs),
        color: focus ? colourOf(attrs) : MUTED,
        // With a selection, only it and its neighbours keep their names, so they stay readable.
        label: focus ? attrs.label : null,
        zIndex: node === selected ? 2 : focus ? 1 : 0,
        highlighted: node === selected,
        forceLabel: node === selected || (selected !== null && graph.areNeighbors(node, selected)),
      };
    },
    edgeReducer: (edge, attrs) => {
      const [source, target] = graph.extremities(edge);
      const focus = selected === null || source === selected || target === selected;
      return {
        ...attrs,
        type: 'arrow',
        hidden: !visible.has(source) || !visible.has(target) || !inDateRange(attrs.date ? [attrs.date] : []),
        color: focus ? '#9aa3b2' : '#eef0f3',
        size: focus && selected !== null ? 2 : 1,
        label: attrs.relation,
      };
    },
  });
  sigma.on('clickNode', ({ node }) => selectNode(node));
  sigma.on('clickStage', () => selectNode(null));
  renderer = sigma;
} catch (error) {
  // No WebGL (an old or locked-down browser): search and the evidence panel still work.
  const notice = byId('graph-notice');
  notice.hidden = false;
  notice.textContent = `The graph view needs WebGL, which this browser did not provide (${(error as Error).message}). Search and the evidence panel still work.`;
}

buildControls();
applyFilters();

/** For tests and the console: the graph, the renderer and the selection function. */
Object.assign(window, { entente: { graph, renderer, selectNode, visibleNodes: () => [...visible] } });

function buildControls(): void {
  const kindBox = byId('kinds');
  for (const kind of kinds) {
    const input = el('input', { type: 'checkbox', value: kind, checked: 'checked' });
    input.addEventListener('change', () => {
      if (input.checked) filters.kinds.add(kind);
      else filters.kinds.delete(kind);
      applyFilters();
    });
    kindBox.append(el('label', {}, input, ` ${kind} (${data.nodes.filter((n) => n.kind === kind).length})`));
  }
  const country = byId<HTMLSelectElement>('country');
  for (const code of countries) country.append(el('option', { value: code }, code));
  country.addEventListener('change', () => { filters.country = country.value; applyFilters(); });
  const from = byId<HTMLInputElement>('date-from');
  const to = byId<HTMLInputElement>('date-to');
  const dated = data.nodes.flatMap((n) => n.dates).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (dated.length) {
    from.min = to.min = dated[0];
    from.max = to.max = dated[dated.length - 1];
  }
  from.addEventListener('change', () => { filters.from = from.value; applyFilters(); });
  to.addEventListener('change', () => { filters.to = to.value; applyFilters(); });
  const size = byId<HTMLSelectElement>('size-by');
  size.addEventListener('change', () => { sizeBy = size.value as SizeBy; renderer?.refresh(); });
  const colour = byId<HTMLSelectElement>('colour-by');
  colour.addEventListener('change', () => { colourBy = colour.value as ColourBy; drawLegend(); renderer?.refresh(); });
  const search = byId<HTMLInputElement>('search');
  search.addEventListener('input', () => showResults(search.value));
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const first = byId('search-results').querySelector<HTMLElement>('li[data-node]');
    if (first?.dataset.node) selectNode(first.dataset.node, true);
  });
  byId('panel-close').addEventListener('click', () => selectNode(null));
  drawLegend();
}

function showResults(query: string): void {
  const list = byId('search-results');
  list.replaceChildren();
  const folded = foldName(query);
  if (folded.length < 2) return;
  // Exact names first, then names that start with the query, then the rest; the most central first within each.
  const rank = (entry: { name: string }) => (entry.name === folded ? 0 : entry.name.startsWith(folded) ? 1 : 2);
  const hits = searchIndex.filter((entry) => entry.folded.includes(folded))
    .map((entry) => ({ rank: rank(entry), node: graph.getNodeAttributes(entry.id) }))
    .sort((a, b) => a.rank - b.rank || b.node.pagerank - a.node.pagerank)
    .slice(0, 30)
    .map((hit) => hit.node);
  if (!hits.length) list.append(el('li', {}, 'No match'));
  for (const hit of hits) {
    const item = el('li', { 'data-node': hit.id }, hit.label, ' ', el('span', { class: 'kind' }, hit.kind + (hit.country ? ` · ${hit.country}` : '')));
    item.addEventListener('click', () => selectNode(hit.id, true));
    list.append(item);
  }
}

function applyFilters(): void {
  const base = new Set(graph.filterNodes((_node, a) => filters.kinds.has(a.kind) && inDateRange(a.dates)));
  let keep = base;
  if (filters.country) {
    // A country keeps its own entities and whatever they link to directly, so its network stays readable.
    const core = [...base].filter((n) => graph.getNodeAttribute(n, 'country') === filters.country);
    keep = new Set(core);
    for (const n of core) graph.forEachNeighbor(n, (m) => { if (base.has(m)) keep.add(m); });
  }
  visible = keep;
  byId('stats').textContent = `${visible.size} of ${data.nodes.length} entities shown, ${data.edges.length} relations`;
  renderer?.refresh();
}

/**
 * Undated items always pass, and so do dates without a year (`--11-18`); dated ones pass when one of their dates
 * falls in the range, a month or a year (`2023-11`) being compared on its own precision.
 */
function inDateRange(dates: string[]): boolean {
  const dated = dates.filter((d) => /^\d{4}/.test(d));
  if (!dated.length || (!filters.from && !filters.to)) return true;
  return dated.some((d) => (!filters.from || d >= filters.from.slice(0, d.length)) && (!filters.to || d <= filters.to.slice(0, d.length)));
}

function sizeOf(node: VizNode): number {
  const value = node[sizeBy] / maxima[sizeBy];
  return 3 + 17 * Math.sqrt(Math.max(0, value));
}

function colourOf(node: VizNode): string {
  return colourBy === 'community' ? colourOfCommunity(node.community) : KIND_COLOURS[node.kind];
}

function drawLegend(): void {
  const legend = byId('legend');
  legend.replaceChildren();
  if (colourBy === 'kind') {
    for (const kind of kinds) legend.append(el('li', {}, swatch(KIND_COLOURS[kind]), kind));
    return;
  }
  const sizes = new Map<number, VizNode[]>();
  for (const n of data.nodes) {
    const members = sizes.get(n.community);
    if (members) members.push(n);
    else sizes.set(n.community, [n]);
  }
  const top = [...sizes.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 8);
  for (const [community, members] of top) {
    const leader = members.reduce((best, n) => (n.pagerank > best.pagerank ? n : best));
    legend.append(el('li', {}, swatch(colourOfCommunity(community)), `Community ${community}: ${members.length} (${leader.label}…)`));
  }
}

function selectNode(node: string | null, moveCamera = false): void {
  selected = node && graph.hasNode(node) ? node : null;
  renderer?.refresh();
  const panel = byId('panel');
  if (!selected) {
    panel.hidden = true;
    return;
  }
  const a = graph.getNodeAttributes(selected);
  panel.hidden = false;
  byId('panel-title').textContent = a.label;
  byId('panel-meta').textContent = [a.kind, a.country, a.dates.length ? `${a.dates[0]} – ${a.dates[a.dates.length - 1]}` : ''].filter(Boolean).join(' · ');
  const facts = byId('panel-facts');
  facts.replaceChildren();
  const rows: Array<[string, string]> = [
    ['Degree', String(a.degree)], ['Betweenness', a.betweenness.toFixed(4)], ['PageRank', a.pagerank.toFixed(4)], ['Community', String(a.community)],
    ...Object.entries(a.props).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
  ];
  for (const [k, v] of rows) facts.append(el('dt', {}, k), el('dd', {}, v));
  const relations = byId('panel-relations');
  relations.replaceChildren();
  const edges = graph.edges(selected).map((e) => graph.getEdgeAttributes(e)).sort((x, y) => x.relation.localeCompare(y.relation));
  byId('panel-relations-title').textContent = `Relations (${edges.length})`;
  for (const edge of edges) relations.append(relationItem(selected, edge));
  const mentions = byId('panel-mentions');
  mentions.replaceChildren(...a.evidence.map((e) => el('li', {}, evidenceQuote(e.text, `${e.doc} · sentence ${e.sentence} · ${e.rule}`))));
  byId('panel-mentions-title').hidden = a.evidence.length === 0;
  if (moveCamera && renderer) {
    const display = renderer.getNodeDisplayData(selected);
    if (display) void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.5 }, { duration: 300 });
  }
}

function relationItem(self: string, edge: VizEdge): HTMLElement {
  const outgoing = edge.source === self;
  const other = outgoing ? edge.target : edge.source;
  const link = el('a', { 'data-node': other }, graph.getNodeAttribute(other, 'label'));
  link.addEventListener('click', () => selectNode(other, true));
  const head = el('div', { class: 'relation-head' }, outgoing ? '→ ' : '← ', el('span', { class: 'relation-type' }, edge.relation), ' ', link);
  const meta = el('div', { class: 'relation-meta' }, [edge.date, `confidence ${edge.confidence}`].filter(Boolean).join(' · '));
  return el('li', { class: 'relation' }, head, meta,
    ...edge.evidence.map((e) => evidenceQuote(e.text, [e.doc, e.sentence >= 0 ? `sentence ${e.sentence}` : '', e.rule].filter(Boolean).join(' · '))));
}

function evidenceQuote(text: string, source: string): HTMLElement {
  return el('blockquote', { class: 'evidence' }, text, el('cite', {}, source));
}

function swatch(colour: string): HTMLElement {
  return el('span', { class: 'swatch', style: `background:${colour}` });
}

/** Creates an element; text children are set as text, never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: missing #${id}`);
  return element as T;
}
