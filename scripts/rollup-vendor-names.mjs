// Rollup plugin for dist/tamis-placeholder.js: the placeholder names a catalog vendor that
// dist/tamis.js knows by id only. Rather than the whole catalog (10 kB gzip with its cookies and
// texts, growing with every vendor), each name is a file of its own, `chunks/name-<id>.js`
// (`export default "YouTube"`), and components/vendor-names.ts becomes an `import()` of the one it
// needs. Names are read from vendors/*.ts, after TypeScript, so vendors/ stays the one source.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../vendors/', import.meta.url));
const isVendorNames = (id) => /[\\/]components[\\/]vendor-names\.ts$/.test(id);
const key = (property) => property.key?.name ?? property.key?.value;

/** @returns {import('rollup').Plugin} */
export function vendorNameFiles() {
  return {
    name: 'tamis-vendor-name-files',
    load(id) {
      if (!isVendorNames(id)) return null;
      // Ids come from the blocker's data-vendor (catalog or config ids); the pattern keeps anything
      // else from being fetched at all. The file is resolved next to tamis-placeholder.js.
      return 'export const catalogName = (id) => /^[a-z0-9-]+$/.test(id) ? import(`./chunks/name-${id}.js`).then((m) => m.default) : Promise.resolve();';
    },
    async buildEnd(error) {
      if (error) return;
      const names = new Map();
      for (const file of readdirSync(folder).filter((f) => /\.ts$/.test(f) && f != 'index.ts')) {
        const info = await this.load({ id: `${folder}${file}` });
        const visit = (node) => {
          if (!node || typeof node.type != 'string') return;
          if (node.type == 'ObjectExpression') {
            const props = Object.fromEntries(node.properties.map((p) => [key(p), p.value]));
            if (props.id?.type == 'Literal' && props.name?.type == 'Literal' && props.urls) names.set(props.id.value, props.name.value);
          }
          for (const value of Object.values(node))
            if (Array.isArray(value)) value.forEach(visit);
            else if (value && typeof value.type == 'string') visit(value);
        };
        visit(this.parse(info.code));
      }
      if (names.size < 10) this.error(`only ${names.size} vendor names found in vendors/`);
      for (const [id, name] of names)
        this.emitFile({ type: 'asset', fileName: `chunks/name-${id}.js`, source: `export default ${JSON.stringify(name)};\n` });
    },
  };
}
