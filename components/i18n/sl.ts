/** Slovenska besedila (isti ključi kot en.ts); vikanje. */
export default {
  bannerTitle: 'Piškotki na tem spletnem mestu',
  bannerText:
    'Z vašo privolitvijo mi in naši partnerji uporabljamo piškotke in podobne tehnologije za sledenje za naslednje namene: {purposes}. Zavrnitev ne spremeni ničesar pri delovanju spletnega mesta. Svojo odločitev lahko kadar koli spremenite v razdelku »{preferences}«.',
  policyLink: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  continueWithoutAccepting: 'Nadaljuj brez sprejetja',
  gpc: 'Vaš brskalnik pošilja signal Global Privacy Control in ga upoštevamo: oglaševanje, družbena omrežja in slikovne pike za sledenje ostanejo izklopljeni, razen če jih vklopite posamično.',
  preferencesTitle: 'Nastavitve piškotkov',
  preferencesText:
    'Izberite, za katere namene in kateri partnerji smejo uporabljati piškotke na tem spletnem mestu. Vaše izbire hranimo {duration} in jih lahko tukaj kadar koli spremenite.',
  save: 'Shrani izbire',
  close: 'Zapri',
  saved: 'Vaše izbire so shranjene',
  alwaysOn: 'Vedno vklopljeno',
  partners: 'Partnerji ({count})',
  details: 'Podrobnosti',
  company: 'Podjetje',
  purpose: 'Namen',
  cookies: 'Piškotki',
  none: 'Brez',
  session: 'seja',
  placeholder: 'Vsebina ponudnika {vendor} je blokirana, ker niste dovolili namena »{purpose}«.',
  placeholderLoad: 'Dovoli {vendor} in naloži',
  tableCaption: '{purpose}: piškotki in sledilniki',
  cookie: 'Piškotek',
  provider: 'Ponudnik',
  lifetime: 'Trajanje',
  use: 'Uporaba',
  thirdParty: 'Tretja oseba',
  yes: 'Da',
  no: 'Ne',
  thisSite: 'To spletno mesto',
  consentCookie: 'Hrani vaše izbire glede piškotkov',
  'purpose.necessary': 'Nujno potrebni',
  'purpose.necessary.text':
    'Potrebni za delovanje spletnega mesta: seja, košarica, varnost, porazdelitev obremenitve in hramba vaših izbir glede piškotkov. Zakon jih izvzema iz privolitve, zato jih ni mogoče izklopiti.',
  'purpose.audience': 'Merjenje obiskanosti (izvzeto)',
  'purpose.audience.text':
    'Anonimna statistika obiskov, ki jo uporablja le to spletno mesto za svoje izboljšave in je nastavljena tako, da ne zahteva privolitve. Privzeto vklopljeno; ugovarjate lahko tako, da jo izklopite.',
  'purpose.analytics': 'Analitika',
  'purpose.analytics.text':
    'Podrobna statistika, toplotni zemljevidi ali posnetki sej analitičnih partnerjev, da bi razumeli, kako obiskovalci uporabljajo spletno mesto.',
  'purpose.advertising': 'Oglaševanje',
  'purpose.advertising.text':
    'Merjenje oglaševalskih akcij in prikazovanje oglasov glede na vaše interese, na tem spletnem mestu in drugje.',
  'purpose.social': 'Družbena omrežja',
  'purpose.social.text':
    'Videoposnetki, objave in gumbi za deljenje z družbenih omrežij in video platform, ki lahko sledijo vašim obiskom na različnih spletnih mestih.',
  'purpose.pixels': 'Slikovne pike za sledenje',
  'purpose.pixels.text':
    'Nevidne oznake, ki oglaševalskim platformam in družbenim omrežjem sporočajo, kaj počnete tukaj (obiski, nakupi), da lahko merijo in ciljajo svoje oglase.',
  'purpose.fraud': 'Preprečevanje goljufij pri plačilih',
  'purpose.fraud.text':
    'Preverja plačila ob zaključku nakupa, da odkrije goljufije. Potrebno je za varnost vašega plačila, zato ga ni mogoče izklopiti.',
};
