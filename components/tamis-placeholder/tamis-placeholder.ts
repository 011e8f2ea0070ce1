import { css, html } from 'lit';
import type { PurposeId, TamisApi } from '../../src/types.js';
import { TamisElement } from '../tamis-element.js';
import type { Translator } from '../i18n/texts.js';
import { theme } from '../styles/theme.js';
import { vendorName } from '../vendor-details.js';

/**
 * @tagname tamis-placeholder
 * @summary Stands in for a blocked iframe (a video, a map, a post): names the vendor and the
 * purpose it needs and offers to allow that vendor alone and load it.
 *
 * The UI inserts it, sized like the iframe, right before each iframe the blocker blanked
 * (place.ts); once the vendor is allowed the blocker releases the iframe and removes the placeholder.
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
export class TamisPlaceholder extends TamisElement {
  static override properties = { vendor: {}, purpose: {} };
  declare vendor: string | null;
  declare purpose: string | null;

  static override styles = [
    theme,
    css`
      :host {
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
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    // The blocker may size it with the iframe's width/height attributes rather than CSS.
    for (const side of ['width', 'height'] as const) {
      const value = this.getAttribute(side);
      if (value && !this.style[side]) this.style[side] = /^\d+$/.test(value) ? `${value}px` : value;
    }
  }

  protected content(api: TamisApi, t: Translator) {
    const id = this.vendor ?? '';
    const vendor = api.purposes.flatMap((purpose) => purpose.vendors).find((v) => v.id === id);
    // A vendor the site does not list is named by its id, as in the runtime's console warning.
    const name = vendor ? vendorName(vendor, this) : id;
    const purpose = (this.purpose ?? vendor?.purpose ?? 'social') as PurposeId;
    // What blocked content says is no search snippet for the page either.
    return html`<div part="placeholder" data-nosnippet>
      <p part="text">${t('placeholder', { vendor: name, purpose: this.label(purpose) })}</p>
      <button
        part="button"
        @click=${async () => api.setConsent({}, { [id]: true }, { method: 'custom', textsHash: await t.hash, texts: t.json })}
      >
        ${t('placeholderLoad', { vendor: name })}
      </button>
    </div>`;
  }
}
