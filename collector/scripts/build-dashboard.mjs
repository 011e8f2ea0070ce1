// Bundles the dashboard (Lit) into dist/dashboard.js, copies its page, and copies the published
// receipt schema next to the validator so the package carries what it validates against.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

const here = (path) => new URL(path, import.meta.url);
await mkdir(here('../dist/'), { recursive: true });
await copyFile(here('../../schema/consent-receipt.schema.json'), here('../dist/consent-receipt.schema.json'));
await copyFile(here('../dashboard/dashboard.html'), here('../dist/dashboard.html'));
await build({
  entryPoints: [new URL('../dashboard/app.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  outfile: new URL('../dist/dashboard.js', import.meta.url).pathname,
  logLevel: 'warning',
});
