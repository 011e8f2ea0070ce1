/**
 * `tamis/components`: registers tamis' elements. The runtime loads this (or dist/tamis-ui.js)
 * only when something must be shown.
 */
import { TamisBanner } from './tamis-banner/tamis-banner.js';
import { TamisPreferences } from './tamis-preferences/tamis-preferences.js';
import { TamisPlaceholder } from './tamis-placeholder/tamis-placeholder.js';
import { TamisCookieTable } from './tamis-cookie-table/tamis-cookie-table.js';
import { TamisPreferencesLink } from './tamis-preferences-link/tamis-preferences-link.js';
import { placeBlockedFrames } from './tamis-placeholder/place.js';

export { TamisBanner, TamisPreferences, TamisPlaceholder, TamisCookieTable, TamisPreferencesLink };

const elements = {
  'tamis-banner': TamisBanner,
  'tamis-preferences': TamisPreferences,
  'tamis-placeholder': TamisPlaceholder,
  'tamis-cookie-table': TamisCookieTable,
  'tamis-preferences-link': TamisPreferencesLink,
};
// Defining twice throws; a page may load the ESM entry and the bundle.
for (const [name, element] of Object.entries(elements)) if (!customElements.get(name)) customElements.define(name, element);
// Blocked iframes get their <tamis-placeholder> from the UI (the runtime loads it when it blocks one).
placeBlockedFrames();

declare global {
  interface HTMLElementTagNameMap {
    'tamis-banner': TamisBanner;
    'tamis-preferences': TamisPreferences;
    'tamis-placeholder': TamisPlaceholder;
    'tamis-cookie-table': TamisCookieTable;
    'tamis-preferences-link': TamisPreferencesLink;
  }
}
