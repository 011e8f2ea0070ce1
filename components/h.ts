/** What `h()` accepts as a child: falsy values are skipped, so `cond && h(…)` reads like a template. */
export type Child = Node | string | false | null | undefined;

/**
 * Builds an element without a template engine, for the elements drawn without Lit (the banner and
 * the placeholder, on the first-visit path). Text goes in as text nodes, never as markup, so texts
 * from the config cannot inject HTML. `on…` keys add listeners; other keys set attributes.
 */
export function h(tag: string, props: Record<string, string | EventListener> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props))
    if (typeof value == 'function') element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value);
  element.append(...children.filter((child): child is Node | string => !!child));
  return element;
}
