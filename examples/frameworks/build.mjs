// Builds every example with its own vite.config.js into dist/<name>/, one after the other in one
// process (test/e2e/frameworks.test.mjs runs it once, then serves dist/). `react-dev` is the React
// app built in development mode, where StrictMode runs every effect twice (mount, unmount, mount):
// the test checks that tamis neither starts twice nor reports a change twice there.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

export const APPS = ['react', 'react-dev', 'vue', 'svelte', 'spa'];

export async function buildAll(apps = APPS) {
  for (const name of apps) {
    const folder = name.replace(/-dev$/, '');
    const root = fileURLToPath(new URL(`${folder}/`, import.meta.url));
    const development = name.endsWith('-dev')
      ? {
          mode: 'development',
          base: `/${name}/`,
          define: { 'process.env.NODE_ENV': '"development"' },
          build: { outDir: fileURLToPath(new URL(`dist/${name}`, import.meta.url)), emptyOutDir: true, minify: false },
        }
      : {};
    await build({ root, configFile: `${root}vite.config.js`, logLevel: 'error', ...development });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll(process.argv.slice(2).length ? process.argv.slice(2) : APPS);
