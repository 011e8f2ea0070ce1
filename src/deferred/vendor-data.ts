/**
 * The full catalog's cookie names and storage keys, for clearing a withdrawn vendor's data: a chunk
 * of the deferred module fetched only on a withdrawal. Re-exported under a name of its own because
 * the deferred bundles shorten the internal property `catalog` (rollup.config.mjs, INTERNAL), and a
 * module namespace's exports keep their names.
 */
export { catalog as fullCatalog } from '../../vendors/index.js';
