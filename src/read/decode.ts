// Turns the bytes of one input into Unicode text, refusing empty and binary inputs and converting Latin-1/Windows-1252.

import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

export interface DecodedText {
  text: string;
  /** Encoding converted from, when the bytes were not UTF-8. */
  convertedFrom?: string;
}

/** Single-byte encodings we convert from; chardet names them in several ways. */
const LATIN_ENCODINGS = new Map<string, string>([
  ['iso-8859-1', 'windows-1252'], ['iso-8859-15', 'windows-1252'], ['windows-1252', 'windows-1252'],
  ['latin1', 'windows-1252'],
]);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes `bytes` read from `location`. A declared charset (HTTP header, XML prolog) is tried first;
 * otherwise UTF-8, and on invalid UTF-8 a Latin-1/Windows-1252 guess confirmed by chardet.
 */
export function decodeBytes(bytes: Uint8Array, location: string, declaredCharset?: string): DecodedText {
  if (bytes.length === 0) throw new InputError('INPUT_EMPTY', location, 'empty input (0 bytes)');
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) return finish({ text: iconv.decode(Buffer.from(bytes.subarray(2)), utf16), convertedFrom: utf16 }, location);
  if (looksBinary(bytes)) throw new InputError('INPUT_BINARY', location, 'binary content, not text');
  const declared = declaredCharset?.trim().toLowerCase();
  let decoded: DecodedText;
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    decoded = { text: iconv.decode(Buffer.from(bytes), declared), convertedFrom: declared };
  } else {
    decoded = decodeUnlabelled(bytes, location);
  }
  return finish(decoded, location);
}

/**
 * Refuses white-space-only text and composes accents (NFC), so that "de\u0301fense" from a decomposing system reads
 * as "défense" for the word list; offsets downstream refer to this composed text.
 */
function finish(decoded: DecodedText, location: string): DecodedText {
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw new InputError('INPUT_EMPTY', location, 'no text (only white space)');
  return { ...decoded, text: /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text };
}

function decodeUnlabelled(bytes: Uint8Array, location: string): DecodedText {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Not UTF-8: French text from old systems is nearly always Latin-1 or its Windows superset.
    const guess = String(chardet.detect(bytes) ?? '').toLowerCase();
    const target = LATIN_ENCODINGS.get(guess);
    if (!target) {
      throw new InputError('INPUT_ENCODING', location,
        `invalid UTF-8 and not Latin-1/Windows-1252 (detected ${guess || 'nothing'})`);
    }
    return { text: iconv.decode(Buffer.from(bytes), target), convertedFrom: guess };
  }
}

/** NUL bytes, or many control characters in the first 8 KiB, mean binary data (images, archives, PDF streams). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return control > n * 0.05;
}
