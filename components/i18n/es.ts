/** Textos en español (mismas claves que en.ts). */
export default {
  bannerTitle: 'Cookies en este sitio',
  bannerText:
    'Nosotros y nuestros socios queremos usar cookies y rastreadores similares para: {purposes}. Solo se usan si usted lo acepta. Rechazarlas no cambia nada en el funcionamiento del sitio y puede cambiar de opinión en cualquier momento desde «{preferences}».',
  policyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Personalizar',
  continueWithoutAccepting: 'Continuar sin aceptar',
  gpc: 'Su navegador envía una señal Global Privacy Control y la respetamos: la publicidad, las redes sociales y los píxeles de seguimiento permanecen desactivados salvo que los active uno a uno.',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText:
    'Elija qué finalidades y socios pueden usar cookies en este sitio. Sus elecciones se conservan {duration} y puede cambiarlas aquí en cualquier momento.',
  save: 'Guardar mis elecciones',
  close: 'Cerrar',
  saved: 'Sus elecciones se han guardado',
  alwaysOn: 'Siempre activas',
  partners: 'Socios ({count})',
  details: 'Detalles',
  company: 'Empresa',
  purpose: 'Finalidad',
  cookies: 'Cookies',
  none: 'Ninguna',
  session: 'sesión',
  placeholder: 'El contenido de {vendor} está bloqueado porque no ha autorizado «{purpose}».',
  placeholderLoad: 'Permitir {vendor} y cargar',
  tableCaption: '{purpose}: cookies y rastreadores',
  cookie: 'Cookie',
  provider: 'Proveedor',
  lifetime: 'Duración',
  use: 'Uso',
  thirdParty: 'De terceros',
  yes: 'Sí',
  no: 'No',
  thisSite: 'Este sitio',
  consentCookie: 'Guarda sus elecciones de cookies',
  'purpose.necessary': 'Estrictamente necesarias',
  'purpose.necessary.text':
    'Necesarias para que el sitio funcione: sesión, carrito, seguridad, balanceo de carga y conservación de sus elecciones. La ley las exime de consentimiento, por lo que no se pueden desactivar.',
  'purpose.audience': 'Medición de audiencia (exenta)',
  'purpose.audience.text':
    'Estadísticas de visitas anónimas que solo usa este sitio para mejorar, configuradas para estar exentas de consentimiento. Activada por defecto; puede oponerse desactivándola.',
  'purpose.analytics': 'Analítica',
  'purpose.analytics.text':
    'Estadísticas detalladas, mapas de calor o grabaciones de sesión de nuestros socios de analítica, para entender cómo se usa el sitio.',
  'purpose.advertising': 'Publicidad',
  'purpose.advertising.text':
    'Medir campañas publicitarias y mostrarle anuncios según sus intereses, en este sitio y en otros.',
  'purpose.social': 'Redes sociales',
  'purpose.social.text':
    'Vídeos, publicaciones y botones para compartir de redes sociales y plataformas de vídeo, que pueden seguir sus visitas entre sitios.',
  'purpose.pixels': 'Píxeles de seguimiento',
  'purpose.pixels.text':
    'Etiquetas invisibles que informan a las plataformas publicitarias y sociales de lo que hace aquí (visitas, compras) para medir y dirigir sus anuncios.',
  'purpose.fraud': 'Prevención del fraude en pagos',
  'purpose.fraud.text':
    'Comprueba los pagos al finalizar la compra para detectar fraudes. Necesaria para proteger su pago, por lo que no se puede desactivar.',
};
