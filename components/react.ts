/**
 * `tamis/react`: JSX typings of tamis' elements for React 19 (types only: this module has no code).
 * React 19 sets custom elements' properties and attributes natively; these declarations let
 * TypeScript accept the tags in TSX. Import once, anywhere: `import type {} from 'tamis/react';`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TamisBanner, TamisCookieTable, TamisPlaceholder, TamisPreferences, TamisPreferencesLink } from './index.js';

/** The usual HTML attributes of an element (`className`, `ref`, `style`, `onClick`…) plus its own. */
type Props<E extends HTMLElement, Own = object> = DetailedHTMLProps<HTMLAttributes<E>, E> & Own;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      /** First-layer banner; the runtime inserts it itself. */
      'tamis-banner': Props<TamisBanner, { layout?: 'bar' | 'box' | 'center'; theme?: 'light' | 'dark' }>;
      /** The preferences dialog; open it with `showPreferences()`. */
      'tamis-preferences': Props<TamisPreferences>;
      /** Stands in for a blocked iframe of `vendor`. */
      'tamis-placeholder': Props<TamisPlaceholder, { vendor?: string; purpose?: string }>;
      /** The cookie table of the privacy policy. */
      'tamis-cookie-table': Props<TamisCookieTable>;
      /** The floating button that reopens the preferences. */
      'tamis-preferences-link': Props<TamisPreferencesLink, { position?: 'left' | 'right' }>;
    }
  }
}
