import { createRequire } from 'node:module';

/** tamis-scan's version, from its package.json (dist/scanner/src → scanner/). */
export const VERSION: string = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
