/** Téacsanna Gaeilge (na heochracha céanna le en.ts). */
export default {
  bannerTitle: 'Fianáin ar an suíomh seo',
  bannerText:
    'Le do thoiliú, úsáidimidne agus ár gcomhpháirtithe fianáin agus rianairí cosúil leo chun na críocha seo: {purposes}. Ní athraíonn diúltú aon ní ar an gcaoi a n-oibríonn an suíomh. Is féidir leat d’intinn a athrú am ar bith in “{preferences}”.',
  policyLink: 'Beartas príobháideachais',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  customize: 'Saincheap',
  continueWithoutAccepting: 'Lean ar aghaidh gan glacadh',
  gpc: 'Seolann do bhrabhsálaí comhartha Global Privacy Control agus urramaímid é: fanann fógraíocht, na meáin shóisialta agus picteilíní rianaithe múchta mura gcasann tú air iad ceann ar cheann.',
  preferencesTitle: 'Roghanna fianán',
  preferencesText:
    'Roghnaigh cé na críocha agus cé na comhpháirtithe a bhfuil cead acu fianáin a úsáid ar an suíomh seo. Coinnítear do roghanna ar feadh {duration} agus is féidir leat iad a athrú anseo am ar bith.',
  save: 'Sábháil roghanna',
  close: 'Dún',
  saved: 'Sábháladh do roghanna',
  alwaysOn: 'Ar siúl i gcónaí',
  partners: 'Comhpháirtithe ({count})',
  details: 'Sonraí',
  company: 'Cuideachta',
  purpose: 'Cuspóir',
  cookies: 'Fianáin',
  none: 'Dada',
  session: 'seisiún',
  placeholder: 'Tá ábhar ó {vendor} blocáilte mar nár cheadaigh tú “{purpose}”.',
  placeholderLoad: 'Ceadaigh {vendor} agus lódáil',
  tableCaption: '{purpose}: fianáin agus rianairí',
  cookie: 'Fianán',
  provider: 'Soláthraí',
  lifetime: 'Tréimhse stórála',
  use: 'Úsáid',
  thirdParty: 'Tríú páirtí',
  yes: 'Tá',
  no: 'Níl',
  thisSite: 'An suíomh seo',
  consentCookie: 'Coinníonn sé do roghanna fianán',
  'purpose.necessary': 'Fíor-riachtanach',
  'purpose.necessary.text':
    'Riachtanach chun go n-oibreoidh an suíomh: seisiún, cairt, slándáil, cothromú ualaigh agus do roghanna fianán a choinneáil. Díolmhaíonn an dlí iad ó thoiliú, mar sin ní féidir iad a mhúchadh.',
  'purpose.audience': 'Tomhas lucht féachana (díolmhaithe)',
  'purpose.audience.text':
    'Staitisticí anaithnide cuairte nach n-úsáideann ach an suíomh seo chun é féin a fheabhsú, socraithe sa chaoi nach bhfuil toiliú ag teastáil. Ar siúl de réir réamhshocraithe; is féidir leat agóid a dhéanamh trína mhúchadh.',
  'purpose.analytics': 'Anailísíocht',
  'purpose.analytics.text':
    'Staitisticí mionsonraithe, teasléarscáileanna nó taifeadtaí seisiúin ó chomhpháirtithe anailísíochta, chun tuiscint a fháil ar an gcaoi a n-úsáideann cuairteoirí an suíomh.',
  'purpose.advertising': 'Fógraíocht',
  'purpose.advertising.text':
    'Feachtais fógraíochta a thomhas agus fógraí a thaispeáint duit bunaithe ar do spéiseanna, ar an suíomh seo agus in áiteanna eile.',
  'purpose.social': 'Na meáin shóisialta',
  'purpose.social.text':
    'Físeáin, postálacha agus cnaipí comhroinnte ó líonraí sóisialta agus ardáin físe, ar féidir leo do chuairteanna a leanúint ó shuíomh go suíomh.',
  'purpose.pixels': 'Picteilíní rianaithe',
  'purpose.pixels.text':
    'Clibeanna dofheicthe a insíonn d’ardáin fógraíochta agus shóisialta cad a dhéanann tú anseo (cuairteanna, ceannacháin), chun a gcuid fógraí a thomhas agus a dhíriú.',
  'purpose.fraud': 'Calaois íocaíochta a chosc',
  'purpose.fraud.text':
    'Seiceálann sé íocaíochtaí ag an tseiceáil amach chun calaois a bhrath. Tá sé riachtanach chun d’íocaíocht a chosaint, mar sin ní féidir é a mhúchadh.',
};
