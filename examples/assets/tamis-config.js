// Maison Tamis' cookie-consent settings, shared by every page of the demo shop.
//
// Load this file right BEFORE /dist/tamis.js, first thing in <head>:
//   <script src="/assets/tamis-config.js"></script>
//   <script src="/dist/tamis.js"></script>
// tamis reads window.tamisConfig once, when it starts. A page can change it in between (see
// variants/box.html), or you can write the object inline in a <script> instead of this file.
window.tamisConfig = {
  // Every service this shop uses, by its id in the tamis vendor catalog. tamis knows their tags,
  // cookies and purposes, blocks their scripts, iframes and pixels until the visitor agrees, and
  // lists them in the banner, the preferences and the cookie table of the privacy policy.
  vendors: [
    'google-analytics', // GA4: gtag.js with a G- id
    'google-ads', // conversion tracking: gtag.js with an AW- id
    'hubspot', // CRM and marketing analytics
    'linkedin', // LinkedIn Insight Tag
    'meta-pixel', // Meta (Facebook) Pixel
    'youtube', // the video on the product page
    'stripe', // payments and fraud prevention: strictly necessary, always on, never blocked
  ],
  // The privacy policy, linked from the banner and the preferences.
  policyUrl: '/privacy.html',
  // Keep a decision for 6 months, then ask again: the period the CNIL recommends (1 to 13 allowed).
  retentionMonths: 6,
  // Bump when the policy or the list of vendors changes: every visitor is asked again.
  revision: 1,
  // Proof of consent: `consentLog: { endpoint: 'https://…/v1/sites/shop/receipts' }` sends a receipt
  // per decision to a tamis-collector. `npm run demo` adds it when `npm run collector` runs.
};
