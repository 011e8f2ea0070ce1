/** What `h()` accepts as a child: falsy values are skipped, so `cond && h(…)` reads like a template. */
export type Child = Node | string | false | null | undefined;

/**
 * Builds an element without a template engine, for the elements drawn without Lit (the placeholder,
 * on the returning visitor's path: dist/tamis-placeholder.js). Text goes in as text nodes, never as
 * markup, so texts from the config cannot inject HTML. `on…` keys add listeners; others set attributes.
 */
export function h(tag: string, props: Record<string, string | EventListener> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props))
    if (typeof value == 'function') element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value);
  element.append(...children.filter((child): child is Node | string => !!child));
  return element;
}
