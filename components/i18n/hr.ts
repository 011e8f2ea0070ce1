/** Hrvatski tekstovi (isti ključevi kao en.ts); obraćanje s „Vi”. */
export default {
  bannerTitle: 'Kolačići na ovoj web-stranici',
  bannerText:
    'Uz Vašu privolu mi i naši partneri upotrebljavamo kolačiće i slične alate za praćenje u sljedeće svrhe: {purposes}. Odbijanje ne mijenja ništa u radu stranice. Svoju odluku možete u bilo kojem trenutku promijeniti u „{preferences}”.',
  policyLink: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  continueWithoutAccepting: 'Nastavi bez prihvaćanja',
  gpc: 'Vaš preglednik šalje signal Global Privacy Control i mi ga poštujemo: oglašavanje, društvene mreže i pikseli za praćenje ostaju isključeni ako ih ne uključite jedan po jedan.',
  preferencesTitle: 'Postavke kolačića',
  preferencesText:
    'Odaberite koje svrhe i koji partneri smiju upotrebljavati kolačiće na ovoj stranici. Vaš se odabir čuva {duration} i ovdje ga možete promijeniti u bilo kojem trenutku.',
  save: 'Spremi odabir',
  close: 'Zatvori',
  saved: 'Vaš je odabir spremljen',
  alwaysOn: 'Uvijek uključeno',
  partners: 'Partneri ({count})',
  details: 'Pojedinosti',
  company: 'Tvrtka',
  purpose: 'Svrha',
  cookies: 'Kolačići',
  none: 'Nema',
  session: 'sesija',
  placeholder: 'Sadržaj usluge {vendor} blokiran je jer niste dopustili „{purpose}”.',
  placeholderLoad: 'Dopusti {vendor} i učitaj',
  tableCaption: '{purpose}: kolačići i alati za praćenje',
  cookie: 'Kolačić',
  provider: 'Pružatelj',
  lifetime: 'Trajanje',
  use: 'Namjena',
  thirdParty: 'Treća strana',
  yes: 'Da',
  no: 'Ne',
  thisSite: 'Ova stranica',
  consentCookie: 'Čuva Vaš odabir kolačića',
  'purpose.necessary': 'Nužni',
  'purpose.necessary.text':
    'Potrebni za rad stranice: sesija, košarica, sigurnost, raspodjela opterećenja i čuvanje Vašeg odabira kolačića. Zakon ih izuzima od privole pa se ne mogu isključiti.',
  'purpose.audience': 'Mjerenje posjećenosti (izuzeto)',
  'purpose.audience.text':
    'Anonimna statistika posjeta koju upotrebljava samo ova stranica kako bi se poboljšala, postavljena tako da ne zahtijeva privolu. Uključeno prema zadanim postavkama; možete se usprotiviti tako da je isključite.',
  'purpose.analytics': 'Analitika',
  'purpose.analytics.text':
    'Detaljna statistika, toplinske karte ili snimke sesija analitičkih partnera, kako bi se razumjelo kako posjetitelji upotrebljavaju stranicu.',
  'purpose.advertising': 'Oglašavanje',
  'purpose.advertising.text':
    'Mjerenje oglasnih kampanja i prikazivanje oglasa prema Vašim interesima, na ovoj stranici i drugdje.',
  'purpose.social': 'Društvene mreže',
  'purpose.social.text':
    'Videozapisi, objave i gumbi za dijeljenje s društvenih mreža i videoplatformi, koji mogu pratiti Vaše posjete na različitim stranicama.',
  'purpose.pixels': 'Pikseli za praćenje',
  'purpose.pixels.text':
    'Nevidljive oznake koje oglašivačkim platformama i društvenim mrežama javljaju što radite ovdje (posjeti, kupnje) kako bi mjerile i ciljale svoje oglase.',
  'purpose.fraud': 'Sprječavanje prijevara pri plaćanju',
  'purpose.fraud.text':
    'Provjerava plaćanja na blagajni radi otkrivanja prijevara. Potrebno je za sigurnost Vašeg plaćanja pa se ne može isključiti.',
};
