// MET rules on sentences written for the tests: verbs, lists, captions, coordination, pronouns, negation, plans.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMarked, pairs } from './marked-doc.js';

const cases: Array<[string, string, string[]]> = [
  ['reception', 'Le ministre [P:Phan Van Giang] a reçu le 4 mars à [L:Hanoï] l\'ambassadeur [P:Marc Knapper].',
    ['Marc Knapper|Phan Van Giang']],
  ['meeting verb', 'Le Premier ministre [P:Pham Minh Chinh] a rencontré le chancelier [P:Olaf Scholz] à [L:Berlin].',
    ['Olaf Scholz|Pham Minh Chinh']],
  ['present tense in a title', 'Le président [P:Luong Cuong] rencontre le roi [P:Norodom Sihamoni]',
    ['Luong Cuong|Norodom Sihamoni']],
  ['talks with', 'Le général [P:Nguyen Tan Cuong] s\'est entretenu avec l\'amiral [P:John Aquilino].',
    ['John Aquilino|Nguyen Tan Cuong']],
  ['bilateral meetings with two counterparts',
    'La ministre [P:Ho Thi Lan] a eu des rencontres bilatérales avec son homologue coréen [P:Kim Min-seok] et le secrétaire d\'État [P:Akira Sato].',
    ['Akira Sato|Ho Thi Lan', 'Ho Thi Lan|Kim Min-seok']],
  ['phone call', 'Le ministre [P:Bui Thanh Son] a eu un entretien téléphonique avec son homologue [P:Penny Wong].',
    ['Bui Thanh Son|Penny Wong']],
  ['credentials', 'L\'ambassadeur [P:Tran Van Hoa] présente ses lettres de créance au roi [P:Harald V].',
    ['Harald V|Tran Van Hoa']],
  ['received then, puis', 'Le vice-ministre [P:Le Van Nam] a reçu [P:Paul Martin], puis [P:Jan Kowalski].',
    ['Jan Kowalski|Le Van Nam', 'Le Van Nam|Paul Martin']],
  ['clitic object', 'Lors de la visite du président [P:Alain Berset], le président [P:Vo Van Thuong] l\'a reçu au palais.',
    ['Alain Berset|Vo Van Thuong']],
  ['co-chairs, all pairs', 'La réunion était coprésidée par le général [P:Hoang Van An] ; l\'amiral [P:Koji Ito] ; et la ministre [P:Marie Dubois].',
    ['Hoang Van An|Koji Ito', 'Hoang Van An|Marie Dubois', 'Koji Ito|Marie Dubois']],
  ['joint subject', 'Le ministre [P:Tran Hong Ha] et la ministre [P:Sara Lind] ont examiné les moyens de coopérer.',
    ['Sara Lind|Tran Hong Ha']],
  ['talks between', 'Les entretiens entre [P:Pham Minh Chinh] et [P:Anthony Albanese] ont porté sur la défense.',
    ['Anthony Albanese|Pham Minh Chinh']],
  ['caption with position note', 'Le ministre [P:Do Hung Viet] (à gauche) et le secrétaire [P:Tom Reed]. Photo : VNA',
    ['Do Hung Viet|Tom Reed']],
  ['caption with lors de', 'Le président [P:Nguyen Xuan Phuc] et le président [P:Marcelo Rebelo] lors de leur entretien. Photo : VNA',
    ['Marcelo Rebelo|Nguyen Xuan Phuc']],
  ['caption with hand shake', 'Le ministre [P:To An Xo], et la ministre [P:Ana Ruiz], se serrent la main, à Hanoï. Photo : VNA',
    ['Ana Ruiz|To An Xo']],
  ['caption of two colleagues giving an interview is no meeting',
    '[P:Luca Bassi], président de l\'association, et [P:Gianni Neri], trésorier, accordent une interview. Photo : VNA', []],
  ['a pair outside a caption needs a verb', 'Le ministre [P:Do Hung Viet] et le secrétaire [P:Tom Reed] sont nés en 1960.', []],
  ['homage to the dead is no meeting', 'Le dirigeant [P:To Lam] rend hommage aux anciens dirigeants [P:Tran Phu] et [P:Ha Huy Tap]', []],
  ['negation', 'Le ministre [P:Phan Van Giang] n\'a pas rencontré le secrétaire [P:Lloyd Austin] lors du forum.', []],
  ['negation with jamais', 'Le président [P:Vo Van Thuong] n\'a jamais reçu l\'émissaire [P:Kurt Campbell].', []],
  ['future', 'Le ministre [P:Phan Van Giang] rencontrera le secrétaire [P:Lloyd Austin] la semaine prochaine.', []],
  ['plan', 'Le ministre [P:Phan Van Giang] prévoit de rencontrer le secrétaire [P:Lloyd Austin] en juin.', []],
  ['plan with doit', 'Le président [P:Vo Van Thuong] doit recevoir le roi [P:Philippe Ier] lundi.', []],
  ['apposition of a relative is not a guest', 'Le ministre [P:Tran Luu Quang] a reçu [P:Eric Garcetti], ambassadeur nommé par le président [P:Joe Biden].',
    ['Eric Garcetti|Tran Luu Quang']],
];

