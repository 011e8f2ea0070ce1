/**
 * `tamis/vite`: a Vite plugin that puts tamis's `<head>` runtime first in `index.html`, as the
 * script-tag install does, so that vendor snippets pasted into `index.html` (GA4's gtag.js, Meta's
 * pixel…) are blocked until consent. An app bundle runs only after the parser has reached and run
 * every classic script of the page, too late to stop them: blocking must start from `<head>`.
 * The catalog vendors' tags written in `index.html` are also rewritten into the declarative form
 * (inert-tags.ts), so that not even the preload scanner fetches them before consent.
 *
 * In `vite build` it copies the browser files of `tamis/dist` (tamis.js, tamis-deferred.js,
 * tamis-ui.js, chunks/) into the output under `dir`; in `vite dev` it serves them from there.
 * @example
 * // vite.config.js
 * import tamis from 'tamis/vite';
 * import config from './tamis.config.js';
 * export default { plugins: [tamis({ config })] };
 * // main.js: init() returns the runtime the <head> script started (its arguments are ignored then)
 * import { init } from 'tamis';
 * const tamis = init();
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import type { TamisConfig } from '../src/types.js';
import { serialize } from './serialize.js';
import { inertTags } from './inert-tags.js';
import { resolveHeadConfig } from '../src/config.js';
import { catalog } from '../vendors/index.js';

/** Options of the `tamis/vite` plugin. */
export interface TamisViteOptions {
  /**
   * The site's tamis configuration, written into `index.html` as `window.tamisConfig` (plain data
   * and regular expressions; a function such as `ui.load` is refused: the plugin serves the UI).
   * @default {}
   */
  config?: TamisConfig;
  /**
   * Folder of the output (under Vite's `base`) where tamis's browser files are written and served.
   * @default 'tamis'
   */
  dir?: string;
  /**
   * Writes tamis.js itself into `index.html` (about 12 KB, 5 KB gzip) rather than a
   * `<script src>` to it. Inline, the parser never waits for a download before it reaches the
   * snippets below, so Chromium's preload scanner does not fetch them ahead either (measured by
   * test/e2e/install-vite.test.mjs: with `<script src>`, gtag.js is downloaded, not run).
   * @default true
   */
  inline?: boolean;
}

/** The browser files of dist/: what tamis.js loads next to itself. */
const BROWSER = /^(tamis(-deferred|-ui|-banner|-placeholder)?\.js(\.map)?|chunks\/.+)$/;

/** Every file under `dir`, as paths relative to it with `/` separators. */
const walk = (dir: string, base = dir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), base) : [relative(base, join(dir, d.name)).split(sep).join('/')]);

/**
 * Inserts `tags` first in `<head>`, after a leading `<meta charset>` (which must come within the
 * first 1024 bytes, HTML §4.2.5.4), before anything else.
 */
export function prependToHead(html: string, tags: string): string {
  const head = /<head(\s[^>]*)?>(\s*<meta\s+charset[^>]*>)?/i.exec(html);
  if (!head) throw new Error('tamis/vite: index.html has no <head> element: add one, tamis must load first in it');
  const at = head.index + head[0].length;
  return html.slice(0, at) + tags + html.slice(at);
}

/**
 * The Vite plugin. Put it in `plugins`; give it the same config your app would give `init()`.
 * @returns the plugin (`name: 'tamis'`)
 */
export default function tamis(options: TamisViteOptions = {}): Plugin {
  const { config = {}, dir = 'tamis', inline = true } = options;
  // dist/vite.js sits next to the browser files it serves.
  const dist = fileURLToPath(new URL('.', import.meta.url));
  let base = '/';
  let logger: ResolvedConfig['logger'] | undefined;
  /**
   * The config, then tamis.js. Both are absolute under `base`: an inline script resolves import()
   * against the page's URL, which in a single-page app may be any route. So the UI is named by
   * `ui.url` and the deferred module's import() is rewritten.
   */
  const headTags = () => {
    const folder = `${base}${dir}/`;
    const given = config as TamisConfig & { ui?: unknown };
    // `ui` other than an object is left as given, for tamis to report it.
    const ui = given.ui === undefined || (given.ui && typeof given.ui == 'object') ? { url: folder + 'tamis-ui.js', ...given.ui } : given.ui;
    const script = `window.tamisConfig=${serialize({ ...given, ui })};`;
    if (!inline) return `<script>${script}</script><script src="${folder}tamis.js"></script>`;
    const code = readFileSync(join(dist, 'tamis.js'), 'utf8');
    const deferred = '"./tamis-deferred.js"';
    if (!code.includes(deferred)) throw new Error(`tamis/vite: ${dist}tamis.js does not load ${deferred}: reinstall tamis`);
    return `<script>${script}\n${code.replace(deferred, JSON.stringify(folder + 'tamis-deferred.js')).replace(/<\/script/gi, '<\\/script')}</script>`;
  };
  const files = () => {
    const list = walk(dist).filter((f) => BROWSER.test(f));
    if (!list.includes('tamis.js')) throw new Error(`tamis/vite: ${dist}tamis.js is missing: reinstall tamis (or run npm run build in it)`);
    return list;
  };
  return {
    name: 'tamis',
    configResolved(resolved: ResolvedConfig) {
      base = resolved.base.endsWith('/') ? resolved.base : resolved.base + '/';
      logger = resolved.logger;
    },
    configureServer(server) {
      const prefix = `${base}${dir}/`;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const file = path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : '';
        if (!file || !BROWSER.test(file) || file.includes('..')) return next();
        try {
          const body = readFileSync(join(dist, file));
          res.setHeader('content-type', file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of files()) this.emitFile({ type: 'asset', fileName: `${dir}/${file}`, source: readFileSync(join(dist, file)) });
    },
    transformIndexHtml: {
      // After Vite's own processing, which would otherwise try to bundle the classic script.
      order: 'post',
      handler: (html) => {
        const { vendors } = resolveHeadConfig(config, catalog);
        const inert = inertTags(html, [...vendors, ...catalog]);
        if (inert.found.length) logger?.info(`tamis: vendor tags in index.html made inert until consent: ${inert.found.join(', ')}`);
        return prependToHead(inert.html, headTags());
      },
    },
  };
}
