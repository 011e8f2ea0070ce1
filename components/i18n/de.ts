/** Deutsche Texte (gleiche Schlüssel wie en.ts). */
export default {
  bannerTitle: 'Cookies auf dieser Website',
  bannerText:
    'Wir und unsere Partner möchten Cookies und ähnliche Tracker verwenden für: {purposes}. Sie werden nur mit Ihrer Einwilligung gesetzt. Eine Ablehnung ändert nichts an der Nutzung der Website, und Sie können Ihre Wahl jederzeit unter „{preferences}“ ändern.',
  policyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  continueWithoutAccepting: 'Weiter ohne Einwilligung',
  gpc: 'Ihr Browser sendet ein Global-Privacy-Control-Signal, und wir beachten es: Werbung, soziale Medien und Tracking-Pixel bleiben aus, solange Sie sie nicht einzeln einschalten.',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText:
    'Wählen Sie, welche Zwecke und Partner auf dieser Website Cookies verwenden dürfen. Ihre Auswahl wird {duration} gespeichert und kann hier jederzeit geändert werden.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  saved: 'Ihre Auswahl wurde gespeichert',
  alwaysOn: 'Immer aktiv',
  partners: 'Partner ({count})',
  details: 'Details',
  company: 'Unternehmen',
  purpose: 'Zweck',
  cookies: 'Cookies',
  none: 'Keine',
  session: 'Sitzung',
  placeholder: 'Inhalte von {vendor} sind blockiert, weil Sie „{purpose}“ nicht erlaubt haben.',
  placeholderLoad: '{vendor} erlauben und laden',
  tableCaption: '{purpose}: Cookies und Tracker',
  cookie: 'Cookie',
  provider: 'Anbieter',
  lifetime: 'Speicherdauer',
  use: 'Verwendung',
  thirdParty: 'Drittanbieter',
  yes: 'Ja',
  no: 'Nein',
  thisSite: 'Diese Website',
  consentCookie: 'Speichert Ihre Cookie-Auswahl',
  'purpose.necessary': 'Unbedingt erforderlich',
  'purpose.necessary.text':
    'Für den Betrieb der Website nötig: Sitzung, Warenkorb, Sicherheit, Lastverteilung und das Speichern Ihrer Cookie-Auswahl. Sie sind gesetzlich von der Einwilligung ausgenommen und können nicht ausgeschaltet werden.',
  'purpose.audience': 'Reichweitenmessung (ausgenommen)',
  'purpose.audience.text':
    'Anonyme Besuchsstatistiken, die nur diese Website zu ihrer Verbesserung nutzt und die so eingerichtet sind, dass sie keine Einwilligung erfordern. Standardmäßig an; Sie können widersprechen, indem Sie sie ausschalten.',
  'purpose.analytics': 'Analyse',
  'purpose.analytics.text':
    'Detaillierte Statistiken, Heatmaps oder Sitzungsaufzeichnungen durch Analysepartner, um zu verstehen, wie die Website genutzt wird.',
  'purpose.advertising': 'Werbung',
  'purpose.advertising.text':
    'Werbekampagnen messen und Ihnen interessenbezogene Werbung zeigen, auf dieser Website und anderswo.',
  'purpose.social': 'Soziale Medien',
  'purpose.social.text':
    'Videos, Beiträge und Teilen-Schaltflächen sozialer Netzwerke und Videoplattformen, die Ihre Besuche über Websites hinweg verfolgen können.',
  'purpose.pixels': 'Tracking-Pixel',
  'purpose.pixels.text':
    'Unsichtbare Tags, die Werbe- und Social-Media-Plattformen mitteilen, was Sie hier tun (Besuche, Käufe), um ihre Werbung zu messen und auszurichten.',
  'purpose.fraud': 'Betrugsprävention bei Zahlungen',
  'purpose.fraud.text':
    'Prüft Zahlungen an der Kasse, um Betrug zu erkennen. Zur Sicherung Ihrer Zahlung nötig und daher nicht abschaltbar.',
};
