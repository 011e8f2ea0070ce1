/** Magyar szövegek (ugyanazok a kulcsok, mint az en.ts-ben); magázó forma. */
export default {
  bannerTitle: 'Sütik ezen a weboldalon',
  bannerText:
    'Az Ön hozzájárulásával mi és partnereink sütiket és hasonló nyomkövető technológiákat használunk a következő célokra: {purposes}. Az elutasítás semmit sem változtat a weboldal működésén. Döntését bármikor módosíthatja a(z) „{preferences}” részben.',
  policyLink: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  continueWithoutAccepting: 'Folytatás elfogadás nélkül',
  gpc: 'Böngészője Global Privacy Control jelzést küld, és mi ezt tiszteletben tartjuk: a hirdetések, a közösségi média és a követőpixelek kikapcsolva maradnak, hacsak Ön egyenként be nem kapcsolja őket.',
  preferencesTitle: 'Sütibeállítások',
  preferencesText:
    'Válassza ki, mely célokra és mely partnerek használhatnak sütiket ezen a weboldalon. Döntését {duration}ig őrizzük meg, és itt bármikor módosíthatja.',
  save: 'Beállítások mentése',
  close: 'Bezárás',
  saved: 'Beállításait elmentettük',
  alwaysOn: 'Mindig aktív',
  partners: 'Partnerek ({count})',
  details: 'Részletek',
  company: 'Vállalat',
  purpose: 'Cél',
  cookies: 'Sütik',
  none: 'Nincs',
  session: 'munkamenet',
  placeholder: 'A(z) {vendor} tartalma le van tiltva, mert Ön nem engedélyezte a következőt: „{purpose}”.',
  placeholderLoad: 'A(z) {vendor} engedélyezése és betöltése',
  tableCaption: '{purpose}: sütik és nyomkövetők',
  cookie: 'Süti',
  provider: 'Szolgáltató',
  lifetime: 'Megőrzési idő',
  use: 'Felhasználás',
  thirdParty: 'Harmadik fél',
  yes: 'Igen',
  no: 'Nem',
  thisSite: 'Ez a weboldal',
  consentCookie: 'Megőrzi az Ön sütibeállításait',
  'purpose.necessary': 'Feltétlenül szükséges',
  'purpose.necessary.text':
    'A weboldal működéséhez szükségesek: munkamenet, kosár, biztonság, terheléselosztás és sütibeállításainak megőrzése. A jogszabály mentesíti őket a hozzájárulás alól, ezért nem kapcsolhatók ki.',
  'purpose.audience': 'Látogatottságmérés (mentesített)',
  'purpose.audience.text':
    'Névtelen látogatási statisztikák, amelyeket csak ez a weboldal használ saját fejlesztésére, és úgy vannak beállítva, hogy ne igényeljenek hozzájárulást. Alapértelmezés szerint be van kapcsolva; kikapcsolásával tiltakozhat.',
  'purpose.analytics': 'Analitika',
  'purpose.analytics.text':
    'Analitikai partnerek részletes statisztikái, hőtérképei vagy munkamenet-felvételei annak megértéséhez, hogyan használják a látogatók a weboldalt.',
  'purpose.advertising': 'Hirdetés',
  'purpose.advertising.text':
    'Hirdetési kampányok mérése és az Ön érdeklődésén alapuló hirdetések megjelenítése ezen a weboldalon és máshol.',
  'purpose.social': 'Közösségi média',
  'purpose.social.text':
    'Közösségi hálózatok és videómegosztók videói, bejegyzései és megosztógombjai, amelyek különböző weboldalakon is követhetik látogatásait.',
  'purpose.pixels': 'Követőpixelek',
  'purpose.pixels.text':
    'Láthatatlan címkék, amelyek közlik a hirdetési és közösségi platformokkal, mit tesz itt (látogatások, vásárlások), hogy mérhessék és célozhassák hirdetéseiket.',
  'purpose.fraud': 'Fizetési csalások megelőzése',
  'purpose.fraud.text':
    'A pénztárnál ellenőrzi a fizetéseket a csalások felderítése érdekében. Fizetése biztonságához szükséges, ezért nem kapcsolható ki.',
};
