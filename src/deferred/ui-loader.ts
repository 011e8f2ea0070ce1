import type { ResolvedConfig } from '../types.js';
import { whenBody } from '../when-body.js';

/** What to load: the banner (with the placeholder), the placeholder alone, or the whole UI. */
export type UiPart = 'banner' | 'placeholder' | 'full';

/**
 * Loads the UI on demand and inserts its elements; see docs/architecture.md. It lives in the
 * deferred module, which resolves the UI's config keys first: `<head>` only preloads.
 */
export interface UiLoader {
  /** Loads a part of the UI once (later calls return the same promise); failures are logged. */
  load(part: UiPart): Promise<unknown>;
  /** Ensures one `<tag>` in `<body>` (waiting for `<body>`) and resolves to the element. */
  ensure(tag: string): Promise<Element>;
}

/** The files of dist/ next to tamis.js, by part; the whole UI draws the banner and placeholder too. */
const FILES: Record<UiPart, string> = { banner: 'tamis-banner.js', placeholder: 'tamis-placeholder.js', full: 'tamis-ui.js' };

/**
 * Creates the loader. The site's own UI comes from `ui.load()`, else `import(ui.url)`, for every
 * part; otherwise each part is its file of dist/ next to `tamis.js` (`scriptSrc`, captured at
 * start-up: `document.currentScript` is only set while the script runs). A file that does not load
 * is named in one `console.error` saying what to copy, and the banner and placeholder fall back to
 * the whole UI, so the visitor can still decide.
 */
export function createUiLoader(ui: ResolvedConfig['ui'], scriptSrc?: string): UiLoader {
  const loading = new Map<string, Promise<unknown>>();
  const file = (name: string): Promise<unknown> => {
    let promise = loading.get(name);
    if (!promise)
      loading.set(
        name,
        (promise = Promise.resolve()
          .then(() => import(/* webpackIgnore: true */ new URL(name, scriptSrc).href))
          .catch((error) => {
            console.error(`tamis: ${name} did not load (${error}). Copy the whole dist/ folder (chunks/ included), as it is, next to tamis.js.`);
            if (name != FILES.full) return file(FILES.full);
          })),
      );
    return promise;
  };
  const own = ui.load || ui.url;
  let custom: Promise<unknown> | undefined;
  return {
    load: (part) =>
      own || !scriptSrc
        ? (custom ??= Promise.resolve()
            .then(() => (ui.load ? ui.load() : import(/* webpackIgnore: true */ ui.url!)))
            .catch((error) => console.error('tamis: could not load the UI', error)))
        : // tamis-first.js brings the banner and the placeholder along: nothing to fetch then.
          part != 'full' && customElements.get(`tamis-${part}`)
          ? Promise.resolve()
          : file(FILES[part]),
    ensure(tag) {
      return new Promise((resolve) =>
        whenBody(() => resolve(document.body.querySelector(tag) ?? document.body.appendChild(document.createElement(tag)))),
      );
    },
  };
}
