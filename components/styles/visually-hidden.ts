/**
 * Declarations that hide an element from sight but keep it in the accessibility tree (read by
 * screen readers), as a string to put inside a rule: `.sr` (theme-text.ts) and the cookie table's
 * column headers on a narrow screen (a container query, which no class can express). `clip-path`
 * rather than the deprecated `clip`; `white-space: nowrap` so that a 1px box does not wrap the text
 * into a column of words read one by one (some screen readers do). Written minified: the CSS
 * minifier (scripts/rollup-minify-css.mjs) only rewrites literals that hold a whole rule.
 */
export const visuallyHidden = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
