// Rollup plugins for the language modules of components/i18n/.
//
// `languagesFromFolder()`: writes components/i18n/languages.ts from the files in that folder (every
// `xx.ts` but English, which is bundled), so a language added there is loaded by every browser
// build without being listed by hand.
//
// `firstVisitTexts()`: for dist/tamis-banner.js and dist/tamis-placeholder.js, keeps in each language
// module only the texts the banner and the placeholder show (the dialog's and the cookie table's
// stay in dist/tamis-ui.js's own chunks), so a first visit downloads about half of a language.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';

const folder = fileURLToPath(new URL('../components/i18n/', import.meta.url));
const isLanguages = (id) => /[\\/]components[\\/]i18n[\\/]languages\.ts$/.test(id);
const isLanguage = (id) => /[\\/]components[\\/]i18n[\\/][a-z]{2}\.ts$/.test(id);

const codes = () =>
  readdirSync(folder)
    .filter((file) => /^[a-z]{2}\.ts$/.test(file) && file != 'en.ts')
    .map((file) => file.slice(0, 2))
    .sort();

/**
 * @param {string} [prefix] for the first-visit files: each language becomes
 *   `chunks/<prefix>-<code>.js` (no hash, like the files next to it), and the list is one string of
 *   codes and one `import()` of a computed name, so that 28 languages cost a few bytes, not 28
 *   hashed names.
 * @returns {import('rollup').Plugin}
 */
export function languagesFromFolder(prefix) {
  return {
    name: 'tamis-languages-from-folder',
    buildStart() {
      if (prefix) for (const code of codes()) this.emitFile({ type: 'chunk', id: `${folder}${code}.ts`, fileName: `chunks/${prefix}-${code}.js` });
    },
    load(id) {
      if (!isLanguages(id)) return null;
      return prefix
        ? `export const languages = Object.fromEntries(${JSON.stringify(codes().join(' '))}.split(' ').map((code) => [code, () => import(\`./chunks/${prefix}-\${code}.js\`)]));`
        : `export const languages = {${codes().map((code) => `${code}: () => import('./${code}.js')`).join(',')}};`;
    },
  };
}

/** Keys the placeholder reads (tamis-placeholder.ts), besides the purpose labels. */
export const PLACEHOLDER_KEYS = ['placeholder', 'placeholderLoad'];
/** Keys the banner reads (tamis-banner.ts), besides the purpose labels. */
export const BANNER_KEYS = [
  'bannerTitle', 'bannerText', 'policyLink', 'acceptAll', 'rejectAll', 'customize', 'continueWithoutAccepting',
  'gpc', 'preferencesTitle',
];

/**
 * @param {string[]} keys the texts to keep, besides the purpose labels (`purpose.<id>`)
 * @returns {import('rollup').Plugin}
 */
export function firstVisitTexts(keys) {
  const keep = (key) => keys.includes(key) || /^purpose\.\w+$/.test(key);
  return {
    name: 'tamis-first-visit-texts',
    transform(code, id) {
      if (!isLanguage(id)) return null;
      const ast = this.parse(code);
      const texts = ast.body.find((node) => node.type == 'ExportDefaultDeclaration')?.declaration;
      if (texts?.type != 'ObjectExpression') this.error(`${id}: expected \`export default { … }\` of texts`);
      const out = new MagicString(code);
      for (const property of texts.properties) {
        const key = property.key?.name ?? property.key?.value;
        if (typeof key != 'string') this.error(`${id}: every text needs a plain key`);
        if (!keep(key)) out.remove(property.start, property.end);
      }
      // Removed properties leave their commas: `{a:1,,,b:2}` is not valid, so drop the empty slots.
      return { code: out.toString().replace(/,(\s*,)+/g, ',').replace(/\{(\s*,)+/, '{'), map: out.generateMap({ hires: true }) };
    },
  };
}
