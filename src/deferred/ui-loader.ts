import type { ResolvedConfig } from '../types.js';
import { whenBody } from '../when-body.js';
import { reportMissingFile } from '../missing-file.js';

/**
 * Loads the UI bundle on demand and inserts its elements; see docs/architecture.md. It lives in the
 * deferred module, which resolves the UI's config keys first: `<head>` only preloads the bundle.
 */
export interface UiLoader {
  /**
   * Loads the UI once (later calls return the same promise); failures are logged. `banner`: only
   * the banner and the placeholder (dist/tamis-banner.js, no Lit), when tamis's own UI is used;
   * otherwise, and for `full`, the whole UI.
   */
  load(part?: 'banner' | 'full'): Promise<unknown>;
  /** Ensures one `<tag>` in `<body>` (waiting for `<body>`) and resolves to the element. */
  ensure(tag: string): Promise<Element>;
}

/**
 * Creates the loader. The UI comes from `ui.load()`, else `import(ui.url)`, else the files next to
 * `tamis.js` (`scriptSrc`, captured at start-up: `document.currentScript` is only set while the
 * script runs): `tamis-banner.js` for the banner, `tamis-ui.js` (which imports it) for the rest.
 */
export function createUiLoader(ui: ResolvedConfig['ui'], scriptSrc?: string): UiLoader {
  const loading: Record<string, Promise<unknown>> = {};
  const load = (part?: 'banner' | 'full') => {
    const file = ui.load || ui.url ? '' : part == 'banner' ? 'tamis-banner.js' : 'tamis-ui.js';
    return (loading[file] ??= Promise.resolve()
      .then(() => (ui.load ? ui.load() : import(/* webpackIgnore: true */ ui.url ?? new URL(file, scriptSrc).href)))
      // `ui.load()` is the site's own code (npm): its error says more than what to copy.
      .catch((error) => (ui.load ? console.error('tamis: could not load the UI', error) : reportMissingFile(error, 'the UI'))));
  };
  return {
    load,
    ensure(tag) {
      return new Promise((resolve) =>
        whenBody(() => resolve(document.body.querySelector(tag) ?? document.body.appendChild(document.createElement(tag)))),
      );
    },
  };
}
