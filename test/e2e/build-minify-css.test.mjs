// The build's CSS minifier (scripts/rollup-minify-css.mjs): what it may and may not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss } from '../../scripts/rollup-minify-css.mjs';

test('drops comments and white space around braces, semicolons, commas and after colons', () => {
  const css = `
    /* Fixed, so showing it shifts nothing (CLS). */
    :host([layout='box']) {
      inset: auto 1rem 1rem auto;
      font: var(--size) / 1.45 var(--font);
    }
    h2,
    h3 { margin: 0; }
  `;
  assert.equal(minifyCss(css), ":host([layout='box']){inset:auto 1rem 1rem auto;font:var(--size) / 1.45 var(--font)}h2,h3{margin:0}");
});

test('keeps the space before a colon (a descendant pseudo-class) and quoted strings as written', () => {
  assert.equal(minifyCss(".row :focus-visible { content: ' ;  , { ' }"), ".row :focus-visible{content:' ;  , { '}");
  assert.equal(minifyCss('@media (width < 40rem) { a { b: calc(100% - 2rem) } }'), '@media (width < 40rem){a{b:calc(100% - 2rem)}}');
});

test('keeps one space where an interpolation is next to the text', () => {
  assert.equal(minifyCss('  a { color: ', true, false), 'a{color:');
  assert.equal(minifyCss(' ; }\n  ', false, true), '}');
  assert.equal(minifyCss('  \n  ', false, false), ' ');
});
