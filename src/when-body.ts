/** Runs `callback` once `<body>` exists: tamis.js runs in `<head>`, before it. (DOMContentLoaded fires once.) */
export const whenBody = (callback: () => void) =>
  document.body ? callback() : document.addEventListener('DOMContentLoaded', callback);
