// The two things the bench times over the same files: Entente's extraction pipeline and fr-compromise alone.

import { readFile } from 'node:fs/promises';
import nlp from 'fr-compromise';
import { resolveConfig } from '../src/config.js';
import { extractSources } from '../src/cli/extract-sources.js';
import { loadGazetteers } from '../src/gazetteer/index.js';

export type EngineName = 'entente' | 'fr-compromise';

/** What one pass found, summed over files: a sanity check that the work was done, and the load's scale. */
export interface Tally {
  articles: number;
  failed: number;
  persons: number;
  organisations: number;
  countries: number;
  events: number;
  relations: number;
}

export interface Engine {
  name: EngineName;
  /** Time spent preparing (gazetteers, tagger lexicon), not counted in throughput. */
  setupMs: number;
  /** Processes the files one at a time, reading each from disk, and adds what it found to `tally`. */
  run(paths: string[], tally: Tally): Promise<void>;
}

export function emptyTally(): Tally {
  return { articles: 0, failed: 0, persons: 0, organisations: 0, countries: 0, events: 0, relations: 0 };
}

export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as Array<keyof Tally>) into[key] += from[key];
}

export async function createEngine(name: EngineName): Promise<Engine> {
  const t0 = performance.now();
  if (name === 'entente') {
    const config = resolveConfig();
    const gazetteers = loadGazetteers(config.gazetteerDir);
    return {
      name, setupMs: performance.now() - t0,
      async run(paths, tally) {
        for await (const outcome of extractSources(paths, config, {}, gazetteers)) {
          if (!outcome.ok) {
            tally.failed++;
            continue;
          }
          const r = outcome.record;
          tally.articles++;
          tally.persons += r.persons.length;
          tally.organisations += r.organisations.length;
          tally.countries += r.countries.length;
          tally.events += r.events.length;
          tally.relations += r.relations.length;
        }
      },
    };
  }
  nlp('Le ministre a reçu son homologue à Paris.').people();
  return {
    name, setupMs: performance.now() - t0,
    async run(paths, tally) {
      for (const path of paths) {
        const doc = nlp(await readFile(path, 'utf8'));
        tally.articles++;
        tally.persons += doc.people().out('array').length;
        tally.countries += doc.places().out('array').length;
        tally.organisations += doc.organizations().out('array').length;
      }
    },
  };
}
