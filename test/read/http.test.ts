// Reading URLs from a local HTTP server on 127.0.0.1: pages, feeds, redirects, HTTP errors, time and size limits.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { readSources, type ReadOptions, type ReadResult } from '../../src/read/index.js';
import { normaliseSource } from '../../src/normalise/index.js';

const FIXTURES = new URL('../fixtures/read/', import.meta.url).pathname;
let server: Server;
let base = '';
const userAgents: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    userAgents.push(String(req.headers['user-agent']));
    switch (req.url) {
      case '/articles/dialogue.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(FIXTURES + 'article.html'));
        return;
      case '/flux':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(readFileSync(FIXTURES + 'feed.rss'));
        return;
      case '/ancien':
        res.writeHead(301, { location: '/articles/dialogue.html' });
        res.end();
        return;
      case '/boucle':
        res.writeHead(302, { location: '/boucle' });
        res.end();
        return;
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
        res.end(iconv.encode('Défense\n\nLe ministre français a reçu son homologue à Hanoï.', 'latin1'));
        return;
      case '/lent':
        setTimeout(() => { res.writeHead(200); res.end('trop tard'); }, 2000);
        return;
      case '/gros':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('a'.repeat(4096));
        res.end('a'.repeat(4096));
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('introuvable');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function readAll(inputs: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSources(inputs, { timeoutMs: 1000, ...options })) out.push(r);
  return out;
}

test('an HTML page over HTTP is read, after a redirect, with our user agent', async () => {
  const [page, redirected] = await readAll([`${base}/articles/dialogue.html`, `${base}/ancien`], { userAgent: 'EntenteTest/1' });
  assert.ok(page.ok && redirected.ok);
  assert.equal(page.source.format, 'html');
  assert.equal(page.source.file, '127-0-0-1-dialogue');
  assert.equal(page.source.title, 'Dialogue de défense Vietnam-Japon à Hanoï');
  assert.equal(redirected.source.text, page.source.text);
  assert.ok(userAgents.includes('EntenteTest/1'));
  const { page: doc } = normaliseSource(page.source);
  assert.equal(doc.sentences[0].text, 'Dialogue de défense Vietnam-Japon à Hanoï');
  assert.deepEqual(doc.captions.map((c) => doc.text.slice(c.start, c.end)), ['Le général Phung Si Tan et Mme Tomoko Matsuzawa, le 10 octobre à Hanoï.']);
  assert.equal(doc.published?.iso, '2024-10-11');
});

test('a feed over HTTP gives its items; a declared Latin-1 charset is converted', async () => {
  const results = await readAll([`${base}/flux`, `${base}/latin1`]);
  assert.deepEqual(results.map((r) => (r.ok ? r.source.format : r.error.code)), ['feed-item', 'feed-item', 'text']);
  const latin = results[2];
  assert.ok(latin.ok);
  assert.equal(latin.source.convertedFrom, 'iso-8859-1');
  assert.match(latin.source.text, /Le ministre français a reçu son homologue à Hanoï\./);
});

test('HTTP errors, redirect loops, time-outs, size limits and unreachable hosts are reported; other URLs still read', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const deadPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const results = await readAll([
    `${base}/absent`, `${base}/boucle`, `${base}/lent`, `${base}/gros`, `http://127.0.0.1:${deadPort}/`, `${base}/articles/dialogue.html`,
  ], { timeoutMs: 300, maxBytes: 5000 });
  assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.error.code)),
    ['INPUT_HTTP', 'INPUT_HTTP', 'INPUT_UNREACHABLE', 'INPUT_TOO_LARGE', 'INPUT_UNREACHABLE', 'ok']);
  const first = results[0];
  assert.ok(!first.ok);
  assert.equal(first.error.message, `${base}/absent: HTTP 404 Not Found`);
});
