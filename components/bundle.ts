/**
 * Entry of dist/tamis-ui.js, the UI the runtime loads on demand besides the banner
 * (dist/tamis-banner.js, which it imports). The preferences link is defined at once; the preferences dialog and the
 * cookie table are fetched when one appears in the page, so a visitor who only answers the
 * banner downloads neither (budget: dist/tamis-ui.js <= 14 KB gzip with Lit). The runtime waits
 * for `customElements.whenDefined('tamis-preferences')` before calling `show()`.
 * npm users get every element at once from `tamis/components` (index.ts).
 */
import { TamisPreferencesLink } from './tamis-preferences-link/tamis-preferences-link.js';
import { reportMissingFile } from '../src/missing-file.js';

// The banner and the placeholders (which the UI puts in place of blocked iframes) come from the
// sibling file dist/tamis-banner.js, the one tamis.js preloads: no second copy here. A dynamic
// import by URL, so that the chunks of this file do not import it by a path of their own.
import(/* webpackIgnore: true */ new URL('tamis-banner.js', import.meta.url).href).catch((error: unknown) =>
  reportMissingFile(error, 'the banner and placeholders'),
);

const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element);
};
define('tamis-preferences-link', TamisPreferencesLink);

// Each with what it is, for the message when its chunk is missing (only tamis-ui.js was copied).
const later = new Map<string, [() => Promise<CustomElementConstructor>, string]>([
  ['tamis-preferences', [() => import('./tamis-preferences/tamis-preferences.js').then((m) => m.TamisPreferences), 'the preferences dialog']],
  ['tamis-cookie-table', [() => import('./tamis-cookie-table/tamis-cookie-table.js').then((m) => m.TamisCookieTable), 'the cookie table']],
]);
const loadPresent = () => {
  for (const [name, [load, what]] of later)
    if (document.querySelector(name)) {
      later.delete(name);
      load().then(
        (element) => define(name, element),
        (error) => reportMissingFile(error, what),
      );
    }
  if (!later.size) observer.disconnect();
};
const observer = new MutationObserver(loadPresent);
observer.observe(document, { childList: true, subtree: true });
loadPresent();
