/**
 * Entry of dist/tamis-placeholder.js: the placeholder alone, for a returning visitor on a page
 * whose iframes stay blocked. tamis.js imports it directly (no deferred module, no Lit, no banner).
 * Also part of dist/tamis-banner.js.
 */
import { TamisPlaceholder } from './tamis-placeholder/tamis-placeholder.js';
import { placeBlockedFrames } from './tamis-placeholder/place.js';
import { loadTexts } from './i18n/texts.js';
import { getTamis } from './tamis.js';

// Ask for the page's texts now, in parallel with defining the elements, not when one connects.
const api = getTamis();
if (api) void loadTexts(api.config);
// Another file (tamis-ui.js, tamis-banner.js) may have defined it already: it places the frames then.
if (!customElements.get('tamis-placeholder')) {
  customElements.define('tamis-placeholder', TamisPlaceholder);
  placeBlockedFrames();
}
