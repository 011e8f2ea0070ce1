import { css, html, unsafeCSS } from 'lit';
import type { CookieDefinition, PurposeInfo, TamisApi, VendorDefinition } from '../../src/types.js';
import { TamisElement } from '../tamis-element.js';
import type { Translator } from '../i18n/texts.js';
import { theme } from '../styles/theme.js';
import { visuallyHidden } from '../styles/visually-hidden.js';
import { cookieName } from '../cookie-name.js';
import { formatLifetime } from '../lifetime.js';
import { vendorName, withDetails } from '../vendor-details.js';

/**
 * @tagname tamis-cookie-table
 * @summary For the privacy-policy page: one table per purpose in use listing its vendors and the
 * cookies they set (name, lifetime, use, provider and company, first or third party), built from
 * the site's config and the vendor catalog, so the policy never drifts from what is blocked.
 *
 * The strictly necessary table always lists tamis' own consent cookie.
 *
 * @csspart purpose - The section of one purpose.
 * @csspart description - The purpose's description.
 * @csspart table - Each `<table>`.
 * @csspart caption - Each caption.
 * @csspart link - Links to vendors' privacy policies.
 *
 * @cssproperty --tamis-border - Rule colour.
 * @cssproperty --tamis-accent - Link colour.
 * @cssproperty --tamis-font - Font family.
 */
export class TamisCookieTable extends TamisElement {
  static override styles = [
    theme,
    css`
      /* Part of the site's page, not an overlay: its colours and scheme are the page's. */
      :host {
        display: grid;
        gap: 1.5rem;
        color: inherit;
        color-scheme: inherit;
        font: inherit;
      }
      [part='purpose'] {
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      caption {
        text-align: start;
        font-weight: 700;
        font-size: 1.125rem;
        padding-bottom: 0.25rem;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.5rem;
        border-bottom: 1px solid var(--tamis-border);
      }
      small {
        display: block;
        color: var(--tamis-muted);
      }
      /* Narrow (a phone, a sidebar): each row becomes a block of label/value lines instead of
         five squeezed columns, so no column is hidden nor scrolled out of view. A container query:
         the table's own width decides, wherever the site puts it. The column headers stay in the
         accessibility tree (visually hidden); each cell shows its header as a label. */
      :host {
        container-type: inline-size;
      }
      @container (max-width: 36rem) {
        thead {
          ${unsafeCSS(visuallyHidden)}
        }
        tr {
          display: block;
          padding: 0.5rem 0;
          border-bottom: 1px solid var(--tamis-border);
        }
        tbody th,
        tbody td {
          display: grid;
          grid-template-columns: minmax(6rem, 35%) 1fr;
          gap: 0.75rem;
          border: 0;
          padding: 0.25rem 0;
        }
        tbody th::before,
        tbody td::before {
          content: attr(data-label);
          font-weight: 600;
        }
      }
    `,
  ];

  /** The purposes' vendors with lifetimes, companies and policies, once fetched. */
  private full?: Map<string, VendorDefinition>;

  override connectedCallback(): void {
    super.connectedCallback();
    const vendors = this.tamis.api?.purposes.flatMap((purpose) => purpose.vendors) ?? [];
    void Promise.all(vendors.map(withDetails)).then((full) => {
      this.full = new Map(full.map((vendor) => [vendor.id, vendor]));
      this.requestUpdate();
    });
  }

  private rows(purpose: PurposeInfo, api: TamisApi, t: Translator) {
    type Row = [CookieDefinition | undefined, VendorDefinition | undefined];
    const rows = purpose.vendors.map((vendor) => this.full?.get(vendor.id) ?? vendor).flatMap((vendor): Row[] =>
      vendor.cookies.length ? vendor.cookies.map((cookie): Row => [cookie, vendor]) : [[undefined, vendor]],
    );
    // tamis' own record: necessary, first party, kept `retentionMonths` months.
    if (purpose.id === 'necessary')
      rows.unshift([
        { name: api.config.cookie.name, lifetime: `${api.config.retentionMonths} months`, description: t('consentCookie') },
        undefined,
      ]);
    // data-label: the column's header, shown before each cell when rows stack (narrow screens).
    return rows.map(
      ([cookie, vendor]) => html`<tr>
        <th scope="row" data-label=${t('cookie')}>${cookie ? html`<code>${cookieName(cookie.name)}</code>` : t('none')}</th>
        <td data-label=${t('provider')}>
          <span>${vendor
            ? html`${vendor.policyUrl
                ? html`<a part="link" href=${vendor.policyUrl} target="_blank" rel="noopener">${vendorName(vendor)}</a>`
                : vendorName(vendor)}<small>${vendor.company}</small>`
            : t('thisSite')}</span>
        </td>
        <td data-label=${t('lifetime')}>${cookie ? formatLifetime(cookie.lifetime, t.lang, t('session')) : ''}</td>
        <td data-label=${t('use')}>${cookie?.description ?? vendor?.description ?? ''}</td>
        <td data-label=${t('thirdParty')}>${cookie?.thirdParty ? t('yes') : t('no')}</td>
      </tr>`,
    );
  }

  protected content(api: TamisApi, t: Translator) {
    const purposes = api.purposes.some((p) => p.id === 'necessary')
      ? api.purposes
      : [{ id: 'necessary', rule: 'locked', vendors: [] } as PurposeInfo, ...api.purposes];
    return html`${purposes.map(
      (purpose) => html`<section part="purpose">
        <table part="table">
          <caption part="caption">
            ${t('tableCaption', { purpose: this.label(purpose.id) })}
            <small part="description">${t(`purpose.${purpose.id}.text`)}</small>
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('cookie')}</th>
              <th scope="col">${t('provider')}</th>
              <th scope="col">${t('lifetime')}</th>
              <th scope="col">${t('use')}</th>
              <th scope="col">${t('thirdParty')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.rows(purpose, api, t)}
          </tbody>
        </table>
      </section>`,
    )}`;
  }
}
