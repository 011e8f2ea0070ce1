/** Norske tekster, bokmål (samme nøkler som en.ts); `no` og `nn` får også disse. */
export default {
  bannerTitle: 'Informasjonskapsler på dette nettstedet',
  bannerText:
    'Med ditt samtykke bruker vi og våre partnere informasjonskapsler og lignende sporingsteknologier til: {purposes}. Å avslå endrer ingenting i hvordan nettstedet fungerer. Du kan når som helst ombestemme deg under «{preferences}».',
  policyLink: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  continueWithoutAccepting: 'Fortsett uten å godta',
  gpc: 'Nettleseren din sender et Global Privacy Control-signal, og vi respekterer det: annonsering, sosiale medier og sporingspiksler forblir slått av med mindre du slår dem på én etter én.',
  preferencesTitle: 'Innstillinger for informasjonskapsler',
  preferencesText:
    'Velg hvilke formål og partnere som kan bruke informasjonskapsler på dette nettstedet. Valgene dine lagres i {duration}, og du kan endre dem her når som helst.',
  save: 'Lagre valg',
  close: 'Lukk',
  saved: 'Valgene dine er lagret',
  alwaysOn: 'Alltid på',
  partners: 'Partnere ({count})',
  details: 'Detaljer',
  company: 'Selskap',
  purpose: 'Formål',
  cookies: 'Informasjonskapsler',
  none: 'Ingen',
  session: 'økt',
  placeholder: 'Innhold fra {vendor} er blokkert fordi du ikke har tillatt «{purpose}».',
  placeholderLoad: 'Tillat {vendor} og last inn',
  tableCaption: '{purpose}: informasjonskapsler og sporingsteknologier',
  cookie: 'Informasjonskapsel',
  provider: 'Leverandør',
  lifetime: 'Lagringstid',
  use: 'Bruk',
  thirdParty: 'Tredjepart',
  yes: 'Ja',
  no: 'Nei',
  thisSite: 'Dette nettstedet',
  consentCookie: 'Lagrer valgene dine for informasjonskapsler',
  'purpose.necessary': 'Strengt nødvendige',
  'purpose.necessary.text':
    'Nødvendige for at nettstedet skal fungere: økt, handlekurv, sikkerhet, lastfordeling og lagring av valgene dine for informasjonskapsler. Loven unntar dem fra samtykke, så de kan ikke slås av.',
  'purpose.audience': 'Trafikkmåling (unntatt)',
  'purpose.audience.text':
    'Anonym besøksstatistikk som bare dette nettstedet bruker for å bli bedre, satt opp slik at den ikke krever samtykke. På som standard; du kan protestere ved å slå den av.',
  'purpose.analytics': 'Analyse',
  'purpose.analytics.text':
    'Detaljert statistikk, varmekart eller øktopptak fra analysepartnere, for å forstå hvordan besøkende bruker nettstedet.',
  'purpose.advertising': 'Markedsføring',
  'purpose.advertising.text':
    'Måling av annonsekampanjer og visning av annonser basert på dine interesser, på dette nettstedet og andre steder.',
  'purpose.social': 'Sosiale medier',
  'purpose.social.text':
    'Videoer, innlegg og delingsknapper fra sosiale nettverk og videoplattformer, som kan følge besøkene dine på tvers av nettsteder.',
  'purpose.pixels': 'Sporingspiksler',
  'purpose.pixels.text':
    'Usynlige tagger som forteller annonse- og sosiale plattformer hva du gjør her (besøk, kjøp), slik at de kan måle og målrette annonsene sine.',
  'purpose.fraud': 'Forebygging av betalingssvindel',
  'purpose.fraud.text':
    'Kontrollerer betalinger i kassen for å avdekke svindel. Nødvendig for å sikre betalingen din og kan derfor ikke slås av.',
};
