/**
 * Entry of dist/tamis.js, the first script in <head>: reads `window.tamisConfig`, starts the
 * runtime (blocking, integrations, on-demand UI) synchronously, before any vendor tag below it
 * can load, and exposes `window.tamis`.
 */
import './globals.js';
import { catalog } from '../vendors/index.js';
import { createRuntime } from './runtime.js';

// Twice on a page (a CMS plugin plus a hand-written tag) would block and ask twice.
if (!window.tamis?.getConsent) {
  const runtime = createRuntime(window.tamisConfig, catalog, {
    scriptSrc: (document.currentScript as HTMLScriptElement | null)?.src,
  });
  window.tamis = runtime.api;
  runtime.start();
}
