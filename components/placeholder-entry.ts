/**
 * Entry of dist/tamis-placeholder.js: the placeholder alone, drawn without Lit, for a returning
 * visitor on a page whose iframes stay blocked. tamis.js imports it directly: no deferred module,
 * no Lit, no banner (issue 13: about 3 kB instead of the 30 kB of the whole UI and the catalog).
 * tamis-ui.js defines the same element for the other paths.
 */
import { TamisPlaceholder } from './tamis-placeholder/tamis-placeholder.js';
import { placeBlockedFrames } from './tamis-placeholder/place.js';
import { loadTexts } from './i18n/texts.js';
import { getTamis } from './tamis.js';

// Ask for the page's texts now, in parallel with defining the element, not when one connects.
const api = getTamis();
if (api) void loadTexts(api.config);
// tamis-ui.js may have defined it already: it places the frames then.
if (!customElements.get('tamis-placeholder')) {
  customElements.define('tamis-placeholder', TamisPlaceholder);
  placeBlockedFrames();
}
