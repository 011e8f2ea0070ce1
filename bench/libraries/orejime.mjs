// Orejime 3 (npm orejime) set up as its README says: `window.orejimeConfig`, the standard English
// build and its stylesheet; managed markup is wrapped, untouched, in <template data-purpose="…">.
// (Orejime 2 used data-type/data-name like Klaro; version 3 replaced that with templates.)
// Purposes are grouped under analytics/advertising/social, one child purpose per vendor.
import { installedVersion, attr } from './common.mjs';
import { vendors, purposes } from '../site.mjs';

const base = '/node_modules/orejime/dist';
import { cookiesOf } from './klaro.mjs';

const config = `{
  privacyPolicyUrl: '/privacy',
  purposes: [
${purposes
  .map(
    (p) => `    { id: '${p.id}', title: ${JSON.stringify(p.label)}, purposes: [
${vendors
  .filter((v) => v.purpose === p.id)
  .map((v) => `      { id: '${v.id}', title: ${JSON.stringify(v.name)}, cookies: [${cookiesOf[v.id].join(', ')}] }`)
  .join(',\n')}
    ] }`,
  )
  .join(',\n')}
  ]
}`;

/** @type {import('./index.mjs').Library} */
export default {
  id: 'orejime',
  name: 'Orejime',
  version: installedVersion('orejime'),
  assets: ['/node_modules/orejime/'],
  consentCookies: ['orejime'],
  accept: { acceptSelector: '.orejime-Banner-saveButton' },
  docsNote: 'scripts and the iframe wrapped in <template data-purpose> (Orejime 3)',
  page: (variant) => ({
    head: `<link href="${base}/orejime-standard.css" rel="stylesheet">
<script>window.orejimeConfig = ${config};</script>
<script src="${base}/orejime-standard-en.js"></script>`,
    rewrite:
      variant === 'docs'
        ? (part, { vendor }) =>
            part.kind === 'html' ? undefined : `<template data-purpose="${attr(vendor.id)}">${part.raw}</template>`
        : undefined,
  }),
};
