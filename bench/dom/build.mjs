// Bundles the React workload (react-app.jsx) with production React 19 for the page-overhead
// benchmark, into .tmp/bench-dom/ next to the generated pages.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the pages and the bundle go (served at /). */
export const outDir = fileURLToPath(new URL('../../.tmp/bench-dom/', import.meta.url));

export async function buildReactApp() {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('react-app.jsx', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: `${outDir}react-app.js`,
    logLevel: 'warning',
  });
}
