/**
 * Texts of a shadow root not inside a `data-nosnippet` div, span or section, the elements Google
 * reads the attribute on (Search Central, "Robots meta tag, data-nosnippet and X-Robots-Tag").
 */
export function textsOutsideNoSnippet(root: ShadowRoot): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const outside: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent!.trim() && !node.parentElement!.closest('div[data-nosnippet], span[data-nosnippet], section[data-nosnippet]'))
      outside.push(node.textContent!.trim());
  return outside;
}
