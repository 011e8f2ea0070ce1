// Klaro! (npm klaro) set up as its README and annotated dist/config.js say: a `klaroConfig` global,
// then dist/klaro.js (CSS and translations included) with `defer`; managed tags get
// type="text/plain", data-type, data-name and data-src instead of src ("works for images,
// stylesheets and other elements with a src", so the YouTube iframe too).
import { installedVersion, attr } from './common.mjs';
import { vendors, purposes, retag } from '../site.mjs';

export const cookiesOf = {
  'google-analytics': ['/^_ga/'],
  'google-ads': ['/^_gcl/'],
  hubspot: ['/^__hs/', "'hubspotutk'"],
  linkedin: ["'li_fat_id'"],
  'meta-pixel': ["'_fbp'"],
  youtube: [],
};

const config = `{
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  groupByPurpose: true,
  lang: 'en',
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: {
      purposes: { ${purposes.map((p) => `${p.id}: ${JSON.stringify(p.label)}`).join(', ')} }
    }
  },
  services: [
${vendors
  .map(
    (v) =>
      `    { name: '${v.id}', title: ${JSON.stringify(v.name)}, purposes: ['${v.purpose}'], cookies: [${cookiesOf[v.id].join(', ')}] }`,
  )
  .join(',\n')}
  ]
}`;

/** @type {import('./index.mjs').Library} */
export default {
  id: 'klaro',
  name: 'Klaro!',
  version: installedVersion('klaro'),
  assets: ['/node_modules/klaro/'],
  consentCookies: ['klaro'],
  accept: { acceptSelector: '.klaro .cookie-notice .cm-btn-success' },
  docsNote:
    'scripts and the iframe: type="text/plain" data-type data-name data-src; its notice labels the accept control "That\'s ok" (with acceptAll: true it accepts every service)',
  page: (variant) => ({
    head: `<script>var klaroConfig = ${config};</script>
<script defer src="/node_modules/klaro/dist/klaro.js"></script>`,
    rewrite:
      variant === 'docs'
        ? (part, { vendor }) => {
            const name = `data-name="${attr(vendor.id)}"`;
            if (part.kind === 'external') return retag(part, `type="text/plain" data-type="text/javascript" ${name}`, { dataSrc: true });
            if (part.kind === 'inline') return retag(part, `type="text/plain" data-type="text/javascript" ${name}`);
            if (part.kind === 'iframe') return retag(part, name, { dataSrc: true });
            return undefined;
          }
        : undefined,
  }),
};
