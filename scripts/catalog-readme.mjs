// Writes the vendor catalog tables from vendors/*.ts, the single source of truth:
// README.md ("Vendor catalog": id, vendor, purpose) and docs/vendor-catalog.md (every vendor with
// its company, country and first-party cookies), each between `<!-- catalog:… -->` markers.
//   node scripts/catalog-readme.mjs          rewrite both files
//   node scripts/catalog-readme.mjs --check  exit 1, naming the file, when one is out of date
import ts from 'typescript';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The catalog, transpiled from vendors/ (type-only imports vanish, so nothing else is needed). */
export async function readCatalog() {
  const out = mkdtempSync(join(tmpdir(), 'tamis-catalog-readme-'));
  try {
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
    for (const file of readdirSync(join(root, 'vendors')).filter((f) => f.endsWith('.ts'))) {
      const { outputText } = ts.transpileModule(readFileSync(join(root, 'vendors', file), 'utf8'), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
      });
      writeFileSync(join(out, file.replace(/\.ts$/, '.js')), outputText);
    }
    return (await import(pathToFileURL(join(out, 'index.js')).href)).catalog;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const cell = (text) => String(text).replace(/\|/g, '\\|');
const cookieName = (name) => (name instanceof RegExp ? name.source.replace(/^\^/, '').replace(/\\(.)/g, '$1') + '…' : name);

/** README: one row per vendor. */
export const readmeTable = (catalog) =>
  ['| id | vendor | purpose |', '| --- | --- | --- |', ...catalog.map((v) => `| \`${v.id}\` | ${cell(v.name)} | \`${v.purpose}\` |`)].join('\n');

/** docs/vendor-catalog.md: the facts a privacy policy needs. */
export const docsTable = (catalog) =>
  [
    '| id | vendor | company (country) | purpose | first-party cookies (lifetime) |',
    '| --- | --- | --- | --- | --- |',
    ...catalog.map((v) => {
      const cookies = v.cookies.filter((c) => !c.thirdParty).map((c) => `\`${cell(cookieName(c.name))}\` (${c.lifetime})`);
      return `| \`${v.id}\` | ${cell(v.name)} | ${cell(v.company)} (${v.country}) | \`${v.purpose}\` | ${cookies.join(', ') || 'none'} |`;
    }),
  ].join('\n');

/** `text` with what lies between `<!-- catalog:name -->` and `<!-- /catalog:name -->` replaced. */
export function fill(text, name, content, file) {
  const open = `<!-- catalog:${name} -->`;
  const close = `<!-- /catalog:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${file}: markers ${open} … ${close} not found`);
  return text.slice(0, start + open.length) + '\n' + content + '\n' + text.slice(end);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const catalog = await readCatalog();
  let stale = false;
  for (const [file, name, table] of [
    ['README.md', 'table', readmeTable],
    ['docs/vendor-catalog.md', 'table', docsTable],
  ]) {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = fill(before, name, table(catalog), file);
    if (before === after) continue;
    if (check) {
      console.error(`${file}: the catalog table is out of date with vendors/; run npm run catalog:readme`);
      stale = true;
    } else {
      writeFileSync(path, after);
      console.log(`${file}: catalog table written (${catalog.length} vendors)`);
    }
  }
  if (stale) process.exit(1);
}
