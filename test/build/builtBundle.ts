/*
 * The built bundle in a child process, as Lambda runs it. The runner lives in src/certify, which
 * `npm run certify` shares; the tests import it from here.
 */
export { buildIntoEmptyFolder, projectRoot, runBundle, speechOf } from '../../src/certify/builtSkill';
export type { BundleRun } from '../../src/certify/builtSkill';

/** What `npm run build` writes, and so what the deploy zip holds: the one file that ships, its map and the notices. */
export const BUNDLE_FILES = ['THIRD_PARTY_NOTICES.txt', 'index.js', 'index.js.map'];
