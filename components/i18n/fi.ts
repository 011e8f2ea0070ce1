/** Suomenkieliset tekstit (samat avaimet kuin en.ts). */
export default {
  bannerTitle: 'Evästeet tällä sivustolla',
  bannerText:
    'Suostumuksellasi me ja kumppanimme käytämme evästeitä ja vastaavia seurantatekniikoita seuraaviin tarkoituksiin: {purposes}. Kieltäytyminen ei muuta sivuston toimintaa millään tavalla. Voit muuttaa valintaasi milloin tahansa kohdassa ”{preferences}”.',
  policyLink: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  continueWithoutAccepting: 'Jatka hyväksymättä',
  gpc: 'Selaimesi lähettää Global Privacy Control -signaalin, ja noudatamme sitä: mainonta, sosiaalinen media ja seurantapikselit pysyvät pois päältä, ellet ota niitä käyttöön yksitellen.',
  preferencesTitle: 'Evästeasetukset',
  preferencesText:
    'Valitse, mihin tarkoituksiin ja mitkä kumppanit saavat käyttää evästeitä tällä sivustolla. Valintasi säilytetään {duration}, ja voit muuttaa niitä täällä milloin tahansa.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  saved: 'Valintasi on tallennettu',
  alwaysOn: 'Aina käytössä',
  partners: 'Kumppanit ({count})',
  details: 'Lisätiedot',
  company: 'Yritys',
  purpose: 'Käyttötarkoitus',
  cookies: 'Evästeet',
  none: 'Ei mitään',
  session: 'istunto',
  placeholder: 'Palvelun {vendor} sisältö on estetty, koska et ole sallinut kohtaa ”{purpose}”.',
  placeholderLoad: 'Salli {vendor} ja lataa',
  tableCaption: '{purpose}: evästeet ja seurantatekniikat',
  cookie: 'Eväste',
  provider: 'Palveluntarjoaja',
  lifetime: 'Säilytysaika',
  use: 'Käyttö',
  thirdParty: 'Kolmas osapuoli',
  yes: 'Kyllä',
  no: 'Ei',
  thisSite: 'Tämä sivusto',
  consentCookie: 'Säilyttää evästevalintasi',
  'purpose.necessary': 'Välttämättömät',
  'purpose.necessary.text':
    'Tarvitaan sivuston toimintaan: istunto, ostoskori, tietoturva, kuormantasaus ja evästevalintojesi säilyttäminen. Laki vapauttaa ne suostumuksen vaatimuksesta, joten niitä ei voi poistaa käytöstä.',
  'purpose.audience': 'Kävijämäärien mittaus (vapautettu)',
  'purpose.audience.text':
    'Nimettömiä kävijätilastoja, joita vain tämä sivusto käyttää kehittääkseen itseään ja jotka on määritetty niin, ettei niihin tarvita suostumusta. Oletuksena käytössä; voit vastustaa käsittelyä poistamalla sen käytöstä.',
  'purpose.analytics': 'Analytiikka',
  'purpose.analytics.text':
    'Analytiikkakumppaneiden yksityiskohtaiset tilastot, lämpökartat tai istuntotallenteet, joiden avulla ymmärretään, miten kävijät käyttävät sivustoa.',
  'purpose.advertising': 'Mainonta',
  'purpose.advertising.text':
    'Mainoskampanjoiden mittaaminen ja kiinnostuksen kohteisiisi perustuvien mainosten näyttäminen tällä sivustolla ja muualla.',
  'purpose.social': 'Sosiaalinen media',
  'purpose.social.text':
    'Sosiaalisten verkostojen ja videopalvelujen videot, julkaisut ja jakopainikkeet, jotka voivat seurata käyntejäsi eri sivustoilla.',
  'purpose.pixels': 'Seurantapikselit',
  'purpose.pixels.text':
    'Näkymättömät tunnisteet, jotka kertovat mainos- ja some-alustoille, mitä teet täällä (käynnit, ostot), jotta ne voivat mitata ja kohdentaa mainoksiaan.',
  'purpose.fraud': 'Maksupetosten estäminen',
  'purpose.fraud.text':
    'Tarkistaa maksut kassalla petosten havaitsemiseksi. Tarvitaan maksusi turvaamiseen, joten sitä ei voi poistaa käytöstä.',
};
