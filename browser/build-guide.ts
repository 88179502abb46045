// Writes browser/entente-guide.html from the saved queries: `npx tsx browser/build-guide.ts` after editing queries/.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBrowserGuide } from '../src/load/browser-guide.js';
import { listSavedQueries } from '../src/load/saved-queries.js';

export const GUIDE_PATH = fileURLToPath(new URL('./entente-guide.html', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GUIDE_PATH, buildBrowserGuide(listSavedQueries()));
  process.stdout.write(`wrote ${GUIDE_PATH}\n`);
}
