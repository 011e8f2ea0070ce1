/** Textos en català (les mateixes claus que en.ts); tractament de vós. */
export default {
  bannerTitle: 'Galetes en aquest lloc web',
  bannerText:
    'Amb el vostre consentiment, nosaltres i els nostres socis fem servir galetes i tecnologies de seguiment similars per a: {purposes}. Rebutjar-les no canvia res en el funcionament del lloc. Podeu canviar d’opinió en qualsevol moment a «{preferences}».',
  policyLink: 'Política de privadesa',
  acceptAll: 'Accepta-ho tot',
  rejectAll: 'Rebutja-ho tot',
  customize: 'Personalitza',
  continueWithoutAccepting: 'Continua sense acceptar',
  gpc: 'El vostre navegador envia un senyal Global Privacy Control i el respectem: la publicitat, les xarxes socials i els píxels de seguiment es mantenen desactivats, tret que els activeu un per un.',
  preferencesTitle: 'Preferències de galetes',
  preferencesText:
    'Trieu quines finalitats i quins socis poden fer servir galetes en aquest lloc. Les vostres opcions es conserven {duration} i les podeu canviar aquí en qualsevol moment.',
  save: 'Desa les opcions',
  close: 'Tanca',
  saved: 'S’han desat les vostres opcions',
  alwaysOn: 'Sempre actiu',
  partners: 'Socis ({count})',
  details: 'Detalls',
  company: 'Empresa',
  purpose: 'Finalitat',
  cookies: 'Galetes',
  none: 'Cap',
  session: 'sessió',
  placeholder: 'El contingut de {vendor} està bloquejat perquè no heu permès «{purpose}».',
  placeholderLoad: 'Permet {vendor} i carrega',
  tableCaption: '{purpose}: galetes i tecnologies de seguiment',
  cookie: 'Galeta',
  provider: 'Proveïdor',
  lifetime: 'Durada',
  use: 'Ús',
  thirdParty: 'Tercers',
  yes: 'Sí',
  no: 'No',
  thisSite: 'Aquest lloc',
  consentCookie: 'Conserva les vostres opcions de galetes',
  'purpose.necessary': 'Estrictament necessàries',
  'purpose.necessary.text':
    'Necessàries perquè el lloc funcioni: sessió, cistella, seguretat, distribució de la càrrega i conservació de les vostres opcions de galetes. La llei les eximeix del consentiment, per això no es poden desactivar.',
  'purpose.audience': 'Mesurament d’audiència (exempt)',
  'purpose.audience.text':
    'Estadístiques anònimes de visites que només fa servir aquest lloc per millorar, configurades de manera que no requereixin consentiment. Activat per defecte; us hi podeu oposar desactivant-lo.',
  'purpose.analytics': 'Analítica',
  'purpose.analytics.text':
    'Estadístiques detallades, mapes de calor o enregistraments de sessions de socis d’analítica, per entendre com fan servir el lloc els visitants.',
  'purpose.advertising': 'Publicitat',
  'purpose.advertising.text':
    'Mesurar campanyes publicitàries i mostrar-vos anuncis basats en els vostres interessos, en aquest lloc i en altres.',
  'purpose.social': 'Xarxes socials',
  'purpose.social.text':
    'Vídeos, publicacions i botons de compartir de xarxes socials i plataformes de vídeo, que poden seguir les vostres visites d’un lloc a un altre.',
  'purpose.pixels': 'Píxels de seguiment',
  'purpose.pixels.text':
    'Etiquetes invisibles que informen les plataformes publicitàries i socials del que feu aquí (visites, compres), per mesurar i orientar els seus anuncis.',
  'purpose.fraud': 'Prevenció del frau en els pagaments',
  'purpose.fraud.text':
    'Comprova els pagaments en finalitzar la compra per detectar fraus. Cal per protegir el vostre pagament, per això no es pot desactivar.',
};
