/**
 * A cookie name readable by a visitor: catalog RegExps for cookie families such as
 * `/^_ga_[A-Z0-9]+$/` become `_ga_*` (anchors dropped, variable parts shown as `*`, escapes undone).
 */
export function cookieName(name: string | RegExp): string {
  if (typeof name === 'string') return name;
  return name.source
    .replace(/^\^|\$$/g, '')
    .replace(
      // An escape, or a variable part (class, any-char, group) with an optional quantifier.
      /\\(.)(\{[\d,]+\}|[+*?])?|(\[[^\]]*\]|\.|\([^)]*\))(\{[\d,]+\}|[+*?])?/g,
      (_, escaped?: string) => (escaped && !/[dwsDWS]/.test(escaped) ? escaped : '*'),
    )
    .replace(/\*+/g, '*');
}