for (const [name, marked, expected] of cases) {
  test(`MET: ${name}`, () => {
    assert.deepEqual(pairs(extractMarked(marked).relations, 'MET'), expected);
  });
}

test('MET: a pronoun subject is carried from the previous sentence', () => {
  const { relations } = extractMarked(
    'Lors de la réunion, le général [P:Tran Quang Phuong] a invité les délégués à Hanoï. Dans l\'après-midi, il a eu des entretiens avec son homologue [P:Kenji Mori].');
  assert.deepEqual(pairs(relations, 'MET'), ['Kenji Mori|Tran Quang Phuong']);
});

test('MET: "Le même jour, il a également reçu" keeps the host of the previous reception', () => {
  const { relations } = extractMarked(
    'Le vice-ministre [P:Hoang Xuan Nam] a reçu mardi l\'envoyé [P:Rafael Grossi]. Le même jour, il a également reçu l\'ambassadeur [P:Paolo Rossi].');
  assert.deepEqual(pairs(relations, 'MET'), ['Hoang Xuan Nam|Paolo Rossi', 'Hoang Xuan Nam|Rafael Grossi']);
});

test('MET: a pronoun with no person in the recent sentences gives nothing', () => {
  const { relations } = extractMarked('Le forum a eu lieu à Hanoï. Il a rencontré le ministre [P:Kenji Mori].');
  assert.deepEqual(pairs(relations, 'MET'), []);
});

test('MET: evidence carries the rule, the sentence, offsets and a confidence in [0,1]', () => {
  const { relations, doc } = extractMarked('Le ministre [P:Phan Van Giang] a reçu l\'ambassadeur [P:Marc Knapper].');
  const met = relations.find((r) => r.type === 'MET');
  assert.ok(met);
  assert.equal(met.evidence[0].rule, 'met.received');
  assert.equal(met.evidence[0].doc, doc.id);
  assert.match(doc.text.slice(met.evidence[0].start, met.evidence[0].end), /Phan Van Giang a reçu .*Marc Knapper/);
  assert.ok(met.confidence > 0 && met.confidence <= 1);
  assert.equal(met.cameo, '043');
});

test('MET: a reception is a meeting event with a host and a guest, its date and place', () => {
  const { relations, events } = extractMarked(
    'Le ministre [P:Phan Van Giang] a reçu le 10 octobre à [L:Hanoï] l\'ambassadeur [P:Marc Knapper].', { published: '2024-10-11' });
  const meeting = events.find((e) => e.type === 'meeting');
  assert.ok(meeting);
  assert.equal(meeting.date, 'le 10 octobre');
  assert.equal(meeting.dateValue?.iso, '2024-10-10');
  assert.equal(meeting.place, 'Hanoï');
  assert.equal(meeting.cameo, '043');
  const hosted = relations.find((r) => r.type === 'HOSTED');
  assert.equal(hosted?.a, 'Phan Van Giang');
  assert.equal(hosted?.bId, meeting.id);
  assert.equal(relations.find((r) => r.type === 'ATTENDED')?.a, 'Marc Knapper');
  assert.equal(relations.find((r) => r.type === 'MET')?.event, meeting.id);
});

