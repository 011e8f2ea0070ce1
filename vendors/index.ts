/**
 * The vendor catalog: one file per vendor, plain data so unused ones tree-shake from npm builds.
 * `dist/tamis.js` ships the whole `catalog`, since every catalog vendor is blocked whether or not
 * the site lists it. How vendors were chosen and what each field means: docs/vendor-catalog.md.
 */
import type { VendorDefinition } from '../src/types.js';
import { googleAnalytics } from './google-analytics.js';
import { googleAds } from './google-ads.js';
import { googleTagManager } from './google-tag-manager.js';
import { hubspot } from './hubspot.js';
import { linkedin } from './linkedin.js';
import { metaPixel } from './meta-pixel.js';
import { xPixel } from './x-pixel.js';
import { tiktokPixel } from './tiktok-pixel.js';
import { hotjar } from './hotjar.js';
import { microsoftClarity } from './microsoft-clarity.js';
import { youtube } from './youtube.js';
import { vimeo } from './vimeo.js';
import { matomo } from './matomo.js';
import { stripe } from './stripe.js';
import { monetico } from './monetico.js';
import { abTasty } from './ab-tasty.js';
import { addtoany } from './addtoany.js';
import { adform } from './adform.js';
import { adobeAnalytics } from './adobe-analytics.js';
import { adobeTags } from './adobe-tags.js';
import { adobeTarget } from './adobe-target.js';
import { adroll } from './adroll.js';
import { adyen } from './adyen.js';
import { amazonAds } from './amazon-ads.js';
import { amplitude } from './amplitude.js';
import { awin } from './awin.js';
import { brevo } from './brevo.js';
import { calendly } from './calendly.js';
import { chartbeat } from './chartbeat.js';
import { cloudflareTurnstile } from './cloudflare-turnstile.js';
import { cloudflareWebAnalytics } from './cloudflare-web-analytics.js';
import { commandersAct } from './commanders-act.js';
import { comscore } from './comscore.js';
import { contentsquare } from './contentsquare.js';
import { crazyEgg } from './crazy-egg.js';
import { crisp } from './crisp.js';
import { criteo } from './criteo.js';
import { dailymotion } from './dailymotion.js';
import { datadogRum } from './datadog-rum.js';
import { datadome } from './datadome.js';
import { deezer } from './deezer.js';
import { disqus } from './disqus.js';
import { drift } from './drift.js';
import { dynamicYield } from './dynamic-yield.js';
import { equativ } from './equativ.js';
import { etracker } from './etracker.js';
import { eulerian } from './eulerian.js';
import { facebookSocial } from './facebook-social.js';
import { fullstory } from './fullstory.js';
import { googleAdManager } from './google-ad-manager.js';
import { googleAdsense } from './google-adsense.js';
import { googleMaps } from './google-maps.js';
import { googleRecaptcha } from './google-recaptcha.js';
import { hcaptcha } from './hcaptcha.js';
import { heap } from './heap.js';
import { hubspotChat } from './hubspot-chat.js';
import { id5 } from './id5.js';
import { indexExchange } from './index-exchange.js';
import { instagramEmbed } from './instagram-embed.js';
import { intercom } from './intercom.js';
import { kameleoon } from './kameleoon.js';
import { klarna } from './klarna.js';
import { klaviyo } from './klaviyo.js';
import { livechat } from './livechat.js';
import { liveramp } from './liveramp.js';
import { lotame } from './lotame.js';
import { magnite } from './magnite.js';
import { mailchimp } from './mailchimp.js';
import { mapp } from './mapp.js';
import { marketo } from './marketo.js';
import { microsoftAdvertising } from './microsoft-advertising.js';
import { mixpanel } from './mixpanel.js';
import { mollie } from './mollie.js';
import { mouseflow } from './mouseflow.js';
import { newRelic } from './new-relic.js';
import { openx } from './openx.js';
import { optimizely } from './optimizely.js';
import { outbrain } from './outbrain.js';
import { paypal } from './paypal.js';
import { pianoAnalytics } from './piano-analytics.js';
import { pinterestTag } from './pinterest-tag.js';
import { pinterestWidgets } from './pinterest-widgets.js';
import { plausible } from './plausible.js';
import { posthog } from './posthog.js';
import { pubmatic } from './pubmatic.js';
import { qualtrics } from './qualtrics.js';
import { quantcast } from './quantcast.js';
import { redditPixel } from './reddit-pixel.js';
import { rtbHouse } from './rtb-house.js';
import { salesforcePardot } from './salesforce-pardot.js';
import { segment } from './segment.js';
import { sentry } from './sentry.js';
import { sharethis } from './sharethis.js';
import { smartlook } from './smartlook.js';
import { snapPixel } from './snap-pixel.js';
import { soundcloud } from './soundcloud.js';
import { spotify } from './spotify.js';
import { taboola } from './taboola.js';
import { tawkTo } from './tawk-to.js';
import { teads } from './teads.js';
import { tealium } from './tealium.js';
import { theTradeDesk } from './the-trade-desk.js';
import { tidio } from './tidio.js';
import { tiktokEmbed } from './tiktok-embed.js';
import { trustedShops } from './trusted-shops.js';
import { trustpilot } from './trustpilot.js';
import { twitch } from './twitch.js';
import { typeform } from './typeform.js';
import { vwo } from './vwo.js';
import { weborama } from './weborama.js';
import { wistia } from './wistia.js';
import { xEmbed } from './x-embed.js';
import { xandr } from './xandr.js';
import { yahooDot } from './yahoo-dot.js';
import { yandexMetrica } from './yandex-metrica.js';
import { yotpo } from './yotpo.js';
import { zendesk } from './zendesk.js';

