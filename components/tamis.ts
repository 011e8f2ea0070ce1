import type { TamisApi } from '../src/types.js';

/**
 * The page's runtime. Components reach it only through `window.tamis` (never by importing
 * `src/`): there is exactly one runtime per page and the UI bundle must not carry a second copy.
 * @returns the runtime, or `undefined` when tamis.js has not run
 */
export const getTamis = (): TamisApi | undefined => (window as { tamis?: TamisApi }).tamis;

/**
 * The element that really has focus, looking through open shadow roots (a button inside the
 * banner, not the banner host), so the dialog can give focus back to it (WCAG 2.4.3).
 */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}
