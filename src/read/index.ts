// Read stage: turns paths, folders, URLs, feeds and standard input into decoded raw sources.

import { readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { RawSource } from '../model/document.js';
import { InputError } from '../errors.js';
import { slugify } from '../lang/fold.js';
import { decodeBytes } from './decode.js';
import { compileGlob, passesGlobs, type Glob } from './glob.js';
import { extractHtmlArticle } from './html.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { fetchUrl } from './http.js';

export interface ReadOptions {
  /** Globs a file inside a folder must match (relative to that folder); none means every file. */
  include?: string[];
  /** Globs that drop files inside a folder; hidden files and folders are always skipped. */
  exclude?: string[];
  /** Largest input accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
  /** Time limit for one URL, in milliseconds (default 15 s). */
  timeoutMs?: number;
  userAgent?: string;
  /** Where `-` reads from (default process.stdin); tests pass their own stream. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export type ReadResult = { ok: true; source: RawSource } | { ok: false; error: InputError };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_USER_AGENT = 'Entente/0.1 (French news to knowledge graph; +https://example.invalid/entente)';

interface Settings {
  include: Glob[];
  exclude: Glob[];
  maxBytes: number;
  timeoutMs: number;
  userAgent: string;
  stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * Yields one result per article found in the inputs: inputs in the order given, folder contents sorted by path
 * (code-unit order, so runs are repeatable), feed items in feed order. Failures are yielded, not thrown.
 */
export async function* readSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const settings: Settings = {
    include: (options.include ?? []).map(compileGlob),
    exclude: (options.exclude ?? []).map(compileGlob),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    stdin: options.stdin,
  };
  for (const input of inputs) {
    if (input === '-') yield* guard(input, () => readStdin(settings));
    else if (/^https?:\/\//i.test(input)) yield* guard(input, () => readUrl(input, settings));
    else yield* readPath(input, settings);
  }
}

/** Runs one input's reader and turns a thrown InputError into a yielded failure. */
async function* guard(location: string, read: () => AsyncGenerator<ReadResult> | Promise<ReadResult[]>): AsyncGenerator<ReadResult> {
  try {
    const results = read();
    if (Symbol.asyncIterator in results) yield* results;
    else yield* await results;
  } catch (cause) {
    yield { ok: false, error: toInputError(location, cause) };
  }
}

function toInputError(location: string, cause: unknown): InputError {
  if (cause instanceof InputError) return cause;
  const code = (cause as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new InputError('INPUT_NOT_FOUND', location, 'no such file or folder', { cause });
  if (code === 'EACCES' || code === 'EPERM') return new InputError('INPUT_NOT_FOUND', location, 'permission denied', { cause });
  if (code === 'EISDIR') return new InputError('INPUT_NOT_FOUND', location, 'is a folder', { cause });
  const message = cause instanceof Error ? cause.message : String(cause);
  return new InputError('INPUT_NOT_FOUND', location, `cannot be read (${message})`, { cause });
}

async function* readPath(path: string, settings: Settings): AsyncGenerator<ReadResult> {
  let info;
  try {
    // Looked up synchronously, as files are read (see readFileInput): an await here costs a round trip per input.
    info = statSync(path);
  } catch (cause) {
    yield { ok: false, error: toInputError(path, cause) };
    return;
  }
  if (!info.isDirectory()) {
    const size = info.size;
    yield* guard(path, () => readFileInput(path, settings, size));
    return;
  }
  let files: string[];
  try {
    files = await listFolder(path, settings);
  } catch (cause) {
    yield { ok: false, error: toInputError(path, cause) };
    return;
  }
  for (const file of files) yield* guard(file, () => readFileInput(file, settings));
}

/** Every file under `root` that passes the globs, sorted by relative path; hidden entries and symlink loops skipped. */
export async function listFolder(root: string, settings: Pick<Settings, 'include' | 'exclude'>): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        isDir = Boolean(target?.isDirectory());
        isFile = Boolean(target?.isFile());
      }
      if (isDir) await walk(full);
      else if (isFile && passesGlobs(relative(root, full), settings.include, settings.exclude)) found.push(full);
    }
  };
  await walk(root);
  const rel = new Map(found.map((f) => [f, relative(root, f).split('\\').join('/')]));
  return found.sort((a, b) => (rel.get(a)! < rel.get(b)! ? -1 : rel.get(a)! > rel.get(b)! ? 1 : 0));
}

