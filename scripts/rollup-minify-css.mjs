// Rollup plugin for the UI bundles: minifies the CSS the components carry as template literals
// (plain strings for the elements drawn without Lit, `css` tags for Lit's), which terser leaves as
// written: comments that say why, indentation, spaces after colons. On a first visit that is about
// a tenth of dist/tamis-banner.js (issue 13). Runs on the JavaScript TypeScript emits, through the
// AST, so only template literals change, and only those that hold a CSS rule.
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

// A rule: a selector, then a block with a declaration (`:host { display: block; }`).
const RULE = /[\w)\]*-]\s*\{[^{}]*:[^{}]*\}/;

/**
 * Minifies a piece of CSS text outside its quoted strings: comments dropped, white space collapsed,
 * none around `{ } ; ,` nor after `:` (never before it: `a :hover` is not `a:hover`), no `;` before
 * `}`. `first` / `last`: the piece starts / ends the literal (else an interpolation is next to it,
 * and one space is kept there).
 */
export function minifyCss(text, first = true, last = true) {
  let out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

export function minifyCssLiterals() {
  return {
    name: 'tamis-minify-css',
    transform(code, id) {
      if (!/[\\/]components[\\/].*\.ts$/.test(id) || !code.includes('`')) return null;
      const out = new MagicString(code);
      walk(this.parse(code), { enter(node) {
        if (node.type !== 'TemplateLiteral') return;
        const { quasis } = node;
        const raw = quasis.map((q) => q.value.raw);
        // Escapes would need cooking; CSS here has none.
        if (!RULE.test(raw.join('')) || raw.some((r) => r.includes('\\'))) return;
        quasis.forEach((q, i) => {
          const css = minifyCss(q.value.raw, i == 0, i == quasis.length - 1);
          if (css == q.value.raw) return;
          if (css) out.overwrite(q.start, q.end, css);
          else out.remove(q.start, q.end);
        });
      } });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
