/** Polskie teksty (te same klucze co en.ts); zwroty na „Ty”, jak przyjęło się w serwisach. */
export default {
  bannerTitle: 'Pliki cookie w tym serwisie',
  bannerText:
    'Za Twoją zgodą my i nasi partnerzy używamy plików cookie i podobnych technologii śledzących w następujących celach: {purposes}. Odmowa nie zmienia niczego w działaniu serwisu. Decyzję można zmienić w dowolnym momencie w sekcji „{preferences}”.',
  policyLink: 'Polityka prywatności',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  continueWithoutAccepting: 'Kontynuuj bez akceptacji',
  gpc: 'Twoja przeglądarka wysyła sygnał Global Privacy Control i respektujemy go: reklamy, media społecznościowe i piksele śledzące pozostają wyłączone, dopóki nie włączysz ich pojedynczo.',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesText:
    'Wybierz, w jakich celach i którzy partnerzy mogą używać plików cookie w tym serwisie. Twoje wybory są przechowywane przez {duration} i można je tu zmienić w dowolnym momencie.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  saved: 'Twój wybór został zapisany',
  alwaysOn: 'Zawsze aktywne',
  partners: 'Partnerzy ({count})',
  details: 'Szczegóły',
  company: 'Firma',
  purpose: 'Cel',
  cookies: 'Pliki cookie',
  none: 'Brak',
  session: 'sesja',
  placeholder: 'Treść {vendor} jest zablokowana, ponieważ cel „{purpose}” nie został dozwolony.',
  placeholderLoad: 'Zezwól na {vendor} i załaduj',
  tableCaption: '{purpose}: pliki cookie i technologie śledzące',
  cookie: 'Plik cookie',
  provider: 'Dostawca',
  lifetime: 'Okres przechowywania',
  use: 'Zastosowanie',
  thirdParty: 'Podmiot zewnętrzny',
  yes: 'Tak',
  no: 'Nie',
  thisSite: 'Ten serwis',
  consentCookie: 'Przechowuje Twoje wybory dotyczące plików cookie',
  'purpose.necessary': 'Niezbędne',
  'purpose.necessary.text':
    'Potrzebne do działania serwisu: sesja, koszyk, bezpieczeństwo, równoważenie obciążenia i przechowywanie wyborów dotyczących plików cookie. Prawo zwalnia je z wymogu zgody, dlatego nie można ich wyłączyć.',
  'purpose.audience': 'Pomiar oglądalności (zwolniony)',
  'purpose.audience.text':
    'Anonimowe statystyki odwiedzin wykorzystywane wyłącznie przez ten serwis do jego ulepszania, skonfigurowane tak, aby nie wymagały zgody. Domyślnie włączone; można wnieść sprzeciw, wyłączając je.',
  'purpose.analytics': 'Analityka',
  'purpose.analytics.text':
    'Szczegółowe statystyki, mapy cieplne lub nagrania sesji od partnerów analitycznych, aby zrozumieć, jak odwiedzający korzystają z serwisu.',
  'purpose.advertising': 'Reklama',
  'purpose.advertising.text':
    'Pomiar kampanii reklamowych i wyświetlanie reklam dopasowanych do Twoich zainteresowań, w tym serwisie i poza nim.',
  'purpose.social': 'Media społecznościowe',
  'purpose.social.text':
    'Filmy, posty i przyciski udostępniania z sieci społecznościowych i platform wideo, które mogą śledzić Twoje wizyty w różnych serwisach.',
  'purpose.pixels': 'Piksele śledzące',
  'purpose.pixels.text':
    'Niewidoczne znaczniki, które informują platformy reklamowe i społecznościowe o tym, co tu robisz (wizyty, zakupy), aby mogły mierzyć i kierować swoje reklamy.',
  'purpose.fraud': 'Zapobieganie oszustwom płatniczym',
  'purpose.fraud.text':
    'Sprawdza płatności przy finalizacji zamówienia, aby wykrywać oszustwa. Jest niezbędne do zabezpieczenia płatności, dlatego nie można go wyłączyć.',
};