/**
 * Reads one file; `size` is passed when the caller has just looked it up, so the file is not looked up twice.
 * Local files are read synchronously: the caller extracts one file at a time, so an asynchronous read only adds the
 * event loop's round trips between each file and the next (a quarter of the extraction time over a folder of
 * articles, measured), with nothing else to run meanwhile.
 */
async function readFileInput(path: string, settings: Settings, size?: number): Promise<ReadResult[]> {
  const length = size ?? statSync(path).size;
  if (length > settings.maxBytes) {
    throw new InputError('INPUT_TOO_LARGE', path, `${length} bytes, over the limit of ${settings.maxBytes}`);
  }
  return toSources(readFileSync(path), { location: path, file: basename(path), extension: extname(path).toLowerCase() });
}

async function readStdin(settings: Settings): Promise<ReadResult[]> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of settings.stdin ?? process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buffer.length;
    if (total > settings.maxBytes) throw new InputError('INPUT_TOO_LARGE', '-', `standard input over the limit of ${settings.maxBytes} bytes`);
    chunks.push(buffer);
  }
  return toSources(Buffer.concat(chunks), { location: '-', file: 'stdin', extension: '' });
}

async function readUrl(url: string, settings: Settings): Promise<ReadResult[]> {
  const page = await fetchUrl(url, settings);
  const parsed = new URL(page.url);
  const last = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
  const file = slugify(`${parsed.hostname} ${decodeURIComponent(last).replace(/\.[a-z0-9]+$/i, '')}`) || 'page';
  const extension = extname(last).toLowerCase();
  return toSources(page.bytes, { location: url, file, extension, contentType: page.contentType, charset: page.charset });
}

interface Origin {
  location: string;
  file: string;
  extension: string;
  contentType?: string;
  charset?: string;
}

const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml', '.rdf']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Decodes bytes and decides, from content type, extension and first characters, whether they hold a page dump, HTML or a feed. */
function toSources(bytes: Uint8Array, origin: Origin): ReadResult[] {
  const charset = origin.charset ?? xmlDeclaredCharset(bytes);
  const { text, convertedFrom } = decodeBytes(bytes, origin.location, charset);
  const clean = text.replace(/^\uFEFF/, '');
  const type = origin.contentType ?? '';
  const head = clean.slice(0, 1024).trimStart().toLowerCase();
  const feedLike = /(rss|atom|rdf)\+xml|\/xml$/.test(type) || FEED_EXTENSIONS.has(origin.extension) || looksLikeFeed(clean);
  const htmlLike = type.includes('html') || HTML_EXTENSIONS.has(origin.extension)
    || head.startsWith('<!doctype html') || head.startsWith('<html');
  if (feedLike && !htmlLike) {
    const items = parseFeed(clean, origin.location);
    return items.map((item, index) => ({
      ok: true as const,
      source: {
        location: `${origin.location}#${index + 1}`,
        file: feedItemFile(origin.file, index, item.title),
        format: 'feed-item' as const,
        text: joinTitle(item.title, item.body),
        title: item.title,
        published: item.published,
        convertedFrom,
      },
    }));
  }
  if (htmlLike) {
    const article = extractHtmlArticle(clean, origin.location);
    return [{ ok: true, source: {
      location: origin.location, file: origin.file, format: 'html', text: joinTitle(article.title, article.body),
      title: article.title, published: article.published, convertedFrom,
    } }];
  }
  return [{ ok: true, source: { location: origin.location, file: origin.file, format: 'text', text: clean, convertedFrom } }];
}

/** The title becomes the first line, as in the page dumps, so normalising treats every kind of source alike. */
function joinTitle(title: string | undefined, body: string): string {
  if (!title) return body;
  if (body.startsWith(title)) return body;
  return body ? `${title}\n\n${body}` : title;
}

function feedItemFile(feedFile: string, index: number, title: string | undefined): string {
  const slug = slugify(title ?? '').slice(0, 48).replace(/-+$/, '');
  return `${slugify(feedFile)}-${String(index + 1).padStart(3, '0')}${slug ? `-${slug}` : ''}`;
}

/** The encoding named in an XML prolog (`<?xml version="1.0" encoding="ISO-8859-1"?>`), read from the raw bytes. */
function xmlDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1]
    ?? /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'))?.[1];
}