test('MET: the same reception told twice in one article is one meeting with two pieces of evidence', () => {
  const { relations, events } = extractMarked(
    'Le ministre [P:Phan Van Giang] a reçu le 10 octobre l\'ambassadeur [P:Marc Knapper]. Le ministre [P:Phan Van Giang] a reçu le 10 octobre à Hanoï l\'ambassadeur [P:Marc Knapper].',
    { published: '2024-10-11' });
  assert.equal(events.filter((e) => e.type === 'meeting').length, 1);
  const met = relations.filter((r) => r.type === 'MET');
  assert.equal(met.length, 1);
  assert.equal(met[0].evidence.length, 2);
});

test('MET: output is sorted and deterministic', () => {
  const marked = 'Le ministre [P:Zoe Adams] a reçu [P:Bao Tran]. Le ministre [P:Anh Le] a rencontré [P:Carl Berg].';
  const first = JSON.stringify(extractMarked(marked));
  assert.equal(JSON.stringify(extractMarked(marked)), first);
  const met = extractMarked(marked).relations.filter((r) => r.type === 'MET').map((r) => r.aId);
  assert.deepEqual(met, [...met].sort());
});

const variants: Array<[string, string, string[]]> = [
  ['welcomed', 'Le président [P:Vo Van Thuong] a accueilli le roi [P:Carl Gustaf].', ['Carl Gustaf|Vo Van Thuong']],
  ['held talks', 'Le ministre [P:Phan Van Giang] a tenu des entretiens avec son homologue [P:Richard Marles].', ['Phan Van Giang|Richard Marles']],
  ['working session', 'Le vice-ministre [P:Hoang Xuan Chien] a eu une séance de travail avec le général [P:Charles Flynn].', ['Charles Flynn|Hoang Xuan Chien']],
  ['talked by phone', 'Le ministre [P:Bui Thanh Son] s\'est entretenu par téléphone avec [P:Wang Yi].', ['Bui Thanh Son|Wang Yi']],
  ['courtesy visit', 'L\'ambassadeur [P:Pham Quang Hieu] a rendu une visite de courtoisie au ministre [P:Yasukazu Hamada].', ['Pham Quang Hieu|Yasukazu Hamada']],
  ['passive reception', 'Le ministre [P:Tran Luu Quang] a été reçu par le président [P:Yoon Suk-yeol].', ['Tran Luu Quang|Yoon Suk-yeol']],
];

const possessive: Array<[string, string, string[]]> = [
  ['named subject after the phrase', 'Lors de sa rencontre avec le ministre [P:Wang Yi], le ministre [P:Bui Thanh Son] a salué les progrès.', ['Bui Thanh Son|Wang Yi']],
  ['carried subject', 'Le ministre [P:Bui Thanh Son] est arrivé à Pékin. Lors de son entretien avec [P:Wang Yi], il a salué les progrès.', ['Bui Thanh Son|Wang Yi']],
  ['passive audience', 'L\'ambassadeur [P:Tran Van Minh] a été reçu en audience par le roi [P:Harald V].', ['Harald V|Tran Van Minh']],
];

for (const [name, marked, expected] of [...variants, ...possessive]) {
  test(`MET: ${name}`, () => {
    assert.deepEqual(pairs(extractMarked(marked).relations, 'MET'), expected);
  });
}

test('MET: a phone call is a call event with CAMEO 041', () => {
  const { events, relations } = extractMarked('Le ministre [P:Bui Thanh Son] a eu un entretien téléphonique avec [P:Wang Yi] le 3 mai.');
  assert.equal(relations.find((r) => r.type === 'MET')?.cameo, '041');
  assert.ok(events.some((e) => e.type === 'call' && e.cameo === '041'));
});

