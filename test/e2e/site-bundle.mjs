// Bundles page code the way a site's build does: published npm packages (installed as dev
// dependencies) resolved from node_modules and rolled into one script with rollup, which a test
// serves after tamis.js. So the tests see what those packages really do to a page.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const cache = new Map();

/**
 * @param {string} code the site's entry module (it may import npm packages)
 * @returns {Promise<string>} one IIFE
 */
export function bundleSite(code) {
  if (!cache.has(code)) {
    cache.set(code, (async () => {
      const bundle = await rollup({
        input: 'site-entry',
        plugins: [
          { name: 'site-entry', resolveId: (id) => (id == 'site-entry' ? id : null), load: (id) => (id == 'site-entry' ? code : null) },
          nodeResolve({ browser: true }),
        ],
        onwarn: () => {},
      });
      const { output } = await bundle.generate({ format: 'iife' });
      await bundle.close();
      return output[0].code;
    })());
  }
  return cache.get(code);
}

/** Serves `code`, bundled, at `/site.js` of the page's origin. */
export async function routeSite(context, code) {
  const body = await bundleSite(code);
  await context.route('**/site.js', (route) => route.fulfill({ contentType: 'text/javascript', body }));
}
