// The demo shop's checkout: a Stripe card field and a Google Ads conversion on "Pay".
//
// Stripe.js is loaded in <head> of cart.html. It serves payment and fraud prevention, which tamis
// treats as strictly necessary (purpose "fraud"), so it is never blocked; offline it simply fails
// to load and we say so.
const status = document.querySelector('#payment-status');
const form = document.querySelector('#checkout');

try {
  if (typeof window.Stripe !== 'function') throw new Error('Stripe.js did not load');
  // A placeholder publishable key: put yours here. The demo never confirms a payment.
  const stripe = window.Stripe('pk_test_51MaisonTamisDemoKeyReplaceMe00000000000000000000');
  stripe.elements().create('card').mount('#card-element');
} catch {
  status.textContent = 'The card field could not load (offline?). This demo takes no payment anyway.';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  // Google Ads' conversion event snippet, as Google publishes it. gtag() only queues the event;
  // nothing leaves the page unless the visitor accepted Google Ads.
  if (typeof window.gtag === 'function') {
    window.gtag('event', 'conversion', {
      send_to: 'AW-987654321/AbC-D_efG-h12_34-567',
      value: 126.0,
      currency: 'EUR',
      transaction_id: '',
    });
  }
  status.textContent = 'Thank you! This is a demo shop: no order was placed and no card was charged.';
});
