// Patterns for the parts of a page dump that are not running text: datelines, sign-offs, photo credits, "Voir plus".
// Built once from gazetteers/text-markers.tsv.

import { escapeRegExp } from '../lang/escape-regexp.js';
import { readTextTable } from '../lang/text-tables.js';

export interface Markers {
  seeMore: Set<string>;
  /** `Tokyo (VNA) –`, `Paris, 19 septembre (VNA) -` at the start of a paragraph. */
  dateline: RegExp;
  /** `-VNA`, `– VNA`, `-AVI` at the end of the last paragraph. */
  signOff: RegExp;
  /** `Photo : VNA`, `(Photo : VNA)`, `(Source: customsnews)`, `Photo diffusée par la VNA` ending a caption. */
  credit: RegExp;
  /** `ảnh 1`: the image placeholder; what precedes it on the line is the repeated title. */
  captionMarker: RegExp;
  /** Longest see-more line (folded to lower case, trailing punctuation off): longer lines need no lookup. */
  seeMoreMaxLength: number;
  /** The credit labels as written (`Photo`, `Crédit photo`...), for the cheap test before `credit`. */
  creditLabels: string[];
  /** The caption-marker words as written (`ảnh`), for the cheap test before `captionMarker`. */
  captionWords: string[];
}

/** Cheap test before `captionMarker`: each of its matches starts with one of the marker words as written. */
export function mayHoldCaptionMarker(text: string, markers: Markers): boolean {
  return markers.captionWords.some((word) => text.includes(word));
}

/**
 * Cheap test before `credit`: each of its forms holds a label and a colon, or the words "Photo diffusée par", so text
 * with neither cannot end with a credit. Keep in step with the `credit` pattern below.
 */
export function mayEndWithCredit(text: string, markers: Markers): boolean {
  if (text.includes('diffusée')) return true;
  return text.includes(':') && markers.creditLabels.some((label) => text.includes(label));
}

let markers: Markers | undefined;

const SPACE = '[\\s\\u00a0\\u202f]';

export function loadMarkers(): Markers {
  if (markers) return markers;
  const rows = readTextTable('text-markers.tsv', ['kind', 'value', 'source']);
  const values = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  const agencies = values('agency').map(escapeRegExp).join('|');
  const creditLabels = values('credit-label');
  const labels = [...creditLabels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const captionWords = values('caption-marker');
  const seeMore = new Set(values('see-more').map((v) => v.toLowerCase()));
  markers = {
    seeMore,
    seeMoreMaxLength: Math.max(0, ...[...seeMore].map((v) => v.length)),
    creditLabels,
    captionWords,
    dateline: new RegExp(
      `^(?<place>\\p{Lu}[\\p{L}\\p{M}'’. -]{1,40}?)(?:,${SPACE}*(?<date>\\d{1,2}(?:er)?${SPACE}+\\p{L}+(?:${SPACE}+\\d{4})?))?`
      + `${SPACE}*\\((?<agency>${agencies})\\)${SPACE}*[-–—:]${SPACE}*`, 'u'),
    signOff: new RegExp(`(?:${SPACE}+|(?<=[.!?…)»"]))[-–—]${SPACE}*(?<agency>${agencies})${SPACE}*$`, 'u'),
    credit: new RegExp(
      `${SPACE}*(?:\\(${SPACE}*(?:${labels})${SPACE}*:${SPACE}*[^()\\n]{1,60}\\)`
      + `|(?:${labels})${SPACE}*:${SPACE}*[^:\\n]{1,60}?(?:${SPACE}*\\([^()\\n]{1,40}\\))?`
      + `|Photo${SPACE}+diffusée${SPACE}+par${SPACE}+[^\\n]{1,60}?)${SPACE}*$`, 'u'),
    captionMarker: new RegExp(`(?:${captionWords.map(escapeRegExp).join('|')})${SPACE}*\\d+${SPACE}*`, 'u'),
  };
  return markers;
}
