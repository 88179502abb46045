// Patterns for the parts of a page dump that are not running text: datelines, sign-offs, photo credits, "Voir plus".
// Built once from gazetteers/text-markers.tsv.

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
}

let markers: Markers | undefined;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACE = '[\\s\\u00a0\\u202f]';

export function loadMarkers(): Markers {
  if (markers) return markers;
  const rows = readTextTable('text-markers.tsv', ['kind', 'value', 'source']);
  const values = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  const agencies = values('agency').map(escape).join('|');
  const labels = values('credit-label').sort((a, b) => b.length - a.length).map(escape).join('|');
  const captionWords = values('caption-marker').map(escape).join('|');
  markers = {
    seeMore: new Set(values('see-more').map((v) => v.toLowerCase())),
    dateline: new RegExp(
      `^(?<place>\\p{Lu}[\\p{L}\\p{M}'’. -]{1,40}?)(?:,${SPACE}*(?<date>\\d{1,2}(?:er)?${SPACE}+\\p{L}+(?:${SPACE}+\\d{4})?))?`
      + `${SPACE}*\\((?<agency>${agencies})\\)${SPACE}*[-–—:]${SPACE}*`, 'u'),
    signOff: new RegExp(`(?:${SPACE}+|(?<=[.!?…)»"]))[-–—]${SPACE}*(?<agency>${agencies})${SPACE}*$`, 'u'),
    credit: new RegExp(
      `${SPACE}*(?:\\(${SPACE}*(?:${labels})${SPACE}*:${SPACE}*[^()\\n]{1,60}\\)`
      + `|(?:${labels})${SPACE}*:${SPACE}*[^:\\n]{1,60}?(?:${SPACE}*\\([^()\\n]{1,40}\\))?`
      + `|Photo${SPACE}+diffusée${SPACE}+par${SPACE}+[^\\n]{1,60}?)${SPACE}*$`, 'u'),
    captionMarker: new RegExp(`(?:${captionWords})${SPACE}*\\d+${SPACE}*`, 'u'),
  };
  return markers;
}
