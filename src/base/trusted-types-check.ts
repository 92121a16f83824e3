/*
 * Lit creates a Trusted Types policy named "lit-html" as it loads. Under a
 * Content-Security-Policy whose `trusted-types` list leaves lit-html out, or with a second
 * copy of Lit (or of the kit) under a list without 'allow-duplicates', that throws, nothing
 * of the kit loads, and the page shows none of it. The browser's own report names the policy
 * but not who needed it or what to change, so this module, imported before Lit, listens for
 * that violation and says both in the console, once per page (every copy of the kit hears it).
 */

/** Set on the page when one copy has reported, so a second copy stays quiet. */
const REPORTED = Symbol.for('credit-widgets/trusted-types-reported');

const POLICY = 'lit-html';

/** Whether the violated `trusted-types` directive names lit-html: then the policy was a duplicate. */
function listsPolicy(originalPolicy: string): boolean {
  const directive = originalPolicy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name?.toLowerCase() === 'trusted-types');
  return Boolean(directive?.slice(1).includes(POLICY));
}

function onViolation(event: SecurityPolicyViolationEvent): void {
  if (event.effectiveDirective !== 'trusted-types' || event.sample !== POLICY) return;
  const page = globalThis as { [REPORTED]?: boolean };
  if (page[REPORTED]) return;
  page[REPORTED] = true;
  console.error(
    listsPolicy(event.originalPolicy)
      ? `credit-widgets: a second copy of Lit (the library the kit renders with), or of the kit, could not create its Trusted Types policy "${POLICY}", so the elements of that copy do not work. This page's Content-Security-Policy allows only one policy of a name: add 'allow-duplicates' (trusted-types ${POLICY} 'allow-duplicates'), or load one copy of the kit.`
      : `credit-widgets: this page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY}", which Lit (the library the kit renders with) creates as it loads, so no credit widget can work. Add it to the trusted-types directive: trusted-types ${POLICY} (with 'allow-duplicates' if the page loads the kit or Lit twice).`,
  );
}

if (typeof document !== 'undefined' && 'trustedTypes' in globalThis) {
  document.addEventListener('securitypolicyviolation', onViolation);
}
