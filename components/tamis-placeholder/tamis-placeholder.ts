import type { PurposeId, TamisApi } from '../../src/types.js';
import { TamisLightElement } from '../light-element.js';
import type { Translator } from '../i18n/texts.js';
import { themeBase } from '../styles/theme-text.js';
import { h } from '../h.js';
import { catalogName } from '../vendor-names.js';
import { reportMissingFile } from '../../src/missing-file.js';

/**
 * @tagname tamis-placeholder
 * @summary Stands in for a blocked iframe (a video, a map, a post): names the vendor and the
 * purpose it needs and offers to allow that vendor alone and load it.
 *
 * The UI inserts it, sized like the iframe, right before each iframe the blocker blanked
 * (place.ts); once the vendor is allowed the blocker releases the iframe and removes the placeholder.
 * Drawn without Lit (light-element.ts): a returning visitor's page with blocked embeds loads it
 * alone, as dist/tamis-placeholder.js.
 *
 * @attr vendor - Catalog id of the blocked vendor, e.g. `youtube`.
 * @attr purpose - The purpose the vendor serves, e.g. `social`.
 *
 * @csspart placeholder - The box.
 * @csspart text - The explanation.
 * @csspart button - The allow-and-load button.
 *
 * @cssproperty --tamis-placeholder-bg - Background of the box; by default `--tamis-bg` shaded 6% toward `--tamis-fg`.
 * @cssproperty --tamis-bg - Background colour the box is shaded from.
 * @cssproperty --tamis-fg - Text colour.
 * @cssproperty --tamis-accent - Button colour.
 * @cssproperty --tamis-on-accent - Button text colour.
 * @cssproperty --tamis-border - Border colour.
 * @cssproperty --tamis-radius - Corner radius.
 * @cssproperty --tamis-font - Font family.
 * @cssproperty --tamis-font-size - Base font size.
 */
export class TamisPlaceholder extends TamisLightElement {
  static observedAttributes = ['vendor', 'purpose'];

  static override css =
    themeBase +
    `:host {
  display: inline-block;
  vertical-align: top;
  max-width: 100%;
  min-height: 10rem;
}
[part='placeholder'] {
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 0.75rem;
  height: 100%;
  min-height: inherit;
  padding: 1rem;
  text-align: center;
  border: 1px dashed var(--tamis-border);
  border-radius: var(--tamis-radius);
  /* The banner's colours, a shade apart from the page: a site that themes tamis themes this too. */
  background: var(--tamis-placeholder-bg, color-mix(in srgb, var(--tamis-fg) 6%, var(--tamis-bg)));
}`;

  /** Catalog names being fetched, by id; `known` once arrived (`undefined`: the catalog lacks it). */
  private static names = new Map<string, Promise<unknown>>();
  private static known = new Map<string, string | undefined>();

  override connectedCallback(): void {
    super.connectedCallback();
    // The blocker may size it with the iframe's width/height attributes rather than CSS.
    for (const side of ['width', 'height'] as const) {
      const value = this.getAttribute(side);
      if (value && !this.style[side]) this.style[side] = /^\d+$/.test(value) ? `${value}px` : value;
    }
  }

  /**
   * The vendor's name: the site's own, else the catalog's (fetched, then drawn again). A vendor the
   * site does not list is named by its id, as in the runtime's console warning.
   */
  private name(api: TamisApi, id: string): string {
    const vendor = api.purposes.flatMap((purpose) => purpose.vendors).find((v) => v.id === id);
    if (!vendor) return id;
    if (vendor.name) return vendor.name;
    const { names, known } = TamisPlaceholder;
    if (!known.has(id)) {
      let fetching = names.get(id);
      if (!fetching)
        names.set(
          id,
          (fetching = catalogName(id).then(
            (name) => known.set(id, name),
            (error) => (reportMissingFile(error, `the name of ${id}`), known.set(id, undefined)),
          )),
        );
      void fetching.then(() => this.requestUpdate());
    }
    return known.get(id) ?? id;
  }

  protected content(api: TamisApi, t: Translator): HTMLElement {
    const id = this.getAttribute('vendor') ?? '';
    const name = this.name(api, id);
    const purpose = (this.getAttribute('purpose') ?? api.purposes.find((p) => p.vendors.some((v) => v.id == id))?.id ?? 'social') as PurposeId;
    // What blocked content says is no search snippet for the page either.
    return h(
      'div',
      { part: 'placeholder', 'data-nosnippet': '' },
      h('p', { part: 'text' }, t('placeholder', { vendor: name, purpose: this.label(purpose) })),
      h(
        'button',
        { part: 'button', onclick: async () => api.setConsent({}, { [id]: true }, { method: 'custom', textsHash: await t.hash, texts: t.json }) },
        t('placeholderLoad', { vendor: name }),
      ),
    );
  }
}
