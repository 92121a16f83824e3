/*
 * The demo portal: a host page as a customer's console would embed the kit. It owns the
 * provider, reacts to the kit's events (an allocation form that writes back to the provider,
 * so every widget updates), and offers theme, language and data switches. The switches also
 * read the page's query (`?theme=dark&locale=ar&data=over&as-of=2026-11-26T09:00:00Z`), so a
 * link or the screenshot tests open the portal in any state; `as-of` pins the demo data's day.
 */
import '../../src/index.js';
import '../../src/locales/all.js';
import type { CreditProviderElement } from '../../src/credit-provider/credit-provider.js';
import { demoCreditData, demoOverAllocatedData } from '../../src/data/demo-data.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import { allocate } from './allocate.js';

const providerElement = document.querySelector<CreditProviderElement>('#provider')!;
const settings = document.querySelector<HTMLFormElement>('#settings')!;
const stage = document.querySelector<HTMLElement>('#stage')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

const query = new URLSearchParams(location.search);
const pinnedAsOf = query.has('as-of') ? new Date(query.get('as-of')!) : undefined;
for (const name of ['theme', 'locale', 'data'] as const) {
  const value = query.get(name);
  const select = settings.elements.namedItem(name) as HTMLSelectElement;
  if (value && [...select.options].some((option) => option.value === value)) select.value = value;
}

let provider = makeProvider();
providerElement.provider = provider;
applyTheme();
applyLocale();

function makeProvider(): StaticCreditProvider {
  const form = new FormData(settings);
  const options = { asOf: pinnedAsOf };
  const data = form.get('data') === 'over' ? demoOverAllocatedData(options) : demoCreditData(options);
  return new StaticCreditProvider(data, { latencyMs: form.get('slow') ? 1500 : 150 });
}

function applyTheme(): void {
  const theme = String(new FormData(settings).get('theme'));
  document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : 'light';
  stage.dataset.theme = theme;
}

function applyLocale(): void {
  const locale = String(new FormData(settings).get('locale'));
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
}

settings.addEventListener('change', (event) => {
  const field = (event.target as HTMLInputElement).name;
  if (field === 'theme') applyTheme();
  else if (field === 'locale') applyLocale();
  else {
    provider = makeProvider();
    providerElement.provider = provider;
  }
});

function record(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
}

document.addEventListener('credit-details-request', (event) => record(`credit-details-request ${JSON.stringify(event.detail)}`));
document.addEventListener('credit-data-error', (event) => record(`credit-data-error ${JSON.stringify(event.detail)}`));
document.addEventListener('credit-open-app', (event) => {
  // A single-page console would route here; the demo keeps the visitor on the page.
  event.preventDefault();
  record(`credit-open-app ${JSON.stringify(event.detail)} (navigation cancelled by the host)`);
});

const dialog = document.querySelector<HTMLDialogElement>('#allocate-dialog')!;
const allocateForm = document.querySelector<HTMLFormElement>('#allocate-form')!;
let pending: { featureId: string } | undefined;

document.addEventListener('credit-allocation-request', (event) => {
  record(`credit-allocation-request ${JSON.stringify(event.detail)}`);
  const feature = provider.data.features.find((f) => f.id === event.detail.featureId);
  if (!feature) return;
  pending = { featureId: feature.id };
  const unit = feature.requirement?.per ? ` per ${feature.requirement.per}` : '';
  document.querySelector('#allocate-title')!.textContent =
    event.detail.action === 'set-up' ? 'Set up allocation' : 'Manage allocation';
  document.querySelector('#allocate-feature')!.textContent = `${feature.name} (${feature.offeringName})`;
  document.querySelector('#allocate-hint')!.textContent = feature.requirement
    ? `Requires ${feature.requirement.credits} credits${unit}. Enter 0 to remove the allocation.`
    : '';
  (allocateForm.elements.namedItem('credits') as HTMLInputElement).value = String(
    feature.allocated || feature.requirement?.credits || 0,
  );
  dialog.showModal();
});

dialog.addEventListener('close', () => {
  if (dialog.returnValue !== 'save' || !pending) return;
  const credits = Number((allocateForm.elements.namedItem('credits') as HTMLInputElement).value);
  provider.update(allocate(provider.data, pending.featureId, credits));
  record(`host saved ${credits} credits for ${pending.featureId}; the provider reported the change`);
  pending = undefined;
});
