// What every example's vite.config.js shares. In a real app `tamis` comes from node_modules; here
// the examples use this repository's build (npm run build at the root first), the files the
// package ships: dist/esm/index.js for `tamis`, dist/esm/components.js for `tamis/components`.
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** @param {string} name the app's folder, served under /<name>/ */
export const shared = (name) => ({
  base: `/${name}/`,
  resolve: {
    alias: [
      { find: /^tamis$/, replacement: `${dist}esm/index.js` },
      { find: /^tamis\/components$/, replacement: `${dist}esm/components.js` },
    ],
  },
  build: { outDir: fileURLToPath(new URL(`dist/${name}`, import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
