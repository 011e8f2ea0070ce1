import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DecisionDetails, PurposeInfo, TamisApi, VendorDefinition } from '../../src/types.js';
import { TamisElement } from '../tamis-element.js';
import type { Translator } from '../i18n/texts.js';
import { deepActiveElement } from '../tamis.js';
import { cookieName } from '../cookie-name.js';
import { formatLifetime } from '../lifetime.js';
import { anchor } from './anchor.js';
import { vendorName, withDetails } from '../vendor-details.js';
import { currentChoices, setPurpose, setVendor, type Choices } from './choices.js';
import { preferencesStyles } from './tamis-preferences.styles.js';

/**
 * @tagname tamis-preferences
 * @summary Second-layer preferences: a modal `<dialog>` with one switch per purpose in use and
 * per vendor, vendor details in a popover, and Accept all, Reject all and Save choices.
 *
 * The runtime inserts it and calls `show()` (from Customize, `showPreferences()` or
 * `data-tamis-open`). Esc or Close leaves without recording anything; focus returns to the
 * element that opened it (WCAG 2.4.3, ARIA APG dialog pattern). A polite live region announces
 * "Your choices have been saved" (WCAG 4.1.3).
 *
 * @event tamis-show - The dialog opened.
 * @event tamis-after-hide - The dialog closed and focus went back to the opener.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart header - Title and close button.
 * @csspart title - The heading.
 * @csspart close - The close button.
 * @csspart body - The scrolling list of purposes.
 * @csspart notice - The Global Privacy Control notice.
 * @csspart purpose - One purpose.
 * @csspart label - A purpose or vendor name next to its switch.
 * @csspart switch - Every switch (a checkbox with `role="switch"`).
 * @csspart always-on - "Always on", next to a locked purpose.
 * @csspart description - A purpose's description.
 * @csspart vendors - The expandable list of a purpose's vendors.
 * @csspart vendor - One vendor row.
 * @csspart details - A vendor's Details button.
 * @csspart popover - The vendor details popover.
 * @csspart footer - The row of decision buttons.
 * @csspart button - Every button.
 * @csspart accept - Accept all.
 * @csspart reject - Reject all.
 * @csspart save - Save choices.
 * @csspart link - Links.
 *
 * @cssproperty --tamis-bg - Background colour.
 * @cssproperty --tamis-fg - Text colour.
 * @cssproperty --tamis-muted - Secondary text colour.
 * @cssproperty --tamis-accent - Button, link and switch-on colour.
 * @cssproperty --tamis-on-accent - Text colour on accent buttons.
 * @cssproperty --tamis-focus - Focus ring colour.
 * @cssproperty --tamis-border - Switch and separator colour.
 * @cssproperty --tamis-font - Font family.
 * @cssproperty --tamis-font-size - Base font size.
 * @cssproperty --tamis-radius - Corner radius.
 * @cssproperty --tamis-shadow - Box shadow.
 */
