import { fileURLToPath } from 'node:url';

/** The generated copy of ESCO's transversal skills, read when a tenant adopts the framework. */
export const ESCO_DATA_FILE = fileURLToPath(new URL('./esco-transversal.json', import.meta.url));

/**
 * The ESCO download files the copy is generated from, kept in the plugin (see its README) so
 * every clone can regenerate and check it.
 */
export const ESCO_SOURCE_FOLDER = fileURLToPath(
  new URL('../../../vendor/esco_nl', import.meta.url),
);
