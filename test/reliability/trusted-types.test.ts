import { expect, waitUntil } from '@open-wc/testing';

/*
 * Under Trusted Types, Lit needs its policy "lit-html". A page whose policy list leaves it out
 * gets no widget at all, and a second copy of Lit under a list without 'allow-duplicates'
 * throws "Policy with name "lit-html" already exists". Either way the console must say, in one
 * line from the kit, what happened and what to change. Each case runs in an iframe with its
 * own Content-Security-Policy, loading the kit's modules as a page would.
 */

interface Probe extends Window {
  logged: string[];
}

/** Loads the summary's module into a fresh page under `policy`, then runs `more` (a module script). */
async function pageUnder(policy: string, more = ''): Promise<Probe> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script>
      window.logged = [];
      const error = console.error.bind(console);
      console.error = (...args) => { window.logged.push(args.join(' ')); error(...args); };
    </script>
    <script type="module" src="/src/credit-summary/define.ts"></script>
    ${more ? `<script type="module">${more}</script>` : ''}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Probe;
}

const kitMessages = (page: Probe) => page.logged.filter((line) => line.startsWith('credit-widgets:'));

describe('Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('says in the console that the policy list must allow lit-html, when it does not', async () => {
    const page = await pageUnder("require-trusted-types-for 'script'; trusted-types other-policy");
    await waitUntil(() => kitMessages(page).length > 0, 'the kit said nothing');
    expect(kitMessages(page)).to.deep.equal([
      `credit-widgets: this page's Content-Security-Policy does not allow the Trusted Types policy "lit-html", which Lit (the library the kit renders with) creates as it loads, so no credit widget can work. Add it to the trusted-types directive: trusted-types lit-html (with 'allow-duplicates' if the page loads the kit or Lit twice).`,
    ]);
    expect(page.customElements.get('credit-summary')).to.equal(undefined);
  });

  it("says in the console to add 'allow-duplicates' when a second copy of Lit cannot create its policy", async () => {
    const page = await pageUnder(
      "require-trusted-types-for 'script'; trusted-types lit-html",
      "await import('/src/credit-summary/define.ts'); await import('/node_modules/lit-html/lit-html.js?second-copy').catch(() => {});",
    );
    await waitUntil(() => kitMessages(page).length > 0, 'the kit said nothing');
    expect(kitMessages(page)).to.deep.equal([
      `credit-widgets: a second copy of Lit (the library the kit renders with), or of the kit, could not create its Trusted Types policy "lit-html", so the elements of that copy do not work. This page's Content-Security-Policy allows only one policy of a name: add 'allow-duplicates' (trusted-types lit-html 'allow-duplicates'), or load one copy of the kit.`,
    ]);
    // The first copy works.
    expect(page.customElements.get('credit-summary')).not.to.equal(undefined);
  });

  it('says nothing when the policy list allows lit-html', async () => {
    const page = await pageUnder("require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'");
    await waitUntil(() => page.customElements.get('credit-summary'), 'the kit did not load');
    expect(page.logged).to.deep.equal([]);
  });
});
