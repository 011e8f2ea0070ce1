/** Testi italiani (stesse chiavi di en.ts). */
export default {
  bannerTitle: 'Cookie su questo sito',
  bannerText:
    'Noi e i nostri partner vorremmo usare cookie e tracker simili per: {purposes}. Vengono usati solo con il tuo consenso. Rifiutare non cambia nulla nel funzionamento del sito e puoi cambiare idea in qualsiasi momento da «{preferences}».',
  policyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutto',
  rejectAll: 'Rifiuta tutto',
  customize: 'Personalizza',
  continueWithoutAccepting: 'Continua senza accettare',
  gpc: 'Il tuo browser invia un segnale Global Privacy Control e lo rispettiamo: pubblicità, social media e pixel di tracciamento restano disattivati a meno che tu non li attivi uno per uno.',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesText:
    'Scegli quali finalità e partner possono usare cookie su questo sito. Le tue scelte sono conservate per {duration} e puoi modificarle qui in qualsiasi momento.',
  save: 'Salva le scelte',
  close: 'Chiudi',
  saved: 'Le tue scelte sono state salvate',
  alwaysOn: 'Sempre attivi',
  partners: 'Partner ({count})',
  details: 'Dettagli',
  company: 'Società',
  purpose: 'Finalità',
  cookies: 'Cookie',
  none: 'Nessuno',
  session: 'sessione',
  placeholder: 'Il contenuto di {vendor} è bloccato perché non hai autorizzato «{purpose}».',
  placeholderLoad: 'Consenti {vendor} e carica',
  tableCaption: '{purpose}: cookie e tracker',
  cookie: 'Cookie',
  provider: 'Fornitore',
  lifetime: 'Durata',
  use: 'Utilizzo',
  thirdParty: 'Di terze parti',
  yes: 'Sì',
  no: 'No',
  thisSite: 'Questo sito',
  consentCookie: 'Conserva le tue scelte sui cookie',
  'purpose.necessary': 'Strettamente necessari',
  'purpose.necessary.text':
    'Necessari al funzionamento del sito: sessione, carrello, sicurezza, bilanciamento del carico e conservazione delle tue scelte. La legge li esonera dal consenso, quindi non si possono disattivare.',
  'purpose.audience': 'Misurazione del pubblico (esente)',
  'purpose.audience.text':
    'Statistiche di visita anonime usate solo da questo sito per migliorarlo, configurate per essere esenti dal consenso. Attiva per impostazione predefinita; puoi opporti disattivandola.',
  'purpose.analytics': 'Statistiche',
  'purpose.analytics.text':
    'Statistiche dettagliate, mappe di calore o registrazioni di sessione dei partner di analisi, per capire come viene usato il sito.',
  'purpose.advertising': 'Pubblicità',
  'purpose.advertising.text':
    'Misurare le campagne pubblicitarie e mostrarti annunci in base ai tuoi interessi, su questo sito e altrove.',
  'purpose.social': 'Social media',
  'purpose.social.text':
    'Video, post e pulsanti di condivisione di social network e piattaforme video, che possono seguire le tue visite da un sito all’altro.',
  'purpose.pixels': 'Pixel di tracciamento',
  'purpose.pixels.text':
    'Tag invisibili che comunicano alle piattaforme pubblicitarie e social cosa fai qui (visite, acquisti) per misurare e indirizzare i loro annunci.',
  'purpose.fraud': 'Prevenzione delle frodi nei pagamenti',
  'purpose.fraud.text':
    'Verifica i pagamenti alla cassa per individuare frodi. Necessaria per proteggere il pagamento, quindi non si può disattivare.',
};
