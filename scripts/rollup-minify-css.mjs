// Rollup plugin for the browser bundles: our CSS is written readable in template literals
// (components/**/*.styles.ts, theme*.ts, and `static css` / `css` in elements); the visitor
// downloads it without comments, with the whitespace around `{ } ; , >` and after `:` dropped, runs
// of blanks collapsed, `0.5` as `.5` and `#ffffff` as `#fff`. Whitespace elsewhere is kept (one blank), as it can be meaningful (descendant
// combinators, `0 0 1rem`). Only template literals that look like CSS (a `{` block with a `:`)
// in components/ are touched; `${…}` substitutions are left as they are.
import MagicString from 'magic-string';

/** Minifies one piece of CSS text (no substitutions inside). */
export const squeeze = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // After a colon only in declarations and media features: no selector has a blank there.
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([^\w.])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .trim();

const walk = (node, visit) => {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node))
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
};

/** @returns {import('rollup').Plugin} */
export function minifyCss() {
  return {
    name: 'tamis-minify-css',
    transform(code, id) {
      if (!/[\\/]components[\\/].*\.ts$/.test(id)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TemplateLiteral' || node.expressions.length) return;
        const raw = node.quasis[0].value.raw;
        if (!/[{][^}]*:[^}]*[}]/.test(raw) || /<|\\/.test(raw)) return; // not CSS, or markup / escapes
        out.overwrite(node.quasis[0].start, node.quasis[0].end, squeeze(raw));
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
