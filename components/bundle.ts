/**
 * Entry of dist/tamis-ui.js, the whole UI, which the deferred module loads when the visitor asks for
 * the preferences, or the page holds a cookie table or a preferences link (`ui.url` / `ui.load`:
 * for everything). The banner and the preferences link are defined at once; the preferences dialog
 * and the cookie table are fetched when one appears in the page, and the placeholder
 * (dist/tamis-placeholder.js, the same file a returning visitor gets) when a blocked iframe or a
 * `<tamis-placeholder>` does. The runtime waits for `customElements.whenDefined('tamis-preferences')`
 * before calling `show()`. npm users get every element at once from `tamis/components` (index.ts).
 */
import { TamisBanner } from './tamis-banner/tamis-banner.js';
import { TamisPreferencesLink } from './tamis-preferences-link/tamis-preferences-link.js';

const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element);
};
define('tamis-banner', TamisBanner);
define('tamis-preferences-link', TamisPreferencesLink);

/** A file of dist/ that did not load names itself (in the browser's message) and what to copy. */
const missing = (error: unknown) =>
  console.error(`tamis: ${(error as Error)?.message ?? error}. Copy the whole dist/ folder (chunks/ included), as it is, next to tamis.js.`);
/** Loads a file of dist/ next to this one. */
const sibling = (file: string) => import(/* webpackIgnore: true */ new URL(file, import.meta.url).href);

const later = new Map<string, () => Promise<unknown>>([
  ['tamis-preferences', () => import('./tamis-preferences/tamis-preferences.js').then((m) => define('tamis-preferences', m.TamisPreferences))],
  ['tamis-cookie-table', () => import('./tamis-cookie-table/tamis-cookie-table.js').then((m) => define('tamis-cookie-table', m.TamisCookieTable))],
  ['tamis-placeholder, iframe[data-tamis-blocked]', () => sibling('./tamis-placeholder.js')],
]);
const loadPresent = () => {
  for (const [selector, load] of later)
    if (document.querySelector(selector)) {
      later.delete(selector);
      load().catch(missing);
    }
  if (!later.size) observer.disconnect();
};
const observer = new MutationObserver(loadPresent);
observer.observe(document, { childList: true, subtree: true, attributeFilter: ['data-tamis-blocked'] });
loadPresent();
