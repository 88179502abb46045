// The relation stage behind the real normaliser and entity extractor, on a short article written for the test.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseSource } from '../../../src/normalise/index.js';
import { extractDocument } from '../../../src/extract/index.js';
import { loadGazetteers } from '../../../src/gazetteer/index.js';
import { pairs } from './marked-doc.js';

const ARTICLE = `Le Vietnam et l'Inde renforcent leur coopération en matière de sécurité maritime

Le ministre vietnamien de la Défense, le général Phan Van Giang, a reçu le 5 juin à Hanoï le ministre indien de la Défense, Rajnath Singh, en visite officielle au Vietnam.

Les deux parties ont convenu de renforcer la coopération dans la formation et l'industrie de défense.

Il a ensuite reçu l'ambassadeur d'Australie Andrew Goledzinowski.

Le général Phan Van Giang n'a pas rencontré le ministre chinois Dong Jun. Il rencontrera le secrétaire américain à la Défense Lloyd Austin en juillet.
`;

test('pipeline: meetings, cooperation and the visit of a written article through the real extractors', () => {
  const gazetteers = loadGazetteers();
  const { page } = normaliseSource({ location: 'test.txt', file: 'test.txt', format: 'text', text: ARTICLE });
  const { events, relations } = extractDocument(page, gazetteers);
  assert.deepEqual(pairs(relations, 'MET'), ['Andrew Goledzinowski|Phan Van Giang', 'Phan Van Giang|Rajnath Singh']);
  assert.deepEqual(pairs(relations, 'COOPERATES_WITH'), ['IN|VN']);
  const coop = relations.find((r) => r.type === 'COOPERATES_WITH');
  assert.ok(coop?.domains?.includes('sécurité maritime') && coop.domains.includes('formation'));
  const visit = events.find((e) => e.type === 'visit');
  assert.equal(visit?.name, 'visite officielle au Vietnam');
  assert.ok(relations.some((r) => r.type === 'HOSTED' && r.a === 'Phan Van Giang' && r.bId === visit?.id));
});
