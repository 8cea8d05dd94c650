import { fileURLToPath } from 'node:url';

/** The generated copy of ESCO's transversal skills, read when a tenant adopts the framework. */
export const ESCO_DATA_FILE = fileURLToPath(new URL('./esco-transversal.json', import.meta.url));

/** Where the shared ESCO files sit next to the repository (see their SOURCES.md). */
export const SHARED_ESCO_FOLDER = fileURLToPath(
  new URL('../../../../../../shared/data/esco_nl', import.meta.url),
);
