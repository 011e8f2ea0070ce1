export type * from './types.js';
export { VERSION } from './version.js';
