/** Nederlandse teksten (dezelfde sleutels als en.ts). */
export default {
  bannerTitle: 'Cookies op deze site',
  bannerText:
    'Wij en onze partners willen cookies en vergelijkbare trackers gebruiken voor: {purposes}. Ze worden alleen gebruikt als u toestemming geeft. Weigeren verandert niets aan hoe de site werkt, en u kunt uw keuze altijd wijzigen via ‘{preferences}’.',
  policyLink: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  continueWithoutAccepting: 'Doorgaan zonder te accepteren',
  gpc: 'Uw browser stuurt een Global Privacy Control-signaal en wij respecteren het: advertenties, sociale media en trackingpixels blijven uit, tenzij u ze een voor een aanzet.',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesText:
    'Kies welke doelen en partners cookies mogen gebruiken op deze site. Uw keuzes worden {duration} bewaard en u kunt ze hier altijd wijzigen.',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  saved: 'Uw keuzes zijn opgeslagen',
  alwaysOn: 'Altijd aan',
  partners: 'Partners ({count})',
  details: 'Details',
  company: 'Bedrijf',
  purpose: 'Doel',
  cookies: 'Cookies',
  none: 'Geen',
  session: 'sessie',
  placeholder: 'Inhoud van {vendor} is geblokkeerd omdat u ‘{purpose}’ niet hebt toegestaan.',
  placeholderLoad: '{vendor} toestaan en laden',
  tableCaption: '{purpose}: cookies en trackers',
  cookie: 'Cookie',
  provider: 'Aanbieder',
  lifetime: 'Bewaartermijn',
  use: 'Gebruik',
  thirdParty: 'Derde partij',
  yes: 'Ja',
  no: 'Nee',
  thisSite: 'Deze site',
  consentCookie: 'Bewaart uw cookiekeuzes',
  'purpose.necessary': 'Strikt noodzakelijk',
  'purpose.necessary.text':
    'Nodig om de site te laten werken: sessie, winkelwagen, beveiliging, load balancing en het bewaren van uw cookiekeuzes. De wet stelt ze vrij van toestemming, dus ze kunnen niet uit.',
  'purpose.audience': 'Bezoekersmeting (vrijgesteld)',
  'purpose.audience.text':
    'Anonieme bezoekstatistieken die alleen deze site gebruikt om zich te verbeteren, zo ingesteld dat ze vrijgesteld zijn van toestemming. Standaard aan; u kunt bezwaar maken door ze uit te zetten.',
  'purpose.analytics': 'Analyse',
  'purpose.analytics.text':
    'Gedetailleerde statistieken, heatmaps of sessie-opnames door analysepartners, om te begrijpen hoe de site wordt gebruikt.',
  'purpose.advertising': 'Advertenties',
  'purpose.advertising.text':
    'Advertentiecampagnes meten en u advertenties tonen op basis van uw interesses, op deze site en elders.',
  'purpose.social': 'Sociale media',
  'purpose.social.text':
    'Video’s, berichten en deelknoppen van sociale netwerken en videoplatforms, die uw bezoeken over sites heen kunnen volgen.',
  'purpose.pixels': 'Trackingpixels',
  'purpose.pixels.text':
    'Onzichtbare tags die advertentie- en socialemediaplatforms vertellen wat u hier doet (bezoeken, aankopen) om hun advertenties te meten en te richten.',
  'purpose.fraud': 'Voorkomen van betalingsfraude',
  'purpose.fraud.text':
    'Controleert betalingen bij het afrekenen om fraude op te sporen. Nodig om uw betaling te beveiligen, dus kan niet uit.',
};
