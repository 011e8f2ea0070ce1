import { css, html } from 'lit';
import type { TamisApi } from '../../src/types.js';
import { TamisElement } from '../tamis-element.js';
import type { Translator } from '../i18n/texts.js';
import { theme } from '../styles/theme.js';

/**
 * @tagname tamis-preferences-link
 * @summary A floating button, on every page, that reopens the cookie preferences: withdrawing
 * consent must be as easy as giving it (GDPR art. 7(3); CNIL 2020-092).
 *
 * Shown by the runtime when `ui.preferencesLink` is set. A footer link with `data-tamis-open`
 * does the same without this element.
 *
 * @attr position - `left` or `right` (default: `ui.preferencesLink`, else right).
 *
 * @csspart button - The button.
 *
 * @cssproperty --tamis-accent - Button colour.
 * @cssproperty --tamis-on-accent - Icon colour.
 * @cssproperty --tamis-focus - Focus ring colour.
 * @cssproperty --tamis-z-index - Stacking order.
 */
export class TamisPreferencesLink extends TamisElement {
  static override styles = [
    theme,
    css`
      :host {
        position: fixed;
        z-index: calc(var(--tamis-z-index) - 1);
        bottom: 1rem;
        right: 1rem;
      }
      :host([position='left']) {
        right: auto;
        left: 1rem;
      }
      button {
        border-radius: 50%;
        padding: 0.5rem;
        box-shadow: var(--tamis-shadow);
      }
      svg {
        display: block;
        width: 1.5rem;
        height: 1.5rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    const side = this.tamis.api?.config.ui.preferencesLink;
    if (!this.hasAttribute('position') && side === 'left') this.setAttribute('position', side);
  }

  protected content(api: TamisApi, t: Translator) {
    return html`<button part="button" aria-label=${t('preferencesTitle')} title=${t('preferencesTitle')} @click=${() => api.showPreferences()}>
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
        <path
          d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm1 6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6-1a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"
        />
      </svg>
    </button>`;
  }
}