test('MET: in the passive the subject is not taken for the host', () => {
  const { relations } = extractMarked('Le ministre [P:Tran Luu Quang] a été reçu par le président [P:Yoon Suk-yeol].');
  assert.deepEqual(relations.filter((r) => r.type === 'HOSTED').map((r) => r.a), []);
  assert.deepEqual(relations.filter((r) => r.type === 'ATTENDED').map((r) => r.a).sort(), ['Tran Luu Quang', 'Yoon Suk-yeol']);
});

test('MET: a pronoun subject with an adverb and two guests joined by puis', () => {
  const { relations } = extractMarked(
    'Le ministre [P:Phan Van Giang] a reçu le 5 juin le ministre [P:Rajnath Singh]. Les deux parties ont signé un accord. Il a ensuite reçu l\'ambassadeur [P:Andrew Goledzinowski], puis le chef d\'état-major de la marine, l\'amiral [P:Ryo Sakai].');
  assert.deepEqual(pairs(relations, 'MET'), ['Andrew Goledzinowski|Phan Van Giang', 'Phan Van Giang|Rajnath Singh', 'Phan Van Giang|Ryo Sakai']);
});

test('MET: "le même jour" dates the second reception with the date of the first', () => {
  const { events } = extractMarked(
    'Le ministre [P:Phan Van Giang] a reçu le 5 juin l\'ambassadeur [P:Marc Knapper]. Le même jour, il a également reçu l\'envoyé [P:Paolo Rossi].', { published: '2024-06-06' });
  assert.deepEqual(events.filter((e) => e.implicit).map((e) => e.dateValue?.iso), ['2024-06-05', '2024-06-05']);
});

test('MET: reported with an infinitive (a déclaré avoir rencontré)', () => {
  assert.deepEqual(pairs(extractMarked('Le ministre [P:Tran Hong Ha] a déclaré avoir rencontré le commissaire [P:Janez Lenarcic].').relations, 'MET'),
    ['Janez Lenarcic|Tran Hong Ha']);
});


test('MET: negation before a reflexive verb (ne s\'est pas entretenu)', () => {
  assert.deepEqual(pairs(extractMarked('Le président [P:Ferdinand Marcos] ne s\'est pas entretenu avec le ministre [P:Wang Yi].').relations, 'MET'), []);
});

test('MET: a meeting in a caption joins the round of meetings its people held, rather than a meeting of its own', () => {
  const { events } = extractMarked(
    '[P:Trieu Van An] (à gauche) rencontre [P:Khamsay Vong]. Photo : VNA\nUne délégation conduite par [P:Trieu Van An] a effectué le 19 novembre à [L:Vientiane] une série de rencontres de haut niveau.');
  assert.deepEqual(events.map((e) => [e.name, !!e.implicit]), [['série de rencontres de haut niveau', false]]);
});

test('MET: two coordinated verbs share their subject (a reçu Y, et s\'est entretenu avec Z)', () => {
  const { relations } = extractMarked(
    'Le Premier ministre [P:Pham Minh Chinh] a reçu la gouverneure générale, [P:Sam Mostyn], et s\'est entretenu avec le chef de l\'opposition [P:Peter Dutton].');
  assert.deepEqual(pairs(relations, 'MET'), ['Peter Dutton|Pham Minh Chinh', 'Pham Minh Chinh|Sam Mostyn']);
});

test('MET: a leader and the spouse who came with them did not meet each other', () => {
  assert.deepEqual(pairs(extractMarked('Le Premier ministre [P:Pham Minh Chinh] et son épouse [P:Le Thi Bich Tran] lors de la cérémonie. Photo : VNA').relations, 'MET'), []);
  assert.deepEqual(pairs(extractMarked('Le ministre [P:Luong Tam Quang], accompagné de son adjoint [P:Le Quoc Hung], ont discuté avec la presse.').relations, 'MET'), []);
});
