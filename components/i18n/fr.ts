/** Textes français (mêmes clés que en.ts). */
export default {
  bannerTitle: 'Les cookies sur ce site',
  bannerText:
    'Avec votre accord, nos partenaires et nous utilisons des cookies et traceurs similaires pour : {purposes}. Refuser ne change rien au fonctionnement du site. Vous pouvez changer d’avis à tout moment dans « {preferences} ».',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  continueWithoutAccepting: 'Continuer sans accepter',
  gpc: 'Votre navigateur envoie un signal Global Privacy Control et nous le respectons : la publicité, les réseaux sociaux et les pixels de suivi restent désactivés, sauf si vous les activez un par un.',
  preferencesTitle: 'Gérer mes cookies',
  preferencesText:
    'Choisissez les finalités et les partenaires autorisés à utiliser des cookies sur ce site. Vos choix sont conservés {duration} et vous pouvez les modifier ici à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  saved: 'Vos choix ont été enregistrés',
  alwaysOn: 'Toujours actif',
  partners: 'Partenaires ({count})',
  details: 'Détails',
  company: 'Société',
  purpose: 'Finalité',
  cookies: 'Cookies',
  none: 'Aucun',
  session: 'session',
  placeholder: 'Le contenu {vendor} est bloqué car vous n’avez pas autorisé la finalité « {purpose} ».',
  placeholderLoad: 'Autoriser {vendor} et afficher',
  tableCaption: '{purpose} : cookies et traceurs',
  cookie: 'Cookie',
  provider: 'Fournisseur',
  lifetime: 'Durée de vie',
  use: 'Utilisation',
  thirdParty: 'Tiers',
  yes: 'Oui',
  no: 'Non',
  thisSite: 'Ce site',
  consentCookie: 'Conserve vos choix en matière de cookies',
  'purpose.necessary': 'Strictement nécessaires',
  'purpose.necessary.text':
    'Indispensables au fonctionnement du site : session, panier, sécurité, répartition de charge et conservation de vos choix. La loi les dispense de consentement : ils ne peuvent pas être désactivés.',
  'purpose.audience': 'Mesure d’audience (exemptée)',
  'purpose.audience.text':
    'Statistiques de visite anonymes, utilisées uniquement par ce site pour l’améliorer et configurées pour être exemptées de consentement selon la CNIL. Activée par défaut ; vous pouvez vous y opposer en la désactivant.',
  'purpose.analytics': 'Statistiques',
  'purpose.analytics.text':
    'Statistiques détaillées, cartes de chaleur ou enregistrements de session par nos partenaires, pour comprendre l’usage du site.',
  'purpose.advertising': 'Publicité',
  'purpose.advertising.text':
    'Mesurer nos campagnes publicitaires et vous montrer des publicités selon vos centres d’intérêt, sur ce site et ailleurs.',
  'purpose.social': 'Réseaux sociaux',
  'purpose.social.text':
    'Vidéos, publications et boutons de partage des réseaux sociaux et plateformes vidéo, qui peuvent suivre votre navigation d’un site à l’autre.',
  'purpose.pixels': 'Pixels de suivi',
  'purpose.pixels.text':
    'Balises invisibles qui indiquent aux plateformes publicitaires et sociales ce que vous faites ici (visites, achats) pour mesurer et cibler leurs publicités.',
  'purpose.fraud': 'Prévention de la fraude au paiement',
  'purpose.fraud.text':
    'Vérifie les paiements lors de la commande pour détecter la fraude. Indispensable pour sécuriser votre paiement : ne peut pas être désactivé.',
};
