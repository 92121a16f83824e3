// Lists every Content-Security-Policy and Trusted Types violation of the page in
// #violations, so a person looking at the page and scripts/check-csp.mjs both see them.
// Violations inside the widgets' shadow roots reach the document too: the event is composed.
const list = document.getElementById('violations');

document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    const item = document.createElement('li');
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
    item.textContent = `${event.effectiveDirective} blocked ${event.blockedURI || 'an inline use'}${where}${
      event.sample ? ` (${event.sample})` : ''
    }`;
    list.append(item);
  },
  { capture: true },
);
