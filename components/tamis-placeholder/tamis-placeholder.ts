import type { PurposeId, TamisApi } from '../../src/types.js';
import { TamisLightElement } from '../light-element.js';
import type { Translator } from '../i18n/texts.js';
import { h } from '../h.js';
import { themeBase } from '../styles/theme-base.js';
import { catalogName } from '../vendor-names.js';

/**
 * @summary Stands in for a blocked iframe (a video, a map, a post): names the vendor and the
 * purpose it needs and offers to allow that vendor alone and load it.
 *
 * The UI inserts it, sized like the iframe, right before each iframe the blocker blanked
 * (place.ts); once the vendor is allowed the blocker releases the iframe and removes the placeholder.
 * Drawn without Lit (light-element.ts): a returning visitor who refused gets it from
 * dist/tamis-placeholder.js, without the banner nor the rest of the UI.
 *
 * @attr vendor - Catalog id of the blocked vendor, e.g. `youtube`.
 * @attr purpose - The purpose the vendor serves, e.g. `social`.
 * @attr theme - `light` or `dark` forces a scheme; defaults to `ui.theme`.
 *
 * @csspart placeholder - The box.
 * @csspart text - The explanation.
 * @csspart button - The allow-and-load button.
 *
 * @cssproperty --tamis-placeholder-bg - Background of the box; defaults to the theme's background
 *   tinted with its text colour.
 * @cssproperty --tamis-bg - Background colour the default is made from.
 * @cssproperty --tamis-fg - Text colour.
 * @cssproperty --tamis-accent - Button colour.
 * @cssproperty --tamis-on-accent - Button text colour.
 * @cssproperty --tamis-border - Border colour.
 * @cssproperty --tamis-radius - Corner radius.
 */
/** Catalog names fetched so far, by id (`undefined`: not in the catalog). */
const names: Record<string, string | undefined> = {};

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
      /* The theme's colours, so a dark or rebranded theme gets a matching box. */
      background: var(--tamis-placeholder-bg, color-mix(in srgb, var(--tamis-bg), var(--tamis-fg) 7%));
    }`;

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The blocker may size it with the iframe's width/height attributes rather than CSS.
    for (const side of ['width', 'height'] as const) {
      const value = this.getAttribute(side);
      if (value && !this.style[side]) this.style[side] = /^\d+$/.test(value) ? `${value}px` : value;
    }
  }

  /** The vendor, when the site lists it. */
  private listed(api: TamisApi) {
    return api.purposes.flatMap((purpose) => purpose.vendors).find((v) => v.id == this.getAttribute('vendor'));
  }

  /** A listed catalog vendor has no name in tamis.js: fetch it before drawing. */
  protected override prepare(api: TamisApi): Promise<unknown> | void {
    const vendor = this.listed(api);
    if (vendor && !vendor.name && !(vendor.id in names)) return catalogName(vendor.id).then((name) => (names[vendor.id] = name));
  }

  protected content(api: TamisApi, t: Translator): HTMLElement {
    const id = this.getAttribute('vendor') ?? '';
    const vendor = this.listed(api);
    // A vendor the site does not list is named by its id, as in the runtime's console warning.
    const name = vendor ? vendor.name || names[id] || id : id;
    const purpose = (this.getAttribute('purpose') ?? vendor?.purpose ?? 'social') as PurposeId;
    return h(
      'div',
      { part: 'placeholder' },
      h('p', { part: 'text' }, t('placeholder', { vendor: name, purpose: this.label(purpose) })),
      h(
        'button',
        { part: 'button', onclick: async () => api.setConsent({}, { [id]: true }, { method: 'custom', textsHash: await t.hash }) },
        t('placeholderLoad', { vendor: name }),
      ),
    );
  }
}
