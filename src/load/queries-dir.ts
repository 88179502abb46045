// Where the project's queries/ folder is, whether running from src/ (tsx) or dist/ (compiled).

import { resolveConfig } from '../config.js';
import { join } from 'node:path';

export function queriesDir(): string {
  return process.env.ENTENTE_QUERIES_DIR ?? join(resolveConfig().projectRoot, 'queries');
}
