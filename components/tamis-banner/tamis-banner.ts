import { html } from 'lit';
import type { Consent, TamisApi } from '../../src/types.js';
import { TamisElement } from '../tamis-element.js';
import type { Translator } from '../i18n/texts.js';
import { keepFocusVisible } from './unobscure.js';
import { bannerStyles } from './tamis-banner.styles.js';

/**
 * @tagname tamis-banner
 * @summary First-layer consent banner: Accept all, Reject all and Customize, with equal weight for
 * accepting and refusing (CNIL 2020-092; EDPB cookie banner taskforce 2023, practices A–E).
 *
 * The runtime inserts it into `<body>` when there is no valid decision; it removes itself once a
 * decision is recorded. It never blocks the page (no cookie wall) and keeps the focused element
 * visible (WCAG 2.4.11).
 *
 * @attr layout - `bar` (bottom), `box` (bottom corner) or `center`; defaults to `ui.layout`.
 * @attr theme - `light` or `dark` forces a scheme; defaults to `ui.theme`.
 *
 * @csspart banner - The banner box (a labelled region).
 * @csspart title - The heading.
 * @csspart text - The explanation, with the purposes in use and the policy link.
 * @csspart notice - The Global Privacy Control notice.
 * @csspart link - The privacy-policy link.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart accept - The Accept all button.
 * @csspart reject - The Reject all button.
 * @csspart customize - The Customize button.
 * @csspart continue - The Continue without accepting button (`ui.continueWithoutAccepting`).
 *
 * @cssproperty --tamis-bg - Background colour.
 * @cssproperty --tamis-fg - Text colour.
 * @cssproperty --tamis-muted - Secondary text colour.
 * @cssproperty --tamis-accent - Button and link colour.
 * @cssproperty --tamis-on-accent - Text colour on accent buttons.
 * @cssproperty --tamis-focus - Focus ring colour.
 * @cssproperty --tamis-border - Control border colour.
 * @cssproperty --tamis-font - Font family.
 * @cssproperty --tamis-font-size - Base font size.
 * @cssproperty --tamis-radius - Corner radius.
 * @cssproperty --tamis-shadow - Box shadow.
 * @cssproperty --tamis-z-index - Stacking order.
 */
export class TamisBanner extends TamisElement {
  static override styles = bannerStyles;
  private release?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('layout')) this.setAttribute('layout', this.tamis.api?.config.ui.layout ?? 'bar');
    // Search engines must not quote the banner as the page's snippet (Google: `data-nosnippet`
    // on div, span and section elements; the host carries it too, for crawlers that flatten).
    this.setAttribute('data-nosnippet', '');
  }

  override firstUpdated(): void {
    this.release = keepFocusVisible(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release?.();
    this.release = undefined;
  }

  protected override consentChanged(consent: Consent | null): void {
    if (consent) this.remove();
  }

  private async decide(choice: 'acceptAll' | 'rejectAll'): Promise<void> {
    const { api, t } = this.tamis;
    api![choice]({ textsHash: await t!.hash, texts: t!.json });
  }

  protected content(api: TamisApi, t: Translator) {
    const purposes = api.purposes.filter((p) => p.rule !== 'locked').map((p) => this.label(p.id));
    const { ui, policyUrl } = api.config;
    // "Continue without accepting" sits first, top right, where the CNIL's examples put it.
    return html`<section part="banner" aria-labelledby="title" data-nosnippet>
      ${ui.continueWithoutAccepting
        ? html`<button part="button continue" class="link" @click=${() => this.decide('rejectAll')}>
            ${t('continueWithoutAccepting')} <span aria-hidden="true">→</span>
          </button>`
        : ''}
      <h2 id="title" part="title">${t('bannerTitle')}</h2>
      <div part="text">
        <p>
          ${t('bannerText', {
            purposes: new Intl.ListFormat(t.lang, { type: 'conjunction' }).format(purposes),
            preferences: t('preferencesTitle'),
          })}
          ${policyUrl ? html`<a part="link" href=${policyUrl}>${t('policyLink')}</a>` : ''}
        </p>
        ${api.gpc ? html`<p part="notice">${t('gpc')}</p>` : ''}
      </div>
      <div part="actions">
        <button part="button accept" @click=${() => this.decide('acceptAll')}>${t('acceptAll')}</button>
        <button part="button reject" @click=${() => this.decide('rejectAll')}>${t('rejectAll')}</button>
        <button part="button customize" class="secondary" @click=${() => api.showPreferences()}>
          ${t('customize')}
        </button>
      </div>
    </section>`;
  }
}
