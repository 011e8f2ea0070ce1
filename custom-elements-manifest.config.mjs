// `npm run build` writes custom-elements.json, the custom-elements manifest named by `customElements`
// in package.json, from the elements' JSDoc (@tagname @summary @attr @event @csspart @cssproperty):
// editors and Storybook-like tools read elements, attributes, events, parts and CSS properties from it.
// test/components/manifest.test.ts checks it against what the elements render.

/** The package ships the declarations, not components/*.ts: point the manifest at those. */
const shipped = (path) => path.replace(/^components\/(.*)\.ts$/, 'dist/types/components/$1.d.ts');

/** components/index.ts defines the elements in a loop the analyzer cannot follow: declare the definitions. */
const definitions = () => ({
  name: 'tamis-definitions',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const exports = [];
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? [])
        if (declaration.customElement && declaration.tagName)
          exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: shipped(module.path) } });
    }
    for (const module of manifest.modules) {
      // The analyzer reads `customElements.define(name, element)` in bundle.ts as an element named "name".
      module.exports = module.exports?.filter((e) => e.kind != 'custom-element-definition');
      module.path = shipped(module.path);
      for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])])
        for (const ref of [item.declaration, item.superclass, ...(item.members ?? []).map((m) => m.inheritedFrom)])
          if (ref?.module) ref.module = shipped(ref.module.replace(/^\//, ''));
    }
    manifest.modules.push({ kind: 'javascript-module', path: 'dist/esm/components.js', declarations: [], exports });
  },
});

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/i18n/**', 'components/**/*.styles.ts', 'components/styles/**'],
  outdir: '.',
  // package.json names it already (`customElements`); the build must not rewrite package.json.
  packagejson: false,
  litelement: true,
  plugins: [definitions()],
};
