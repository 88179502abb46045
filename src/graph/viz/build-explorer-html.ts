// Writes the self-contained HTML explorer: template + style + graph data + sigma/graphology bundled by esbuild.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { locateStageFile } from '../locate-stage-file.js';
import type { EntityGraph } from '../model.js';
import { buildVizData } from './viz-data.js';

export interface ExplorerOptions {
  title?: string;
  /** Shown in the page footer; fixed in tests so the output is reproducible. */
  generated?: string;
}

let bundled: Promise<string> | null = null;

/** Expects `computeMetrics` and `computeLayout` to have run on `graph`. */
export async function buildExplorerHtml(graph: EntityGraph, options: ExplorerOptions = {}): Promise<string> {
  const title = options.title ?? 'Entente graph explorer';
  const data = buildVizData(graph, title, options.generated ?? new Date().toISOString().slice(0, 16).replace('T', ' '));
  const template = readFileSync(locateStageFile('viz/explorer.html'), 'utf8');
  const style = readFileSync(locateStageFile('viz/explorer.css'), 'utf8');
  const script = await bundleExplorerApp();
  const parts: Record<string, string> = {
    TITLE: escapeHtml(title),
    STYLE: style,
    // `<` escaped so no sentence can close the script element early.
    DATA: JSON.stringify(data).replace(/</g, '\\u003c'),
    SCRIPT: script.replace(/<\/script/gi, '<\\/script'),
  };
  return template.replace(/\{\{(TITLE|STYLE|DATA|SCRIPT)\}\}/g, (_m, key: string) => parts[key]);
}

/** Bundles the browser app once per process, from its TypeScript source (tsx) or its compiled JavaScript (dist). */
export function bundleExplorerApp(): Promise<string> {
  bundled ??= (async () => {
    const here = fileURLToPath(import.meta.url);
    const entry = [here.replace(/build-explorer-html\.(ts|js)$/, 'explorer-app.ts'), here.replace(/build-explorer-html\.(ts|js)$/, 'explorer-app.js')]
      .find((p) => existsSync(p));
    if (!entry) throw new Error(`explorer app source not found next to ${here}`);
    const result = await build({
      entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020',
      minify: true, legalComments: 'none', logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  })();
  return bundled;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
