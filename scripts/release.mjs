// `npm run release`: writes release/tamis-<version>.zip, the archive for script-tag users (no npm):
// tamis-<version>/dist/ with the browser files exactly as tamis.js expects to find them (tamis.js,
// tamis-deferred.js, tamis-ui.js, chunks/, source maps), plus LICENSE and README.md. The npm-only
// parts of dist/ (esm/, types/) are left out. Run after `npm run build` (the npm script does both).
//   node scripts/release.mjs [--out <folder>]
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'release'));
const dist = join(root, 'dist');
const NPM_ONLY = new Set(['esm', 'types']);

/** Every file under `dir`, sorted, so that two releases of the same build list the same entries. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => (d.isDirectory() ? (dir == dist && NPM_ONLY.has(d.name) ? [] : files(join(dir, d.name))) : [join(dir, d.name)]));
}

let list;
try {
  list = files(dist);
} catch {
  console.error('release: no dist/ folder: run `npm run build` first (`npm run release` does)');
  process.exit(1);
}
if (!list.includes(join(dist, 'tamis.js'))) {
  console.error('release: dist/tamis.js is missing: run `npm run build` first');
  process.exit(1);
}
const top = `tamis-${version}`;
const entries = [...list, join(root, 'LICENSE'), join(root, 'README.md')].map((file) => ({
  name: `${top}/${relative(root, file).split(sep).join('/')}`,
  data: readFileSync(file),
  mtime: statSync(file).mtime,
}));
mkdirSync(out, { recursive: true });
const target = join(out, `${top}.zip`);
writeFileSync(target, zip(entries));
console.log(`release: ${relative(process.cwd(), target) || target}: ${entries.length} files, ${statSync(target).size} B`);
