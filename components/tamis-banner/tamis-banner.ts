import type { Consent, TamisApi } from '../../src/types.js';
import { TamisLightElement } from '../light-element.js';
import type { Translator } from '../i18n/texts.js';
import { h } from '../h.js';
import { keepFocusVisible } from './unobscure.js';
import { bannerStyles } from './tamis-banner.styles.js';

/**
 * @tagname tamis-banner
 * @summary First-layer consent banner: Accept all, Reject all and Customize, with equal weight for
 * accepting and refusing (CNIL 2020-092; EDPB cookie banner taskforce 2023, practices A–E).
 *
 * The runtime inserts it into `<body>` when there is no valid decision; it removes itself once a
 * decision is recorded. It never blocks the page (no cookie wall) and keeps the focused element
 * visible (WCAG 2.4.11). Drawn with the DOM, without Lit (light-element.ts): it is what a first
 * visit downloads (dist/tamis-banner.js).
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
export class TamisBanner extends TamisLightElement {
  static override css = bannerStyles;
  private release?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('layout')) this.setAttribute('layout', this.api?.config.ui.layout ?? 'bar');
    // Search engines must not quote the banner as the page's snippet (Google: `data-nosnippet`
    // on div, span and section elements; the host carries it too, for crawlers that flatten).
    this.setAttribute('data-nosnippet', '');
  }

  protected override firstDrawn(): void {
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

  protected content(api: TamisApi, t: Translator): HTMLElement {
    const purposes = api.purposes.filter((p) => p.rule !== 'locked').map((p) => this.label(p.id));
    const { ui, policyUrl } = api.config;
    const decide = (choice: 'acceptAll' | 'rejectAll') => async () => api[choice]({ textsHash: await t.hash, texts: t.json });
    const button = (part: string, text: string, onclick: EventListener, secondary?: boolean) =>
      h('button', { part: `button ${part}`, ...(secondary && { class: 'secondary' }), onclick }, text);
    // "Continue without accepting" sits first, top right, where the CNIL's examples put it.
    return h(
      'section',
      { part: 'banner', 'aria-labelledby': 'title', 'data-nosnippet': '' },
      ui.continueWithoutAccepting &&
        h(
          'button',
          { part: 'button continue', class: 'link', onclick: decide('rejectAll') },
          t('continueWithoutAccepting') + ' ',
          h('span', { 'aria-hidden': 'true' }, '→'),
        ),
      h('h2', { id: 'title', part: 'title' }, t('bannerTitle')),
      h(
        'div',
        { part: 'text' },
        h(
          'p',
          {},
          t('bannerText', {
            // A list after a colon, with the language's comma: `Intl.ListFormat` ("A, B, and C")
            // cost the first draw 12–30 ms of ICU set-up on the critical path (issue 13).
            purposes: purposes.join(t.lang == 'ar' ? '، ' : ', '),
            preferences: t('preferencesTitle'),
          }),
          policyUrl && ' ',
          policyUrl && h('a', { part: 'link', href: policyUrl }, t('policyLink')),
        ),
        api.gpc && h('p', { part: 'notice' }, t('gpc')),
      ),
      h(
        'div',
        { part: 'actions' },
        button('accept', t('acceptAll'), decide('acceptAll')),
        button('reject', t('rejectAll'), decide('rejectAll')),
        button('customize', t('customize'), () => api.showPreferences(), true),
      ),
    );
  }
}
