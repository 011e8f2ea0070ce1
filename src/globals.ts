import type { TamisApi, TamisConfig } from './types.js';

declare global {
  interface Window {
    /** The runtime, set by `tamis.js` or by `init()`. */
    tamis?: TamisApi;
    /** Configuration read by `tamis.js`; set it before the script tag. */
    tamisConfig?: TamisConfig;
  }
}
