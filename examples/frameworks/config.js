// The tamis configuration the examples share: a YouTube embed the apps render, and Google Analytics.
/** @type {import('tamis').TamisConfig} */
export const config = {
  vendors: ['youtube', 'google-analytics'],
  policyUrl: '/privacy',
  ui: { load: () => import('tamis/components') }, // the bundler splits the UI into its own chunk
};
