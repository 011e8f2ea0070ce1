/** Danske tekster (samme nøgler som en.ts). */
export default {
  bannerTitle: 'Cookies på dette websted',
  bannerText:
    'Med dit samtykke bruger vi og vores partnere cookies og lignende sporingsteknologier til: {purposes}. Et afslag ændrer intet ved, hvordan webstedet fungerer. Du kan til enhver tid ændre dit valg under “{preferences}”.',
  policyLink: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  continueWithoutAccepting: 'Fortsæt uden at acceptere',
  gpc: 'Din browser sender et Global Privacy Control-signal, og vi respekterer det: annoncering, sociale medier og sporingspixels forbliver slået fra, medmindre du slår dem til én ad gangen.',
  preferencesTitle: 'Cookieindstillinger',
  preferencesText:
    'Vælg, hvilke formål og partnere der må bruge cookies på dette websted. Dine valg gemmes i {duration}, og du kan til enhver tid ændre dem her.',
  save: 'Gem valg',
  close: 'Luk',
  saved: 'Dine valg er gemt',
  alwaysOn: 'Altid aktiv',
  partners: 'Partnere ({count})',
  details: 'Detaljer',
  company: 'Virksomhed',
  purpose: 'Formål',
  cookies: 'Cookies',
  none: 'Ingen',
  session: 'session',
  placeholder: 'Indhold fra {vendor} er blokeret, fordi du ikke har tilladt “{purpose}”.',
  placeholderLoad: 'Tillad {vendor} og indlæs',
  tableCaption: '{purpose}: cookies og sporingsteknologier',
  cookie: 'Cookie',
  provider: 'Udbyder',
  lifetime: 'Varighed',
  use: 'Anvendelse',
  thirdParty: 'Tredjepart',
  yes: 'Ja',
  no: 'Nej',
  thisSite: 'Dette websted',
  consentCookie: 'Gemmer dine cookievalg',
  'purpose.necessary': 'Strengt nødvendige',
  'purpose.necessary.text':
    'Nødvendige for at webstedet fungerer: session, indkøbskurv, sikkerhed, belastningsfordeling og lagring af dine cookievalg. Loven undtager dem fra samtykke, så de kan ikke slås fra.',
  'purpose.audience': 'Måling af besøgstal (undtaget)',
  'purpose.audience.text':
    'Anonym besøgsstatistik, som kun dette websted bruger til at forbedre sig, og som er sat op, så den ikke kræver samtykke. Slået til som standard; du kan gøre indsigelse ved at slå den fra.',
  'purpose.analytics': 'Statistik',
  'purpose.analytics.text':
    'Detaljeret statistik, heatmaps eller sessionsoptagelser fra analysepartnere for at forstå, hvordan besøgende bruger webstedet.',
  'purpose.advertising': 'Markedsføring',
  'purpose.advertising.text':
    'Måling af annoncekampagner og visning af annoncer baseret på dine interesser, på dette websted og andre steder.',
  'purpose.social': 'Sociale medier',
  'purpose.social.text':
    'Videoer, opslag og delingsknapper fra sociale netværk og videoplatforme, som kan følge dine besøg på tværs af websteder.',
  'purpose.pixels': 'Sporingspixels',
  'purpose.pixels.text':
    'Usynlige tags, der fortæller annonce- og sociale platforme, hvad du gør her (besøg, køb), så de kan måle og målrette deres annoncer.',
  'purpose.fraud': 'Forebyggelse af betalingssvindel',
  'purpose.fraud.text':
    'Kontrollerer betalinger ved kassen for at opdage svindel. Nødvendig for at sikre din betaling og kan derfor ikke slås fra.',
};
