// Builds the Neo4j Browser guide (browser/entente-guide.html) from the saved queries: one slide per query, runnable.

import { foldName } from '../lang/fold.js';
import type { SavedQuery, SavedQueryParam } from './saved-queries.js';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A Cypher literal for a parameter's example, as the runner would bind it (names folded like the graph's keys). */
function exampleLiteral(param: SavedQueryParam): string {
  const raw = param.example ?? param.defaultValue ?? '';
  if (param.type === 'int') return String(Number.parseInt(raw, 10) || 0);
  const value = param.type === 'name' && !/^[a-z]+:\S+$/.test(raw) ? foldName(raw) : raw;
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function slide(title: string, body: string): string {
  return `    <slide class="row-fluid">
      <div class="col-sm-12">
        <h3>${escapeHtml(title)}</h3>
${body}
      </div>
    </slide>`;
}

const runnable = (code: string): string => `        <pre class="pre-scrollable code runnable">${escapeHtml(code)}</pre>`;

export function buildBrowserGuide(queries: SavedQuery[]): string {
  const intro = slide('Entente: the graph of French diplomacy and defence news', [
    '        <p>Articles (<code>Article</code>, pages and teasers) mention people, countries, organisations, events, places,',
    '        offices and ranks (all <code>Entity</code>). Facts between them (<code>MET</code>, <code>COOPERATES_WITH</code>,',
    '        <code>ATTENDED</code>...) carry <code>confidence</code>, <code>rule</code>, <code>date</code> and <code>source</code>,',
    '        the file that reported them. Their <code>evidenceRefs</code> locate each supporting sentence',
    '        (<code>doc|sentence|start|end|rule</code>, separated by <code>;</code>); its text is item <code>sentence</code>',
    '        of that Article\'s <code>sentences</code>. The query <em>The evidence behind a relation</em> reads them for you.</p>',
    '        <p>Each next slide sets example parameters, then runs one saved query (also runnable as',
    '        <code>entente query NAME --param k=v</code>). Names are matched on their folded form (no accents, lower case) or exact spelling.</p>',
    runnable('CALL db.schema.visualization()'),
  ].join('\n'));
  const slides = queries.map((q) => {
    const params = q.params.length
      ? `        <ul>\n${q.params.map((p) => `          <li><code>${escapeHtml(p.name)}</code> (${p.type}${p.defaultValue !== undefined ? `, default "${escapeHtml(p.defaultValue)}"` : ''}): ${escapeHtml(p.description)}</li>`).join('\n')}\n        </ul>\n`
        + runnable(`:params {${q.params.map((p) => `${p.name}: ${exampleLiteral(p)}`).join(', ')}}`) + '\n'
      : '';
    return slide(q.title, `        <p>${escapeHtml(q.description)}</p>\n${params}${runnable(q.cypher)}`);
  });
  return `<!-- Neo4j Browser guide for Entente, generated from queries/*.cypher by browser/build-guide.ts: do not edit by hand. -->
<article class="guide" ng-controller="AppCtrl">
  <carousel class="deck container-fluid">
${[intro, ...slides].join('\n')}
  </carousel>
</article>
`;
}
