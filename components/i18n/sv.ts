/** Svenska texter (samma nycklar som en.ts). */
export default {
  bannerTitle: 'Kakor på den här webbplatsen',
  bannerText:
    'Med ditt samtycke använder vi och våra partner kakor och liknande spårningstekniker för: {purposes}. Att avböja ändrar ingenting i hur webbplatsen fungerar. Du kan ändra dig när som helst under ”{preferences}”.',
  policyLink: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  continueWithoutAccepting: 'Fortsätt utan att godkänna',
  gpc: 'Din webbläsare skickar en Global Privacy Control-signal och vi respekterar den: annonsering, sociala medier och spårningspixlar förblir avstängda om du inte slår på dem en i taget.',
  preferencesTitle: 'Inställningar för kakor',
  preferencesText:
    'Välj vilka ändamål och partner som får använda kakor på den här webbplatsen. Dina val sparas i {duration} och du kan ändra dem här när som helst.',
  save: 'Spara val',
  close: 'Stäng',
  saved: 'Dina val har sparats',
  alwaysOn: 'Alltid på',
  partners: 'Partner ({count})',
  details: 'Detaljer',
  company: 'Företag',
  purpose: 'Ändamål',
  cookies: 'Kakor',
  none: 'Inga',
  session: 'session',
  placeholder: 'Innehåll från {vendor} är blockerat eftersom du inte har tillåtit ”{purpose}”.',
  placeholderLoad: 'Tillåt {vendor} och ladda',
  tableCaption: '{purpose}: kakor och spårningstekniker',
  cookie: 'Kaka',
  provider: 'Leverantör',
  lifetime: 'Lagringstid',
  use: 'Användning',
  thirdParty: 'Tredje part',
  yes: 'Ja',
  no: 'Nej',
  thisSite: 'Den här webbplatsen',
  consentCookie: 'Sparar dina val om kakor',
  'purpose.necessary': 'Strikt nödvändiga',
  'purpose.necessary.text':
    'Behövs för att webbplatsen ska fungera: session, varukorg, säkerhet, lastbalansering och att spara dina val om kakor. Lagen undantar dem från samtycke, så de kan inte stängas av.',
  'purpose.audience': 'Besöksmätning (undantagen)',
  'purpose.audience.text':
    'Anonym besöksstatistik som bara den här webbplatsen använder för att förbättra sig, inställd så att den inte kräver samtycke. På som standard; du kan invända genom att stänga av den.',
  'purpose.analytics': 'Analys',
  'purpose.analytics.text':
    'Detaljerad statistik, värmekartor eller sessionsinspelningar från analyspartner, för att förstå hur besökare använder webbplatsen.',
  'purpose.advertising': 'Marknadsföring',
  'purpose.advertising.text':
    'Mätning av annonskampanjer och visning av annonser utifrån dina intressen, på den här webbplatsen och på andra ställen.',
  'purpose.social': 'Sociala medier',
  'purpose.social.text':
    'Videor, inlägg och delningsknappar från sociala nätverk och videoplattformar, som kan följa dina besök mellan webbplatser.',
  'purpose.pixels': 'Spårningspixlar',
  'purpose.pixels.text':
    'Osynliga taggar som berättar för annons- och sociala plattformar vad du gör här (besök, köp), så att de kan mäta och rikta sina annonser.',
  'purpose.fraud': 'Förebyggande av betalningsbedrägerier',
  'purpose.fraud.text':
    'Kontrollerar betalningar i kassan för att upptäcka bedrägerier. Behövs för att skydda din betalning och kan därför inte stängas av.',
};
