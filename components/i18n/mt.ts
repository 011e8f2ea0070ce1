/** Testi bil-Malti (l-istess ċwievet bħal en.ts). */
export default {
  bannerTitle: 'Cookies fuq dan is-sit',
  bannerText:
    'Bil-kunsens tiegħek, aħna u l-imsieħba tagħna nużaw cookies u traċċaturi simili għal: {purposes}. Jekk tirrifjuta ma jinbidel xejn f’kif jaħdem is-sit. Tista’ tbiddel il-fehma tiegħek fi kwalunkwe ħin f’“{preferences}”.',
  policyLink: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  continueWithoutAccepting: 'Kompli mingħajr ma taċċetta',
  gpc: 'Il-browser tiegħek qed jibgħat sinjal Global Privacy Control u aħna nirrispettawh: ir-reklamar, il-midja soċjali u l-pixels tat-traċċar jibqgħu mitfija sakemm ma tixgħelhomx wieħed wieħed.',
  preferencesTitle: 'Preferenzi tal-cookies',
  preferencesText:
    'Agħżel liema skopijiet u liema msieħba jistgħu jużaw cookies fuq dan is-sit. L-għażliet tiegħek jinżammu għal {duration} u tista’ tibdilhom hawn fi kwalunkwe ħin.',
  save: 'Issejvja l-għażliet',
  close: 'Agħlaq',
  saved: 'L-għażliet tiegħek ġew issejvjati',
  alwaysOn: 'Dejjem mixgħul',
  partners: 'Imsieħba ({count})',
  details: 'Dettalji',
  company: 'Kumpanija',
  purpose: 'Skop',
  cookies: 'Cookies',
  none: 'Xejn',
  session: 'sessjoni',
  placeholder: 'Il-kontenut ta’ {vendor} huwa mblukkat għax ma ppermettejtx “{purpose}”.',
  placeholderLoad: 'Ippermetti {vendor} u tella’',
  tableCaption: '{purpose}: cookies u traċċaturi',
  cookie: 'Cookie',
  provider: 'Fornitur',
  lifetime: 'Tul ta’ żmien',
  use: 'Użu',
  thirdParty: 'Parti terza',
  yes: 'Iva',
  no: 'Le',
  thisSite: 'Dan is-sit',
  consentCookie: 'Iżomm l-għażliet tiegħek dwar il-cookies',
  'purpose.necessary': 'Strettament meħtieġa',
  'purpose.necessary.text':
    'Meħtieġa biex is-sit jaħdem: sessjoni, karrettun, sigurtà, distribuzzjoni tat-tagħbija u ż-żamma tal-għażliet tiegħek dwar il-cookies. Il-liġi teżentahom mill-kunsens, għalhekk ma jistgħux jintfew.',
  'purpose.audience': 'Kejl tal-udjenza (eżentat)',
  'purpose.audience.text':
    'Statistika anonima taż-żjarat użata biss minn dan is-sit biex jitjieb, imfassla b’mod li ma teħtieġx kunsens. Mixgħula awtomatikament; tista’ toġġezzjona billi titfiha.',
  'purpose.analytics': 'Analitika',
  'purpose.analytics.text':
    'Statistika dettaljata, heatmaps jew reġistrazzjonijiet tas-sessjonijiet minn imsieħba tal-analitika, biex nifhmu kif il-viżitaturi jużaw is-sit.',
  'purpose.advertising': 'Reklamar',
  'purpose.advertising.text':
    'Kejl tal-kampanji tar-reklamar u reklami mfassla fuq l-interessi tiegħek, fuq dan is-sit u x’imkien ieħor.',
  'purpose.social': 'Midja soċjali',
  'purpose.social.text':
    'Vidjows, posts u buttuni għall-qsim minn netwerks soċjali u pjattaformi tal-vidjows, li jistgħu jsegwu ż-żjarat tiegħek minn sit għal ieħor.',
  'purpose.pixels': 'Pixels tat-traċċar',
  'purpose.pixels.text':
    'Tikketti inviżibbli li jgħarrfu lill-pjattaformi tar-reklamar u soċjali x’tagħmel hawn (żjarat, xiri), biex ikejlu u jimmiraw ir-reklami tagħhom.',
  'purpose.fraud': 'Prevenzjoni tal-frodi fil-pagamenti',
  'purpose.fraud.text':
    'Jiċċekkja l-pagamenti fil-checkout biex jinduna bil-frodi. Meħtieġ biex jiżgura l-pagament tiegħek, għalhekk ma jistax jintefa.',
};
