// Osano's open-source Cookie Consent 3 (npm cookieconsent) set up as its README and download wizard
// give it: the CSS, build/cookieconsent.min.js and window.cookieconsent.initialise() on load, with
// type "opt-in". It blocks nothing: it records "allow"/"deny" and calls onInitialise /
// onStatusChange, and its documentation leaves loading the trackers to the site's own code in those
// callbacks. The "docs" page does exactly that: the snippets sit in an inert <template> and a few
// lines of site code copy them into the page once hasConsented() is true.
import { installedVersion } from './common.mjs';

const base = '/node_modules/cookieconsent/build';

// Site code, not library code: re-creates each script (template scripts never run) in order.
const enableCookies = `function enableCookies() {
  if (enableCookies.done) return; enableCookies.done = true;
  document.querySelectorAll('template[data-consent]').forEach(function (tpl) {
    var frag = tpl.content.cloneNode(true);
    frag.querySelectorAll('script').forEach(function (old) {
      var s = document.createElement('script');
      for (var i = 0; i < old.attributes.length; i++) s.setAttribute(old.attributes[i].name, old.attributes[i].value);
      s.text = old.text;
      old.replaceWith(s);
    });
    tpl.replaceWith(frag);
  });
}`;

const init = (docs) => `<script>
${docs ? enableCookies : ''}
window.addEventListener('load', function () {
  window.cookieconsent.initialise({
    type: 'opt-in',
    palette: { popup: { background: '#000' }, button: { background: '#f1d600' } },
    content: {
      message: 'We and our partners use cookies for analytics, advertising and embedded videos.',
      allow: 'Accept all',
      deny: 'Reject all',
      link: 'Privacy policy',
      href: '/privacy'
    }${
      docs
        ? `,
    onInitialise: function () { if (this.hasConsented()) enableCookies(); },
    onStatusChange: function () { if (this.hasConsented()) enableCookies(); }`
        : ''
    }
  });
});
</script>`;

/** @type {import('./index.mjs').Library} */
export default {
  id: 'cookieconsent',
  name: 'Cookie Consent (Osano)',
  version: installedVersion('cookieconsent'),
  assets: ['/node_modules/cookieconsent/'],
  consentCookies: ['cookieconsent_status'],
  accept: { acceptSelector: '.cc-window .cc-allow' },
  docsNote:
    'no blocking in the library: snippets in <template data-consent>, copied in by the site’s own onInitialise/onStatusChange code when hasConsented(); ' +
    'one yes/no for everything (no purposes, no per-vendor choice), so "Accept all" is its "allow" button',
  page: (variant) => ({
    head: `<link rel="stylesheet" href="${base}/cookieconsent.min.css">`,
    bodyEnd: `<script src="${base}/cookieconsent.min.js"></script>
${init(variant === 'docs')}`,
    rewrite:
      variant === 'docs'
        ? (part) => (part.kind === 'html' ? undefined : `<template data-consent>${part.raw}</template>`)
        : undefined,
  }),
};
