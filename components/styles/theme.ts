import { unsafeCSS } from 'lit';
import { themeBase, themeMore } from './theme-text.js';

/** The shared look of the Lit elements (theme-text.ts): custom properties, controls, motion. */
export const theme = unsafeCSS(themeBase + themeMore);
