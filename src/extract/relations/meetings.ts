// MET rules: who received, met, talked with or co-chaired with whom, sentence by sentence, with listed and pronoun subjects.

import type { PersonMention } from '../../model/mention.js';
import { between, lastBeforeInClause, matchAll, type DocView, type SentenceView } from './doc-view.js';
import type { RelationRule, RelationRuleData } from './rule-data.js';
import { isNegated, isPlanned } from './negation.js';
import { compareText } from '../../model/compare-text.js';
import { createSubjectCarry, type SubjectCarry } from './pronoun-carry.js';
import { isCoordinated, isCoordinatedVerb, stripAppositions } from './coordination.js';

/** One act of meeting: who, by which rule, where in the text; several people when a list co-chaired. */
export interface MeetingAct {
  rule: RelationRule;
  sentence: SentenceView;
  /** The subject (host when the rule is a reception), if the rule has one. */
  subject?: PersonMention;
  /** The other participants (guests), or every participant for list and pair rules. */
  others: PersonMention[];
  /** True when the subject received the others (HOSTED). */
  hosted: boolean;
  /** True when the participants co-chaired (CO_CHAIRED). */
  coChaired: boolean;
  /** Supporting span in `Doc.text`. */
  start: number;
  end: number;
  /** Offset of the trigger, to find the event it belongs to. */
  trigger: number;
}

/** Finds every meeting act of a document, in text order. */
export function findMeetingActs(view: DocView, data: RelationRuleData): MeetingAct[] {
  const acts: MeetingAct[] = [];
  const carry = createSubjectCarry();
  for (const s of view.sentences) {
    const found: MeetingAct[] = [];
    // With nobody named and no subject carried, no rule has the people it needs (see canFire).
    const anyone = s.persons.length > 0 || carry.subject() !== undefined;
    for (const rule of anyone ? data.met : []) {
      if (!canFire(rule, s, carry)) continue;
      if (rule.cue && !rule.cue.test(s.text)) continue;
      if (rule.kind === 'subject-object') found.push(...subjectObjectActs(view, s, rule, data, carry));
      else if (rule.kind === 'list') found.push(...listActs(s, rule, data));
      else if (rule.kind === 'joint-subject') found.push(...jointSubjectActs(view, s, rule, data));
      else if (rule.kind === 'between') found.push(...betweenActs(view, s, rule, data));
      else if (rule.kind === 'possessive-with') found.push(...possessiveWithActs(view, s, rule, data, carry));
      else if (rule.kind === 'caption-pair' && s.isCaption) found.push(...captionPairActs(view, s, rule, data));
    }
    acts.push(...found);
    if (!s.isCaption) carry.update(s, found.map((a) => a.subject).find((p) => p !== undefined));
  }
  return acts.sort((x, y) => x.start - y.start || compareText(x.rule.id, y.rule.id));
}

/**
 * Whether the sentence has the people a rule of this kind needs, a cheap test before its cue and pattern: a pair or list
 * needs two persons, a possessive phrase one, and a subject-object act a person or a carried subject.
 */
function canFire(rule: RelationRule, s: SentenceView, carry: SubjectCarry): boolean {
  switch (rule.kind) {
    case 'subject-object': return s.persons.length > 0 || carry.subject() !== undefined;
    case 'possessive-with': return s.persons.length > 0;
    case 'list': case 'joint-subject': case 'between': return s.persons.length >= 2;
    case 'caption-pair': return s.isCaption && s.persons.length >= 2;
    default: return true;
  }
}

function subjectObjectActs(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData,
  carry: SubjectCarry): MeetingAct[] {
  const acts: MeetingAct[] = [];
  for (const m of matchAll(rule.pattern, s.text)) {
    const trigger = s.start + m.start;
    const triggerEnd = s.start + m.end;
    if (isNegated(data, s, m.start, m.end) || isPlanned(data, s, m.start, m.end)) continue;
    const before = s.text.slice(0, m.start);
    const clitic = data.words['object-clitic'].test(before.slice(-12));
    let subject = lastBeforeInClause(view, s.persons, trigger) ?? (data.words['subject-pronoun'].test(before) ? carry.subject() : undefined);
    // "X a reçu Y, et s'est entretenu avec Z": the second verb shares the first one's subject, not Y.
    if (subject && isCoordinatedVerb(between(view, subject.end, trigger))) {
      subject = s.persons.find((p) => p.end <= subject!.start) ?? carry.subject();
    }
    if (!subject) continue;
    let others: PersonMention[];
    if (clitic) {
      const referent = [...s.persons].reverse().find((p) => p.end <= subject.start) ?? carry.lastOther(subject);
      others = referent ? [referent] : [];
    } else {
      const first = s.persons.find((p) => p.start >= triggerEnd && !/[;]/.test(between(view, triggerEnd, p.start)));
      others = first ? chainFrom(view, data, s, first) : [];
    }
    others = others.filter((p) => p.key !== subject.key);
    if (others.length === 0) continue;
    const last = others[others.length - 1];
    acts.push({
      // In the passive ("X a été reçu par Y") the subject is the guest.
      rule, sentence: s, subject, others, hosted: rule.id === 'met.received' && !/\spar$/u.test(m.text), coChaired: false,
      start: Math.min(subject.start, trigger, ...others.map((o) => o.start)), end: Math.max(last.end, triggerEnd), trigger,
    });
  }
  return acts;
}

