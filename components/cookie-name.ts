/**
 * A cookie name readable by a visitor: catalog RegExps for cookie families such as
 * `/^_ga_[A-Z0-9]+$/` or `/^_hjSession_/` become `_ga_*`, `_hjSession_*` (anchors dropped, variable
 * parts and open ends shown as `*`, escapes undone).
 */
export function cookieName(name: string | RegExp): string {
  if (typeof name === 'string') return name;
  // Without a closing `$` the RegExp matches every name that starts this way.
  let source = name.source.endsWith('$') ? name.source : `${name.source}.*`;
  // Groups (alternatives, lookaheads) are variable parts: fold them from the innermost out.
  while (/\([^()]*\)/.test(source)) source = source.replace(/\([^()]*\)(\{[\d,]+\}|[+*?])?/g, '*');
  return source
    .replace(/^\^|\$$/g, '')
    .replace(
      // An escape, or a variable part (class, any-char) with an optional quantifier.
      /\\(.)(\{[\d,]+\}|[+*?])?|(\[[^\]]*\]|\.)(\{[\d,]+\}|[+*?])?/g,
      (_, escaped?: string) => (escaped && !/[dwsDWS]/.test(escaped) ? escaped : '*'),
    )
    .replace(/\*+/g, '*');
}
