// Fetches one http(s) URL with a time limit, a size limit, our user agent and a bounded number of redirects.

import { InputError } from '../errors.js';

export interface FetchedPage {
  /** URL after redirects. */
  url: string;
  bytes: Uint8Array;
  contentType: string;
  charset?: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  maxRedirects?: number;
}

export async function fetchUrl(location: string, limits: FetchLimits): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let url = location;
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual', signal: controller.signal,
          headers: { 'user-agent': limits.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml,text/plain;q=0.9,*/*;q=0.5' },
        });
      } catch (cause) {
        const reason = controller.signal.aborted ? `no answer within ${limits.timeoutMs} ms` : `unreachable (${describeCause(cause)})`;
        throw new InputError('INPUT_UNREACHABLE', location, reason, { cause });
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        if (hop >= (limits.maxRedirects ?? 5)) throw new InputError('INPUT_HTTP', location, `too many redirects (more than ${limits.maxRedirects ?? 5})`);
        url = new URL(response.headers.get('location') as string, url).toString();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError('INPUT_HTTP', location, `HTTP ${response.status} ${response.statusText}`.trim());
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw new InputError('INPUT_TOO_LARGE', location, `${declared} bytes, over the limit of ${limits.maxBytes}`);
      }
      const bytes = await readLimited(response, location, limits.maxBytes, controller);
      const contentType = response.headers.get('content-type') ?? '';
      const charset = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
      return { url, bytes, contentType: contentType.split(';')[0].trim().toLowerCase(), charset };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, location: string, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        controller.abort();
        throw new InputError('INPUT_TOO_LARGE', location, `over the limit of ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    const reason = controller.signal.aborted ? 'download timed out' : `download failed (${describeCause(cause)})`;
    throw new InputError('INPUT_UNREACHABLE', location, reason, { cause });
  }
  return Buffer.concat(chunks);
}

function describeCause(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
  return inner?.code ?? inner?.message ?? (cause instanceof Error ? cause.message : String(cause));
}
