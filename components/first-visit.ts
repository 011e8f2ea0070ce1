/**
 * Entry of dist/tamis-banner.js, what a first visit downloads after tamis.js and
 * tamis-deferred.js: the banner and the placeholder, drawn without Lit, with the texts those two
 * show in English (another language: one small chunk, requested as soon as this file runs). One
 * file rather than a chain of imports: one round trip, one gzip window. The preferences dialog and
 * everything else are in dist/tamis-ui.js, loaded when the visitor asks for them.
 */
import { TamisBanner } from './tamis-banner/tamis-banner.js';
import './placeholder-entry.js';

if (!customElements.get('tamis-banner')) customElements.define('tamis-banner', TamisBanner);