export class TamisPreferences extends TamisElement {
  static override styles = preferencesStyles;
  private choices?: Choices;
  private opener: HTMLElement | null = null;
  private announcement = '';
  private shown?: VendorDefinition;
  private unanchor?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Never a search snippet: Google reads `data-nosnippet` on div, span and section elements, so
    // every text of the dialog sits in a div that carries it.
    this.setAttribute('data-nosnippet', '');
  }

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog on the current choices and remembers what had focus. */
  async show(): Promise<void> {
    if (!this.tamis.api) return;
    this.opener = deepActiveElement();
    this.announcement = '';
    this.choices = this.tamis.api && currentChoices(this.tamis.api);
    this.requestUpdate();
    // The texts of another language may still be loading: wait for the dialog to exist.
    while (!this.dialog) {
      if (!this.isConnected) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.dispatchEvent(new Event('tamis-show', { bubbles: true, composed: true }));
  }

  /** Closes the dialog without recording anything. */
  hide(): void {
    this.dialog?.close();
  }

  private onClose = () => {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
    this.dispatchEvent(new Event('tamis-after-hide', { bubbles: true, composed: true }));
  };

  private async decide(decision: (details: DecisionDetails) => void): Promise<void> {
    decision({ textsHash: await this.tamis.t!.hash, texts: this.tamis.t!.json });
    this.hide();
    this.announcement = this.tamis.t!('saved');
    this.requestUpdate();
  }

  private save = () => {
    const { purposes, vendors } = this.choices!;
    const toggleable = Object.fromEntries(
      this.tamis.api!.purposes.filter((p) => p.rule !== 'locked').map((p) => [p.id, purposes[p.id]]),
    );
    void this.decide((details) => this.tamis.api!.setConsent(toggleable, vendors, { method: 'custom', ...details }));
  };

  private async details(vendor: VendorDefinition, button: HTMLElement): Promise<void> {
    const popover = this.renderRoot.querySelector<HTMLElement>('[popover]')!;
    const open = popover.matches(':popover-open');
    if (open && this.shown?.id === vendor.id) return popover.hidePopover();
    this.shown = await withDetails(vendor);
    this.requestUpdate();
    await this.updateComplete;
    // `source` makes the button the popover's invoker: Tab moves from it into the popover.
    if (!open) (popover.showPopover as (options?: { source?: HTMLElement }) => void)({ source: button });
    this.unanchor?.();
    this.unanchor = await anchor(button, popover);
  }

  private onToggle = (event: ToggleEvent) => {
    if (event.newState !== 'closed') return;
    this.unanchor?.();
    this.unanchor = this.shown = undefined;
    this.requestUpdate();
  };

  private switch(id: string, label: string, on: boolean, locked: boolean, change: (on: boolean) => void, describedBy = '') {
    return html`<input
        type="checkbox"
        role="switch"
        part="switch"
        id=${id}
        .checked=${live(on)}
        ?disabled=${locked}
        aria-describedby=${describedBy || nothing}
        @change=${(event: Event) => {
          change((event.target as HTMLInputElement).checked);
          this.requestUpdate();
        }}
      /><label part="label" for=${id}>${label}</label>`;
  }

  private purpose(purpose: PurposeInfo, t: Translator) {
    const choices = this.choices!;
    const locked = purpose.rule === 'locked';
    const id = purpose.id;
    return html`<section part="purpose">
      <div class="row">
        ${this.switch(`p-${id}`, this.label(id), !!choices.purposes[id], locked, (on) => setPurpose(choices, purpose, on), `d-${id}`)}
        ${locked ? html`<span part="always-on">${t('alwaysOn')}</span>` : ''}
      </div>
      <p part="description" id=${`d-${id}`}>${t(`purpose.${id}.text`)}</p>
      ${purpose.vendors.length
        ? html`<details part="vendors">
            <summary>${t('partners', { count: purpose.vendors.length })}</summary>
            <ul>
              ${purpose.vendors.map(
                (vendor) => html`<li part="vendor" class="row">
                  ${this.switch(`v-${vendor.id}`, vendorName(vendor, this), !!choices.vendors[vendor.id], locked, (on) =>
                    setVendor(choices, purpose, vendor.id, on),
                  )}
                  <button
                    part="button details"
                    class="secondary"
                    aria-expanded=${this.shown?.id === vendor.id}
                    aria-controls="popover"
                    @click=${(event: Event) => this.details(vendor, event.currentTarget as HTMLElement)}
                  >
                    ${t('details')}<span class="sr">: ${vendorName(vendor, this)}</span>
                  </button>
                </li>`,
              )}
            </ul>
          </details>`
        : ''}
    </section>`;
  }

  private vendorPopover(t: Translator) {
    const vendor = this.shown;
    return html`<div id="popover" popover part="popover" data-nosnippet role="dialog" aria-labelledby="popover-title" @toggle=${this.onToggle}>
      ${vendor
        ? html`<h3 id="popover-title">${vendor.name}</h3>
            ${vendor.description ? html`<p>${vendor.description}</p>` : ''}
            <dl>
              <dt>${t('company')}</dt>
              <dd>${vendor.company}</dd>
              <dt>${t('purpose')}</dt>
              <dd>${this.label(vendor.purpose)}</dd>
              <dt>${t('cookies')}</dt>
              <dd>
                ${vendor.cookies.length
                  ? html`<ul>
                      ${vendor.cookies.map(
                        (cookie) =>
                          html`<li><code>${cookieName(cookie.name)}</code> · ${formatLifetime(cookie.lifetime, t.lang, t('session'))}</li>`,
                      )}
                    </ul>`
                  : t('none')}
              </dd>
            </dl>
            ${vendor.policyUrl ? html`<a part="link" href=${vendor.policyUrl} target="_blank" rel="noopener">${t('policyLink')}</a>` : ''}`
        : ''}
    </div>`;
  }

  protected content(api: TamisApi, t: Translator) {
    return html`<dialog part="dialog" aria-labelledby="title" data-nosnippet @close=${this.onClose}>
        ${this.choices
          ? html`<div part="header" data-nosnippet>
                <h2 id="title" part="title">${t('preferencesTitle')}</h2>
                <button part="button close" class="secondary" @click=${() => this.hide()}>
                  <span aria-hidden="true">×</span><span class="sr">${t('close')}</span>
                </button>
              </div>
              <div part="body" data-nosnippet>
                <p>${t('preferencesText', { duration: formatLifetime(`${api.config.retentionMonths} months`, t.lang, ''), months: api.config.retentionMonths })}</p>
                ${api.gpc ? html`<p part="notice">${t('gpc')}</p>` : ''}
                ${api.purposes.map((purpose) => this.purpose(purpose, t))}
              </div>
              <div part="footer" data-nosnippet>
                <button part="button accept" @click=${() => this.decide((details) => api.acceptAll(details))}>
                  ${t('acceptAll')}
                </button>
                <button part="button reject" @click=${() => this.decide((details) => api.rejectAll(details))}>
                  ${t('rejectAll')}
                </button>
                <button part="button save" class="secondary" @click=${this.save}>${t('save')}</button>
              </div>
              ${this.vendorPopover(t)}`
          : ''}
      </dialog>
      <div role="status" aria-live="polite" class="sr" data-nosnippet>${this.announcement}</div>`;
  }
}
