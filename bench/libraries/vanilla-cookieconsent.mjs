// CookieConsent v3 by Orest Bida (npm vanilla-cookieconsent), set up as its documentation says
// (cookieconsent.orestbida.com: "Getting started" UMD build + CookieConsent.run(config), and
// "How to manage scripts": type="text/plain" data-category data-service). It manages <script> tags
// only; for iframes its docs point to a separate library (iframemanager), which the bench does not
// add, so the YouTube embed stays as pasted.
import { installedVersion, attr } from './common.mjs';
import { vendors, purposes, retag } from '../site.mjs';

const base = '/node_modules/vanilla-cookieconsent/dist';

const cookiesOf = {
  analytics: ['/^_ga/', '/^__hs/', "'hubspotutk'"],
  advertising: ['/^_gcl/', "'_fbp'", "'li_fat_id'"],
  social: [],
};

const config = `{
  categories: {
    necessary: { enabled: true, readOnly: true },
${purposes
  .map(
    (p) => `    ${p.id}: {
      autoClear: { cookies: [${cookiesOf[p.id].map((name) => `{ name: ${name} }`).join(', ')}] },
      services: { ${vendors
        .filter((v) => v.purpose === p.id)
        .map((v) => `${JSON.stringify(v.id)}: { label: ${JSON.stringify(v.name)} }`)
        .join(', ')} }
    }`,
  )
  .join(',\n')}
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We and our partners use cookies for analytics, advertising and embedded videos. <a href="/privacy">Privacy policy</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences'
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
${purposes.map((p) => `            { title: ${JSON.stringify(p.label)}, description: ${JSON.stringify(`${p.label} cookies.`)}, linkedCategory: '${p.id}' }`).join(',\n')}
          ]
        }
      }
    }
  }
}`;

/** @type {import('./index.mjs').Library} */
export default {
  id: 'vanilla-cookieconsent',
  name: 'CookieConsent (orestbida)',
  version: installedVersion('vanilla-cookieconsent'),
  assets: ['/node_modules/vanilla-cookieconsent/'],
  consentCookies: ['cc_cookie'],
  accept: { acceptSelector: '#cc-main .cm__btn[data-role="all"]' },
  docsNote: 'scripts: type="text/plain" data-category data-service; the YouTube iframe is not managed (its docs defer iframes to the separate iframemanager library)',
  page: (variant) => ({
    head: `<link rel="stylesheet" href="${base}/cookieconsent.css">`,
    bodyEnd: `<script src="${base}/cookieconsent.umd.js"></script>
<script>CookieConsent.run(${config});</script>`,
    rewrite:
      variant === 'docs'
        ? (part, { vendor }) => {
            if (part.kind !== 'external' && part.kind !== 'inline') return undefined;
            return retag(part, `type="text/plain" data-category="${vendor.purpose}" data-service="${attr(vendor.id)}"`);
          }
        : undefined,
  }),
};
