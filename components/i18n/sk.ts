/** Slovenské texty (rovnaké kľúče ako en.ts); vykanie. */
export default {
  bannerTitle: 'Súbory cookie na tejto stránke',
  bannerText:
    'S vaším súhlasom my a naši partneri používame súbory cookie a podobné sledovacie technológie na tieto účely: {purposes}. Odmietnutie nič nemení na fungovaní stránky. Svoje rozhodnutie môžete kedykoľvek zmeniť v časti „{preferences}“.',
  policyLink: 'Zásady ochrany osobných údajov',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  customize: 'Prispôsobiť',
  continueWithoutAccepting: 'Pokračovať bez súhlasu',
  gpc: 'Váš prehliadač odosiela signál Global Privacy Control a my ho rešpektujeme: reklama, sociálne siete a sledovacie pixely zostávajú vypnuté, kým ich jednotlivo nezapnete.',
  preferencesTitle: 'Nastavenia súborov cookie',
  preferencesText:
    'Vyberte, na ktoré účely a ktorí partneri môžu na tejto stránke používať súbory cookie. Vaša voľba sa uchováva {duration} a tu ju môžete kedykoľvek zmeniť.',
  save: 'Uložiť voľbu',
  close: 'Zavrieť',
  saved: 'Vaša voľba bola uložená',
  alwaysOn: 'Vždy zapnuté',
  partners: 'Partneri ({count})',
  details: 'Podrobnosti',
  company: 'Spoločnosť',
  purpose: 'Účel',
  cookies: 'Súbory cookie',
  none: 'Žiadne',
  session: 'relácia',
  placeholder: 'Obsah od {vendor} je zablokovaný, pretože ste nepovolili „{purpose}“.',
  placeholderLoad: 'Povoliť {vendor} a načítať',
  tableCaption: '{purpose}: súbory cookie a sledovacie prvky',
  cookie: 'Cookie',
  provider: 'Poskytovateľ',
  lifetime: 'Doba uchovávania',
  use: 'Použitie',
  thirdParty: 'Tretia strana',
  yes: 'Áno',
  no: 'Nie',
  thisSite: 'Táto stránka',
  consentCookie: 'Uchováva vašu voľbu súborov cookie',
  'purpose.necessary': 'Nevyhnutne potrebné',
  'purpose.necessary.text':
    'Potrebné na fungovanie stránky: relácia, košík, zabezpečenie, rozloženie záťaže a uchovanie vašej voľby súborov cookie. Zákon ich vyníma z povinnosti súhlasu, preto ich nemožno vypnúť.',
  'purpose.audience': 'Meranie návštevnosti (vyňaté)',
  'purpose.audience.text':
    'Anonymné štatistiky návštev, ktoré používa iba táto stránka na svoje zlepšovanie a ktoré sú nastavené tak, aby nevyžadovali súhlas. Predvolene zapnuté; námietku môžete vzniesť ich vypnutím.',
  'purpose.analytics': 'Analytika',
  'purpose.analytics.text':
    'Podrobné štatistiky, teplotné mapy alebo záznamy relácií od analytických partnerov, aby bolo možné pochopiť, ako návštevníci stránku používajú.',
  'purpose.advertising': 'Reklama',
  'purpose.advertising.text':
    'Meranie reklamných kampaní a zobrazovanie reklám podľa vašich záujmov, na tejto stránke aj inde.',
  'purpose.social': 'Sociálne siete',
  'purpose.social.text':
    'Videá, príspevky a tlačidlá zdieľania zo sociálnych sietí a videoplatforiem, ktoré môžu sledovať vaše návštevy naprieč stránkami.',
  'purpose.pixels': 'Sledovacie pixely',
  'purpose.pixels.text':
    'Neviditeľné značky, ktoré reklamným platformám a sociálnym sieťam oznamujú, čo tu robíte (návštevy, nákupy), aby mohli merať a cieliť svoje reklamy.',
  'purpose.fraud': 'Prevencia podvodov pri platbách',
  'purpose.fraud.text':
    'Kontroluje platby pri dokončení objednávky, aby odhalila podvody. Je potrebná na zabezpečenie vašej platby, preto ju nemožno vypnúť.',
};
