// The host's side of the loop: the kit asks for an allocation, the host would open its own
// allocation form and call its API (with `requestId` as the idempotency key). Here it only
// shows what it received.
const received = document.querySelector('#host-received');

document.addEventListener('credit-allocation-request', (event) => {
  received.textContent = JSON.stringify({ type: event.type, ...event.detail });
});
