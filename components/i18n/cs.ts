/** České texty (stejné klíče jako en.ts); vykání. */
export default {
  bannerTitle: 'Soubory cookie na tomto webu',
  bannerText:
    'S vaším souhlasem my a naši partneři používáme soubory cookie a podobné sledovací technologie pro: {purposes}. Odmítnutí nic nemění na fungování webu. Svou volbu můžete kdykoli změnit v části „{preferences}“.',
  policyLink: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  continueWithoutAccepting: 'Pokračovat bez souhlasu',
  gpc: 'Váš prohlížeč odesílá signál Global Privacy Control a my ho respektujeme: reklama, sociální sítě a sledovací pixely zůstávají vypnuté, dokud je jednotlivě nezapnete.',
  preferencesTitle: 'Nastavení souborů cookie',
  preferencesText:
    'Zvolte, které účely a partneři smějí na tomto webu používat soubory cookie. Vaše volba se uchovává {duration} a zde ji můžete kdykoli změnit.',
  save: 'Uložit volbu',
  close: 'Zavřít',
  saved: 'Vaše volba byla uložena',
  alwaysOn: 'Vždy zapnuto',
  partners: 'Partneři ({count})',
  details: 'Podrobnosti',
  company: 'Společnost',
  purpose: 'Účel',
  cookies: 'Soubory cookie',
  none: 'Žádné',
  session: 'relace',
  placeholder: 'Obsah od {vendor} je zablokován, protože jste nepovolili „{purpose}“.',
  placeholderLoad: 'Povolit {vendor} a načíst',
  tableCaption: '{purpose}: soubory cookie a sledovací prvky',
  cookie: 'Cookie',
  provider: 'Poskytovatel',
  lifetime: 'Doba uložení',
  use: 'Použití',
  thirdParty: 'Třetí strana',
  yes: 'Ano',
  no: 'Ne',
  thisSite: 'Tento web',
  consentCookie: 'Uchovává vaši volbu souborů cookie',
  'purpose.necessary': 'Nezbytně nutné',
  'purpose.necessary.text':
    'Potřebné pro fungování webu: relace, košík, zabezpečení, rozložení zátěže a uchování vaší volby souborů cookie. Zákon je vyjímá z povinnosti souhlasu, proto je nelze vypnout.',
  'purpose.audience': 'Měření návštěvnosti (vyjmuto)',
  'purpose.audience.text':
    'Anonymní statistiky návštěv, které používá pouze tento web ke svému zlepšení a které jsou nastaveny tak, že nevyžadují souhlas. Ve výchozím stavu zapnuto; můžete vznést námitku tím, že je vypnete.',
  'purpose.analytics': 'Analytika',
  'purpose.analytics.text':
    'Podrobné statistiky, teplotní mapy nebo záznamy relací od analytických partnerů, aby bylo možné porozumět tomu, jak návštěvníci web používají.',
  'purpose.advertising': 'Reklama',
  'purpose.advertising.text':
    'Měření reklamních kampaní a zobrazování reklam podle vašich zájmů, na tomto webu i jinde.',
  'purpose.social': 'Sociální sítě',
  'purpose.social.text':
    'Videa, příspěvky a tlačítka pro sdílení ze sociálních sítí a videoplatforem, které mohou sledovat vaše návštěvy napříč weby.',
  'purpose.pixels': 'Sledovací pixely',
  'purpose.pixels.text':
    'Neviditelné značky, které reklamním platformám a sociálním sítím sdělují, co zde děláte (návštěvy, nákupy), aby mohly měřit a cílit své reklamy.',
  'purpose.fraud': 'Prevence podvodů při platbách',
  'purpose.fraud.text':
    'Kontroluje platby při dokončení objednávky, aby odhalila podvody. Je nutná k zabezpečení vaší platby, proto ji nelze vypnout.',
};
