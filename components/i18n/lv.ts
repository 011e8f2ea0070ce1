/** Latviešu teksti (tās pašas atslēgas kā en.ts); uzruna „Jūs“. */
export default {
  bannerTitle: 'Sīkdatnes šajā vietnē',
  bannerText:
    'Ar Jūsu piekrišanu mēs un mūsu partneri izmantojam sīkdatnes un līdzīgas izsekošanas tehnoloģijas šādiem nolūkiem: {purposes}. Atteikums neko nemaina vietnes darbībā. Savu izvēli jebkurā laikā varat mainīt sadaļā “{preferences}”.',
  policyLink: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  continueWithoutAccepting: 'Turpināt, nepiekrītot',
  gpc: 'Jūsu pārlūks sūta Global Privacy Control signālu, un mēs to ievērojam: reklāma, sociālie mediji un izsekošanas pikseļi paliek izslēgti, ja vien Jūs tos neieslēdzat pa vienam.',
  preferencesTitle: 'Sīkdatņu iestatījumi',
  preferencesText:
    'Izvēlieties, kādiem nolūkiem un kuri partneri drīkst izmantot sīkdatnes šajā vietnē. Jūsu izvēles glabāšanas laiks ir {duration}, un šeit to jebkurā laikā varat mainīt.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  saved: 'Jūsu izvēle ir saglabāta',
  alwaysOn: 'Vienmēr ieslēgts',
  partners: 'Partneri ({count})',
  details: 'Sīkāk',
  company: 'Uzņēmums',
  purpose: 'Nolūks',
  cookies: 'Sīkdatnes',
  none: 'Nav',
  session: 'sesija',
  placeholder: '{vendor} saturs ir bloķēts, jo nolūks “{purpose}” nav atļauts.',
  placeholderLoad: 'Atļaut {vendor} un ielādēt',
  tableCaption: '{purpose}: sīkdatnes un izsekotāji',
  cookie: 'Sīkdatne',
  provider: 'Nodrošinātājs',
  lifetime: 'Glabāšanas laiks',
  use: 'Lietojums',
  thirdParty: 'Trešā puse',
  yes: 'Jā',
  no: 'Nē',
  thisSite: 'Šī vietne',
  consentCookie: 'Glabā Jūsu sīkdatņu izvēli',
  'purpose.necessary': 'Absolūti nepieciešamās',
  'purpose.necessary.text':
    'Nepieciešamas vietnes darbībai: sesija, grozs, drošība, slodzes līdzsvarošana un Jūsu sīkdatņu izvēles glabāšana. Likums tām neprasa piekrišanu, tāpēc tās nevar izslēgt.',
  'purpose.audience': 'Apmeklējuma mērīšana (izņēmums)',
  'purpose.audience.text':
    'Anonīma apmeklējumu statistika, ko izmanto tikai šī vietne savai uzlabošanai un kas ir iestatīta tā, lai nebūtu vajadzīga piekrišana. Pēc noklusējuma ieslēgta; varat iebilst, to izslēdzot.',
  'purpose.analytics': 'Analītika',
  'purpose.analytics.text':
    'Analītikas partneru detalizēta statistika, siltuma kartes vai sesiju ieraksti, lai saprastu, kā apmeklētāji izmanto vietni.',
  'purpose.advertising': 'Reklāma',
  'purpose.advertising.text':
    'Reklāmas kampaņu mērīšana un Jūsu interesēm atbilstošu reklāmu rādīšana šajā vietnē un citur.',
  'purpose.social': 'Sociālie mediji',
  'purpose.social.text':
    'Sociālo tīklu un video platformu video, ieraksti un kopīgošanas pogas, kas var izsekot Jūsu apmeklējumiem dažādās vietnēs.',
  'purpose.pixels': 'Izsekošanas pikseļi',
  'purpose.pixels.text':
    'Neredzami tagi, kas reklāmas un sociālo mediju platformām paziņo, ko Jūs šeit darāt (apmeklējumi, pirkumi), lai tās varētu mērīt un mērķēt savas reklāmas.',
  'purpose.fraud': 'Maksājumu krāpšanas novēršana',
  'purpose.fraud.text':
    'Pārbauda maksājumus, noformējot pirkumu, lai atklātu krāpšanu. Nepieciešama Jūsu maksājuma drošībai, tāpēc to nevar izslēgt.',
};
