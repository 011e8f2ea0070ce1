/** Lietuviški tekstai (tie patys raktai kaip en.ts); kreipiamasi „Jūs“. */
export default {
  bannerTitle: 'Slapukai šioje svetainėje',
  bannerText:
    'Jums sutikus, mes ir mūsų partneriai naudojame slapukus ir panašias sekimo technologijas šiais tikslais: {purposes}. Atsisakius svetainė veiks lygiai taip pat. Savo sprendimą bet kada galite pakeisti skiltyje „{preferences}“.',
  policyLink: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  continueWithoutAccepting: 'Tęsti nesutikus',
  gpc: 'Jūsų naršyklė siunčia „Global Privacy Control“ signalą ir mes jo paisome: reklama, socialiniai tinklai ir sekimo pikseliai lieka išjungti, nebent juos įjungsite po vieną.',
  preferencesTitle: 'Slapukų nustatymai',
  preferencesText:
    'Pasirinkite, kokiais tikslais ir kurie partneriai gali naudoti slapukus šioje svetainėje. Jūsų pasirinkimų saugojimo laikas – {duration}; čia juos galite bet kada pakeisti.',
  save: 'Išsaugoti pasirinkimus',
  close: 'Uždaryti',
  saved: 'Jūsų pasirinkimai išsaugoti',
  alwaysOn: 'Visada įjungta',
  partners: 'Partneriai ({count})',
  details: 'Išsami informacija',
  company: 'Įmonė',
  purpose: 'Tikslas',
  cookies: 'Slapukai',
  none: 'Nėra',
  session: 'seansas',
  placeholder: '{vendor} turinys užblokuotas, nes neleidote tikslo „{purpose}“.',
  placeholderLoad: 'Leisti {vendor} ir įkelti',
  tableCaption: '{purpose}: slapukai ir sekimo priemonės',
  cookie: 'Slapukas',
  provider: 'Teikėjas',
  lifetime: 'Galiojimo laikas',
  use: 'Paskirtis',
  thirdParty: 'Trečioji šalis',
  yes: 'Taip',
  no: 'Ne',
  thisSite: 'Ši svetainė',
  consentCookie: 'Saugo Jūsų slapukų pasirinkimus',
  'purpose.necessary': 'Būtinieji',
  'purpose.necessary.text':
    'Reikalingi svetainei veikti: seansas, krepšelis, saugumas, apkrovos paskirstymas ir Jūsų slapukų pasirinkimų saugojimas. Įstatymas jiems netaiko sutikimo reikalavimo, todėl jų išjungti negalima.',
  'purpose.audience': 'Lankomumo matavimas (išimtis)',
  'purpose.audience.text':
    'Anoniminė lankymosi statistika, kurią naudoja tik ši svetainė savo tobulinimui ir kuri sukonfigūruota taip, kad sutikimo nereikėtų. Pagal numatytuosius nustatymus įjungta; galite nesutikti ją išjungdami.',
  'purpose.analytics': 'Analitika',
  'purpose.analytics.text':
    'Analitikos partnerių išsami statistika, šilumos žemėlapiai arba seansų įrašai, padedantys suprasti, kaip lankytojai naudojasi svetaine.',
  'purpose.advertising': 'Reklama',
  'purpose.advertising.text':
    'Reklamos kampanijų matavimas ir Jūsų pomėgiais pagrįstos reklamos rodymas šioje svetainėje ir kitur.',
  'purpose.social': 'Socialiniai tinklai',
  'purpose.social.text':
    'Socialinių tinklų ir vaizdo platformų vaizdo įrašai, įrašai ir bendrinimo mygtukai, galintys sekti Jūsų apsilankymus įvairiose svetainėse.',
  'purpose.pixels': 'Sekimo pikseliai',
  'purpose.pixels.text':
    'Nematomos žymos, pranešančios reklamos ir socialinių tinklų platformoms, ką čia darote (apsilankymai, pirkiniai), kad jos galėtų matuoti ir taikyti savo reklamą.',
  'purpose.fraud': 'Mokėjimo sukčiavimo prevencija',
  'purpose.fraud.text':
    'Tikrina mokėjimus atsiskaitant, kad aptiktų sukčiavimą. Būtina Jūsų mokėjimo saugumui, todėl išjungti negalima.',
};