export {
  googleAnalytics,
  googleAds,
  googleTagManager,
  hubspot,
  linkedin,
  metaPixel,
  xPixel,
  tiktokPixel,
  hotjar,
  microsoftClarity,
  youtube,
  vimeo,
  matomo,
  stripe,
  monetico,
  abTasty,
  addtoany,
  adform,
  adobeAnalytics,
  adobeTags,
  adobeTarget,
  adroll,
  adyen,
  amazonAds,
  amplitude,
  awin,
  brevo,
  calendly,
  chartbeat,
  cloudflareTurnstile,
  cloudflareWebAnalytics,
  commandersAct,
  comscore,
  contentsquare,
  crazyEgg,
  crisp,
  criteo,
  dailymotion,
  datadogRum,
  datadome,
  deezer,
  disqus,
  drift,
  dynamicYield,
  equativ,
  etracker,
  eulerian,
  facebookSocial,
  fullstory,
  googleAdManager,
  googleAdsense,
  googleMaps,
  googleRecaptcha,
  hcaptcha,
  heap,
  hubspotChat,
  id5,
  indexExchange,
  instagramEmbed,
  intercom,
  kameleoon,
  klarna,
  klaviyo,
  livechat,
  liveramp,
  lotame,
  magnite,
  mailchimp,
  mapp,
  marketo,
  microsoftAdvertising,
  mixpanel,
  mollie,
  mouseflow,
  newRelic,
  openx,
  optimizely,
  outbrain,
  paypal,
  pianoAnalytics,
  pinterestTag,
  pinterestWidgets,
  plausible,
  posthog,
  pubmatic,
  qualtrics,
  quantcast,
  redditPixel,
  rtbHouse,
  salesforcePardot,
  segment,
  sentry,
  sharethis,
  smartlook,
  snapPixel,
  soundcloud,
  spotify,
  taboola,
  tawkTo,
  teads,
  tealium,
  theTradeDesk,
  tidio,
  tiktokEmbed,
  trustedShops,
  trustpilot,
  twitch,
  typeform,
  vwo,
  weborama,
  wistia,
  xEmbed,
  xandr,
  yahooDot,
  yandexMetrica,
  yotpo,
  zendesk,
};

/**
 * Every catalog vendor: the first fifteen as before, then the others by file name. Each keeps its
 * own type (`satisfies`, not an annotation), so that {@link CatalogVendorId} is the union of their
 * literal ids.
 */
const vendors = [
  googleAnalytics,
  googleAds,
  googleTagManager,
  hubspot,
  linkedin,
  metaPixel,
  xPixel,
  tiktokPixel,
  hotjar,
  microsoftClarity,
  youtube,
  vimeo,
  matomo,
  stripe,
  monetico,
  abTasty,
  addtoany,
  adform,
  adobeAnalytics,
  adobeTags,
  adobeTarget,
  adroll,
  adyen,
  amazonAds,
  amplitude,
  awin,
  brevo,
  calendly,
  chartbeat,
  cloudflareTurnstile,
  cloudflareWebAnalytics,
  commandersAct,
  comscore,
  contentsquare,
  crazyEgg,
  crisp,
  criteo,
  dailymotion,
  datadogRum,
  datadome,
  deezer,
  disqus,
  drift,
  dynamicYield,
  equativ,
  etracker,
  eulerian,
  facebookSocial,
  fullstory,
  googleAdManager,
  googleAdsense,
  googleMaps,
  googleRecaptcha,
  hcaptcha,
  heap,
  hubspotChat,
  id5,
  indexExchange,
  instagramEmbed,
  intercom,
  kameleoon,
  klarna,
  klaviyo,
  livechat,
  liveramp,
  lotame,
  magnite,
  mailchimp,
  mapp,
  marketo,
  microsoftAdvertising,
  mixpanel,
  mollie,
  mouseflow,
  newRelic,
  openx,
  optimizely,
  outbrain,
  paypal,
  pianoAnalytics,
  pinterestTag,
  pinterestWidgets,
  plausible,
  posthog,
  pubmatic,
  qualtrics,
  quantcast,
  redditPixel,
  rtbHouse,
  salesforcePardot,
  segment,
  sentry,
  sharethis,
  smartlook,
  snapPixel,
  soundcloud,
  spotify,
  taboola,
  tawkTo,
  teads,
  tealium,
  theTradeDesk,
  tidio,
  tiktokEmbed,
  trustedShops,
  trustpilot,
  twitch,
  typeform,
  vwo,
  weborama,
  wistia,
  xEmbed,
  xandr,
  yahooDot,
  yandexMetrica,
  yotpo,
  zendesk,
] satisfies VendorDefinition[];

/** Every catalog vendor, in display order. */
export const catalog: VendorDefinition[] = vendors;

/** The id of a catalog vendor: `'google-analytics' | 'google-ads' | …`, one per entry of {@link catalog}. */
export type CatalogVendorId = (typeof vendors)[number]['id'];
