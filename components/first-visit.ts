/**
 * Entry of dist/tamis-banner.js, what a first visit downloads after tamis.js (issue 13): the banner
 * and the placeholder, drawn without Lit, with their texts in English (another language: one small
 * chunk). dist/tamis-ui.js imports this same file for its banner and placeholders (rollup.config.mjs),
 * so the file `tamis.js` preloads serves both, and Lit comes only with the preferences, the cookie
 * table or the preferences link.
 */
import { TamisBanner } from './tamis-banner/tamis-banner.js';
import './placeholder-entry.js';

if (!customElements.get('tamis-banner')) customElements.define('tamis-banner', TamisBanner);
