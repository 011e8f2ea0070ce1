/** Texte în limba română (aceleași chei ca en.ts); formă de politețe „dumneavoastră”. */
export default {
  bannerTitle: 'Cookie-uri pe acest site',
  bannerText:
    'Cu acordul dumneavoastră, noi și partenerii noștri folosim cookie-uri și tehnologii de urmărire similare pentru: {purposes}. Refuzul nu schimbă nimic în funcționarea site-ului. Vă puteți răzgândi oricând în „{preferences}”.',
  policyLink: 'Politica de confidențialitate',
  acceptAll: 'Acceptă tot',
  rejectAll: 'Refuză tot',
  customize: 'Personalizează',
  continueWithoutAccepting: 'Continuă fără a accepta',
  gpc: 'Browserul dumneavoastră trimite un semnal Global Privacy Control și îl respectăm: publicitatea, rețelele sociale și pixelii de urmărire rămân dezactivate, cu excepția cazului în care le activați unul câte unul.',
  preferencesTitle: 'Preferințe privind cookie-urile',
  preferencesText:
    'Alegeți scopurile și partenerii care pot folosi cookie-uri pe acest site. Alegerile dumneavoastră sunt păstrate {duration} și le puteți modifica aici oricând.',
  save: 'Salvează alegerile',
  close: 'Închide',
  saved: 'Alegerile dumneavoastră au fost salvate',
  alwaysOn: 'Întotdeauna activ',
  partners: 'Parteneri ({count})',
  details: 'Detalii',
  company: 'Companie',
  purpose: 'Scop',
  cookies: 'Cookie-uri',
  none: 'Niciunul',
  session: 'sesiune',
  placeholder: 'Conținutul {vendor} este blocat deoarece nu ați permis „{purpose}”.',
  placeholderLoad: 'Permite {vendor} și încarcă',
  tableCaption: '{purpose}: cookie-uri și instrumente de urmărire',
  cookie: 'Cookie',
  provider: 'Furnizor',
  lifetime: 'Durată',
  use: 'Utilizare',
  thirdParty: 'Terță parte',
  yes: 'Da',
  no: 'Nu',
  thisSite: 'Acest site',
  consentCookie: 'Păstrează alegerile dumneavoastră privind cookie-urile',
  'purpose.necessary': 'Strict necesare',
  'purpose.necessary.text':
    'Necesare pentru funcționarea site-ului: sesiune, coș, securitate, echilibrarea încărcării și păstrarea alegerilor privind cookie-urile. Legea le scutește de consimțământ, de aceea nu pot fi dezactivate.',
  'purpose.audience': 'Măsurarea audienței (scutită)',
  'purpose.audience.text':
    'Statistici anonime ale vizitelor, folosite doar de acest site pentru a se îmbunătăți și configurate astfel încât să nu necesite consimțământ. Activată implicit; vă puteți opune dezactivând-o.',
  'purpose.analytics': 'Analiză',
  'purpose.analytics.text':
    'Statistici detaliate, hărți termice sau înregistrări ale sesiunilor realizate de parteneri de analiză, pentru a înțelege cum folosesc vizitatorii site-ul.',
  'purpose.advertising': 'Publicitate',
  'purpose.advertising.text':
    'Măsurarea campaniilor publicitare și afișarea de reclame pe baza intereselor dumneavoastră, pe acest site și în altă parte.',
  'purpose.social': 'Rețele sociale',
  'purpose.social.text':
    'Videoclipuri, postări și butoane de distribuire de la rețele sociale și platforme video, care vă pot urmări vizitele de la un site la altul.',
  'purpose.pixels': 'Pixeli de urmărire',
  'purpose.pixels.text':
    'Etichete invizibile care comunică platformelor de publicitate și rețelelor sociale ce faceți aici (vizite, achiziții), pentru a-și măsura și direcționa reclamele.',
  'purpose.fraud': 'Prevenirea fraudei la plată',
  'purpose.fraud.text':
    'Verifică plățile la finalizarea comenzii pentru a detecta fraudele. Este necesară pentru securitatea plății dumneavoastră, de aceea nu poate fi dezactivată.',
};
