/** Textos em português europeu (as mesmas chaves que en.ts); pt-BR também os recebe. */
export default {
  bannerTitle: 'Cookies neste site',
  bannerText:
    'Com o seu consentimento, nós e os nossos parceiros utilizamos cookies e tecnologias de rastreio semelhantes para: {purposes}. Recusar não altera em nada o funcionamento do site. Pode mudar de ideias a qualquer momento em «{preferences}».',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  continueWithoutAccepting: 'Continuar sem aceitar',
  gpc: 'O seu navegador envia um sinal Global Privacy Control e nós respeitamo-lo: a publicidade, as redes sociais e os píxeis de rastreio ficam desativados, a menos que os ative um a um.',
  preferencesTitle: 'Preferências de cookies',
  preferencesText:
    'Escolha as finalidades e os parceiros que podem utilizar cookies neste site. As suas escolhas são guardadas durante {duration} e pode alterá-las aqui a qualquer momento.',
  save: 'Guardar escolhas',
  close: 'Fechar',
  saved: 'As suas escolhas foram guardadas',
  alwaysOn: 'Sempre ativo',
  partners: 'Parceiros ({count})',
  details: 'Detalhes',
  company: 'Empresa',
  purpose: 'Finalidade',
  cookies: 'Cookies',
  none: 'Nenhum',
  session: 'sessão',
  placeholder: 'O conteúdo de {vendor} está bloqueado porque não autorizou «{purpose}».',
  placeholderLoad: 'Autorizar {vendor} e carregar',
  tableCaption: '{purpose}: cookies e tecnologias de rastreio',
  cookie: 'Cookie',
  provider: 'Fornecedor',
  lifetime: 'Duração',
  use: 'Utilização',
  thirdParty: 'Terceiros',
  yes: 'Sim',
  no: 'Não',
  thisSite: 'Este site',
  consentCookie: 'Guarda as suas escolhas de cookies',
  'purpose.necessary': 'Estritamente necessários',
  'purpose.necessary.text':
    'Necessários para o funcionamento do site: sessão, carrinho, segurança, distribuição de carga e conservação das suas escolhas de cookies. A lei isenta-os de consentimento, pelo que não podem ser desativados.',
  'purpose.audience': 'Medição de audiência (isenta)',
  'purpose.audience.text':
    'Estatísticas anónimas de visitas utilizadas apenas por este site para se melhorar, configuradas de modo a não exigirem consentimento. Ativa por predefinição; pode opor-se desativando-a.',
  'purpose.analytics': 'Análise',
  'purpose.analytics.text':
    'Estatísticas detalhadas, mapas de calor ou gravações de sessões por parceiros de análise, para compreender como os visitantes utilizam o site.',
  'purpose.advertising': 'Publicidade',
  'purpose.advertising.text':
    'Medir campanhas publicitárias e mostrar-lhe anúncios baseados nos seus interesses, neste site e noutros.',
  'purpose.social': 'Redes sociais',
  'purpose.social.text':
    'Vídeos, publicações e botões de partilha de redes sociais e plataformas de vídeo, que podem seguir as suas visitas de site para site.',
  'purpose.pixels': 'Píxeis de rastreio',
  'purpose.pixels.text':
    'Etiquetas invisíveis que informam as plataformas publicitárias e sociais do que faz aqui (visitas, compras), para medirem e direcionarem os seus anúncios.',
  'purpose.fraud': 'Prevenção de fraude nos pagamentos',
  'purpose.fraud.text':
    'Verifica os pagamentos na finalização da compra para detetar fraudes. Necessária para proteger o seu pagamento, pelo que não pode ser desativada.',
};
