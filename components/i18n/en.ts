/**
 * English texts, bundled in dist/tamis-ui.js. Keys are public: sites override them through
 * `texts` in the config (documented in README, "Languages"). `{name}` marks a value filled in.
 */
export default {
  bannerTitle: 'Cookies on this site',
  bannerText:
    'With your consent, we and our partners use cookies and similar trackers for: {purposes}. Refusing changes nothing in how the site works. You can change your mind at any time in “{preferences}”.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  continueWithoutAccepting: 'Continue without accepting',
  gpc: 'Your browser sends a Global Privacy Control signal and we honour it: advertising, social media and tracking pixels stay off unless you turn them on one by one.',
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Choose which purposes and partners may use cookies on this site. Your choices are kept for {duration} and you can change them here at any time.',
  save: 'Save choices',
  close: 'Close',
  saved: 'Your choices have been saved',
  alwaysOn: 'Always on',
  partners: 'Partners ({count})',
  details: 'Details',
  company: 'Company',
  purpose: 'Purpose',
  cookies: 'Cookies',
  none: 'None',
  session: 'session',
  placeholder: '{vendor} content is blocked because you have not allowed {purpose}.',
  placeholderLoad: 'Allow {vendor} and load',
  tableCaption: '{purpose}: cookies and trackers',
  cookie: 'Cookie',
  provider: 'Provider',
  lifetime: 'Lifetime',
  use: 'Use',
  thirdParty: 'Third party',
  yes: 'Yes',
  no: 'No',
  thisSite: 'This site',
  consentCookie: 'Keeps your cookie choices',
  'purpose.necessary': 'Strictly necessary',
  'purpose.necessary.text':
    'Needed for the site to work: session, cart, security, load balancing and keeping your cookie choices. The law exempts them from consent, so they cannot be turned off.',
  'purpose.audience': 'Audience measurement (exempt)',
  'purpose.audience.text':
    'Anonymous visit statistics used only by this site to improve it, configured so that the CNIL exempts them from consent. On by default; you can object by turning it off.',
  'purpose.analytics': 'Analytics',
  'purpose.analytics.text':
    'Detailed statistics, heatmaps or session recordings by analytics partners, to understand how visitors use the site.',
  'purpose.advertising': 'Advertising',
  'purpose.advertising.text':
    'Measuring ad campaigns and showing you ads based on your interests, on this site and elsewhere.',
  'purpose.social': 'Social media',
  'purpose.social.text':
    'Videos, posts and share buttons from social networks and video platforms, which can follow your visits across sites.',
  'purpose.pixels': 'Tracking pixels',
  'purpose.pixels.text':
    'Invisible tags that tell advertising and social platforms what you do here (visits, purchases) to measure and target their ads.',
  'purpose.fraud': 'Payment fraud prevention',
  'purpose.fraud.text':
    'Checks payments at checkout to detect fraud. Needed to secure your payment, so it cannot be turned off.',
};
