/** Eestikeelsed tekstid (samad võtmed mis en.ts); viisakas teietamine. */
export default {
  bannerTitle: 'Küpsised sellel veebisaidil',
  bannerText:
    'Teie nõusolekul kasutame meie ja meie partnerid küpsiseid ja sarnaseid jälgimisvahendeid järgmistel eesmärkidel: {purposes}. Keeldumine ei muuda veebisaidi toimimises midagi. Saate oma otsust igal ajal muuta jaotises „{preferences}“.',
  policyLink: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  continueWithoutAccepting: 'Jätka nõustumata',
  gpc: 'Teie brauser saadab Global Privacy Controli signaali ja me järgime seda: reklaam, sotsiaalmeedia ja jälgimispikslid jäävad välja, kui Te neid ükshaaval sisse ei lülita.',
  preferencesTitle: 'Küpsiste seaded',
  preferencesText:
    'Valige, millistel eesmärkidel ja millised partnerid võivad sellel veebisaidil küpsiseid kasutada. Teie valikuid säilitatakse {duration} ja saate neid siin igal ajal muuta.',
  save: 'Salvesta valikud',
  close: 'Sulge',
  saved: 'Teie valikud on salvestatud',
  alwaysOn: 'Alati sees',
  partners: 'Partnerid ({count})',
  details: 'Üksikasjad',
  company: 'Ettevõte',
  purpose: 'Eesmärk',
  cookies: 'Küpsised',
  none: 'Puuduvad',
  session: 'seanss',
  placeholder: '{vendor} sisu on blokeeritud, sest Te ei ole lubanud eesmärki „{purpose}“.',
  placeholderLoad: 'Luba {vendor} ja laadi',
  tableCaption: '{purpose}: küpsised ja jälgimisvahendid',
  cookie: 'Küpsis',
  provider: 'Teenusepakkuja',
  lifetime: 'Säilitusaeg',
  use: 'Kasutus',
  thirdParty: 'Kolmas osapool',
  yes: 'Jah',
  no: 'Ei',
  thisSite: 'See veebisait',
  consentCookie: 'Säilitab Teie küpsisevalikud',
  'purpose.necessary': 'Hädavajalikud',
  'purpose.necessary.text':
    'Vajalikud veebisaidi toimimiseks: seanss, ostukorv, turvalisus, koormuse jaotamine ja Teie küpsisevalikute säilitamine. Seadus vabastab need nõusoleku nõudest, seega ei saa neid välja lülitada.',
  'purpose.audience': 'Külastatavuse mõõtmine (erand)',
  'purpose.audience.text':
    'Anonüümne külastusstatistika, mida kasutab ainult see veebisait enda parandamiseks ja mis on seadistatud nii, et nõusolekut ei ole vaja. Vaikimisi sees; saate vastuväite esitada, lülitades selle välja.',
  'purpose.analytics': 'Analüütika',
  'purpose.analytics.text':
    'Üksikasjalik statistika, soojuskaardid või seansisalvestused analüütikapartneritelt, et mõista, kuidas külastajad veebisaiti kasutavad.',
  'purpose.advertising': 'Reklaam',
  'purpose.advertising.text':
    'Reklaamikampaaniate mõõtmine ja Teie huvidel põhinevate reklaamide näitamine sellel veebisaidil ja mujal.',
  'purpose.social': 'Sotsiaalmeedia',
  'purpose.social.text':
    'Sotsiaalvõrgustike ja videoplatvormide videod, postitused ja jagamisnupud, mis võivad jälgida Teie külastusi eri veebisaitidel.',
  'purpose.pixels': 'Jälgimispikslid',
  'purpose.pixels.text':
    'Nähtamatud sildid, mis annavad reklaami- ja sotsiaalmeediaplatvormidele teada, mida Te siin teete (külastused, ostud), et nad saaksid oma reklaame mõõta ja sihtida.',
  'purpose.fraud': 'Maksepettuste ennetamine',
  'purpose.fraud.text':
    'Kontrollib makseid kassas pettuste avastamiseks. Vajalik Teie makse turvamiseks, seega ei saa seda välja lülitada.',
};
