/**
 * The ESM entry (npm): `init(config)` starts the one runtime of the page; the named functions
 * delegate to it, as `window.tamis` does.
 * @example
 * import { init, on } from 'tamis';
 * init({ vendors: ['google-analytics'], ui: { load: () => import('tamis/components') } });
 * on('change', ({ consent }) => console.log(consent));
 */
import './globals.js';
import type { DecisionDetails, PurposeChoices, TamisApi, TamisConfig, TamisEventMap } from './types.js';
import { catalog } from '../vendors/index.js';
import { createRuntime } from './runtime.js';
import { ranEarly } from './ran-early.js';

export type * from './types.js';
export { VERSION } from './version.js';

let instance: TamisApi | undefined;

/**
 * Starts tamis on this page (blocking, integrations, banner when needed) and sets `window.tamis`.
 * Later calls return the running instance and ignore their config. When `dist/tamis.js` already
 * runs in `<head>` (the `tamis/vite` plugin, or a script tag in the HTML template), `init()`
 * returns that runtime and ignores its config: the one given in `<head>` is the page's.
 * A catalog vendor's script already in the page when `init()` starts it is reported with a
 * `console.error` (it ran unblocked), not labelled blocked.
 * @returns The runtime API.
 */
export function init(config: TamisConfig = {}): TamisApi {
  if (!instance && window.tamis?.getConsent) instance = window.tamis;
  if (!instance) {
    const runtime = createRuntime(config, catalog, { ignore: ranEarly(catalog) });
    window.tamis = instance = runtime.api;
    runtime.start();
  }
  return instance;
}

const api = (): TamisApi => {
  if (!instance) throw new Error('tamis: call init(config) first');
  return instance;
};

/** The current decision, or `null` when none is valid. */
export const getConsent = () => api().getConsent();
/** Whether a purpose (`'analytics'`) or a vendor id (`'hotjar'`) may run now. */
export const hasConsent = (purposeOrVendor: string) => api().hasConsent(purposeOrVendor);
/** Consent to every purpose and vendor in use (Global Privacy Control may hold some back); resolves once stored and applied. */
export const acceptAll = (details?: DecisionDetails) => api().acceptAll(details);
/** Refuse every purpose that needs consent; resolves once stored and applied. */
export const rejectAll = (details?: DecisionDetails) => api().rejectAll(details);
/** Record a custom decision; purposes and vendors not named keep their choice. Resolves once stored and applied. */
export const setConsent = (purposes: PurposeChoices, vendors?: Record<string, boolean>, details?: DecisionDetails) =>
  api().setConsent(purposes, vendors, details);
/** Show the first-layer banner. */
export const showBanner = () => api().showBanner();
/** Open the preferences dialog. */
export const showPreferences = () => api().showPreferences();
/** Forget the decision, delete vendor data and ask again; resolves once done. */
export const reset = () => api().reset();
/** Subscribe to a runtime event; returns the unsubscribe function. */
export const on = <K extends keyof TamisEventMap>(event: K, callback: (detail: TamisEventMap[K]) => void) =>
  api().on(event, callback);