/** The first object and the persons coordinated after it (`X et Y`, `X, puis Y`). */
function chainFrom(view: DocView, data: RelationRuleData, s: SentenceView, first: PersonMention): PersonMention[] {
  const chain = [first];
  for (const p of s.persons) {
    const cur = chain[chain.length - 1];
    if (p.start < cur.end) continue;
    if (!isCoordinated(data, between(view, cur.end, p.start))) break;
    chain.push(p);
  }
  return chain;
}

function listActs(s: SentenceView, rule: RelationRule, data: RelationRuleData): MeetingAct[] {
  const acts: MeetingAct[] = [];
  for (const m of matchAll(rule.pattern, s.text)) {
    if (isNegated(data, s, m.start, m.end) || isPlanned(data, s, m.start, m.end)) continue;
    const trigger = s.start + m.start;
    const listed = s.persons.filter((p) => p.start >= s.start + m.end);
    // Subjects coordinated before a co-chair verb in the active voice ("X et Y ont coprésidé") are handled as a joint subject.
    if (listed.length < 2) continue;
    acts.push({ rule, sentence: s, others: listed, hosted: false, coChaired: true,
      start: trigger, end: listed[listed.length - 1].end, trigger });
  }
  return acts;
}

function jointSubjectActs(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData): MeetingAct[] {
  const acts: MeetingAct[] = [];
  for (let i = 0; i + 1 < s.persons.length; i++) {
    const [p1, p2] = [s.persons[i], s.persons[i + 1]];
    const gap = between(view, p1.end, p2.start);
    if (!isCoordinated(data, gap) || data.words.companion.test(gap)) continue;
    const tail = between(view, p2.end, s.end);
    if (!stripAppositions(tail).some((t) => rule.pattern.test(t))) continue;
    acts.push({ rule, sentence: s, others: [p1, p2], hosted: false, coChaired: /coprésid/i.test(tail.slice(0, 60)),
      start: p1.start, end: p2.end, trigger: p2.end });
  }
  return acts;
}

function betweenActs(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData): MeetingAct[] {
  const acts: MeetingAct[] = [];
  for (const m of matchAll(rule.pattern, s.text)) {
    if (isNegated(data, s, m.start, m.end) || isPlanned(data, s, m.start, m.end)) continue;
    const after = s.persons.filter((p) => p.start >= s.start + m.end);
    const [p1, p2] = after;
    if (!p1 || !p2 || !/^\s*[^,;.]{0,40}?$/.test(between(view, s.start + m.end, p1.start))) continue;
    if (!isCoordinated(data, between(view, p1.end, p2.start))) continue;
    acts.push({ rule, sentence: s, others: [p1, p2], hosted: false, coChaired: false,
      start: s.start + m.start, end: p2.end, trigger: s.start + m.start });
  }
  return acts;
}

/** "Lors de sa rencontre avec Y, X a salué...": Y met the person named after the phrase, or the carried subject. */
function possessiveWithActs(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData,
  carry: SubjectCarry): MeetingAct[] {
  const acts: MeetingAct[] = [];
  for (const m of matchAll(rule.pattern, s.text)) {
    if (isNegated(data, s, m.start, m.end) || isPlanned(data, s, m.start, m.end)) continue;
    const triggerEnd = s.start + m.end;
    const first = s.persons.find((p) => p.start >= triggerEnd);
    if (!first || /[,;]/.test(between(view, triggerEnd, first.start))) continue;
    const others = chainFrom(view, data, s, first);
    const last = others[others.length - 1];
    const subject = s.persons.find((p) => p.start >= last.end) ?? (/\b(?:il|elle)\s/iu.test(between(view, last.end, s.end)) ? carry.subject() : undefined);
    if (!subject || others.some((o) => o.key === subject.key)) continue;
    acts.push({ rule, sentence: s, subject, others, hosted: false, coChaired: false,
      start: s.start + m.start, end: Math.max(subject.end, last.end), trigger: s.start + m.start });
  }
  return acts;
}

/** `X (à gauche) et Y` opening a photo caption, when what follows the pair shows them together. */
function captionPairActs(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData): MeetingAct[] {
  const [p1, p2] = s.persons;
  if (!p1 || !p2) return [];
  const lead = between(view, s.start, p1.start);
  if (/(?:^|\s)(?:a|ont|est|sont)\s/iu.test(lead)) return [];
  const gap = between(view, p1.end, p2.start);
  // "X et son épouse Y" came together; they did not meet each other.
  if (!isCoordinated(data, gap) || data.words.companion.test(gap)) return [];
  const tail = between(view, p2.end, s.end) + (s.isCaption ? lineRest(view, s.end) : '');
  if (!stripAppositions(tail).some((t) => rule.pattern.test(t))) return [];
  return [{ rule, sentence: s, others: [p1, p2], hosted: false, coChaired: false, start: p1.start, end: p2.end, trigger: p1.start }];
}

/** The rest of the text line after `offset` (a caption's credit may sit in the next sentence). */
function lineRest(view: DocView, offset: number): string {
  const to = view.doc.text.indexOf('\n', offset);
  return view.doc.text.slice(offset, to < 0 ? view.doc.text.length : to).slice(0, 40);
}
