// tarteaucitron.js (npm tarteaucitronjs) set up as its README and installation guide say:
// tarteaucitron.js (here the .min build, which makes it fetch the minified services, language and
// CSS files) then tarteaucitron.init() with the README's settings; vendors are not pasted at all
// but declared with its services "job" API (tarteaucitron.user.* ids + job.push('service')), and
// the video as <div class="youtube_player">; the Google Ads conversion event goes in googleadsMore. The README's init turns on googleConsentMode with
// softConsentMode false: gtag then loads before consent, in Consent Mode "denied".
import { installedVersion } from './common.mjs';
import { ids } from '../site.mjs';

const base = '/node_modules/tarteaucitronjs';

// The init() of the README, with the site's privacy policy URL.
const init = `tarteaucitron.init({
  "privacyUrl": "/privacy",
  "bodyPosition": "bottom",
  "hashtag": "#tarteaucitron",
  "cookieName": "tarteaucitron",
  "orientation": "middle",
  "groupServices": false,
  "showDetailsOnClick": true,
  "serviceDefaultState": "wait",
  "showAlertSmall": false,
  "showTitleBanner": false,
  "cookieslist": false,
  "cookieslistEmbed": false,
  "showIcon": true,
  "iconPosition": "BottomRight",
  "adblocker": false,
  "DenyAllCta": true,
  "AcceptAllCta": true,
  "highPrivacy": true,
  "alwaysNeedConsent": false,
  "handleBrowserDNTRequest": false,
  "removeCredit": false,
  "moreInfoLink": true,
  "useExternalCss": false,
  "useExternalJs": false,
  "readmoreLink": "",
  "mandatory": true,
  "mandatoryCta": true,
  "googleConsentMode": true,
  "bingConsentMode": true,
  "pianoConsentMode": true,
  "pianoConsentModeEssential": false,
  "softConsentMode": false,
  "dataLayer": false,
  "serverSide": false,
  "partnersList": false
});`;

const jobs = `<script>
tarteaucitron.user.gtagUa = '${ids.ga4}';
tarteaucitron.user.googleadsId = '${ids.ads}';
tarteaucitron.user.googleadsMore = function () {
  gtag('event', 'conversion', { 'send_to': '${ids.ads}/${ids.adsLabel}', 'value': 1.0, 'currency': 'EUR', 'transaction_id': '' });
};
tarteaucitron.user.hubspotId = '${ids.hubspot}';
tarteaucitron.user.linkedininsighttag = '${ids.linkedin}';
tarteaucitron.user.facebookpixelId = '${ids.meta}';
(tarteaucitron.job = tarteaucitron.job || []).push('gtag', 'googleads', 'hubspot', 'linkedininsighttag', 'facebookpixel', 'youtube');
</script>`;

/** @type {import('./index.mjs').Library} */
export default {
  id: 'tarteaucitron',
  name: 'tarteaucitron.js',
  version: installedVersion('tarteaucitronjs'),
  assets: ['/node_modules/tarteaucitronjs/'],
  consentCookies: ['tarteaucitron'],
  accept: { acceptSelector: '#tarteaucitronPersonalize2' },
  docsNote:
    'snippets replaced by its services job API (tarteaucitron.user ids + job.push) and <div class="youtube_player">; ' +
    'the init() of its README turns on googleConsentMode with softConsentMode false, so the GA4 and Google Ads tags load ' +
    'before any decision in Consent Mode "denied" (no cookies, cookieless pings to Google)',
  page: (variant) => ({
    head: `<script src="${base}/tarteaucitron.min.js"></script>
<script>${init}</script>`,
    snippets:
      variant === 'docs'
        ? {
            head: '',
            content: `<div class="youtube_player" videoID="${ids.youtube}" width="560" height="315"></div>`,
            body: jobs,
          }
        : undefined,
  }),
};
