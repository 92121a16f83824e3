import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/credit-summary/define.js';
import { dashboardStrings } from '../../src/credit-dashboard/credit-dashboard.strings.js';
import { historyStrings } from '../../src/credit-history/credit-history.strings.js';
import { outlookStrings } from '../../src/credit-outlook/credit-outlook.strings.js';
import { pieStrings } from '../../src/credit-pie/credit-pie.strings.js';
import { summaryStrings } from '../../src/credit-summary/credit-summary.strings.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import { catalogStrings } from '../../src/feature-catalog/feature-catalog.strings.js';
import { ar, de, ja } from '../../src/locales/all.js';
import { sharedStrings, type StringTable } from '../../src/i18n/strings.js';
import { shadow, textOf } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';

/** Every English default of every element, shared strings included. */
const english: StringTable = {
  ...sharedStrings,
  ...summaryStrings,
  ...pieStrings,
  ...historyStrings,
  ...catalogStrings,
  ...outlookStrings,
  ...dashboardStrings,
};

/** Brand names stay in Latin script in every language. */
const brands = ['sourceAwsMarketplace', 'sourceAzureMarketplace'];

/**
 * Keys whose translation may equal the English text: brand names, and German words that
 * are spelled as in English ("Credits", "Name", "Status"). Everything else must be translated.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  de: [
    ...brands,
    'grantName',
    'grantStatus',
    'catalogStatusLabel',
    'catalogColumnStatus',
    'grantCredits',
    'pieLegendCredits',
    'pieDetailsCredits',
    'errorDetails',
  ],
  ja: brands,
  ar: brands,
};

const tables: Record<string, StringTable> = { de, ja, ar };

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();

describe('bundled translations', () => {
  for (const [locale, table] of Object.entries(tables)) {
    describe(locale, () => {
      it('translates every English key with non-empty text', () => {
        const missing = Object.keys(english).filter((key) => !(typeof table[key] === 'string' && table[key].trim() !== ''));
        expect(missing).to.deep.equal([]);
      });

      it('has no keys the English defaults do not declare', () => {
        expect(Object.keys(table).filter((key) => !(key in english))).to.deep.equal([]);
      });

      it('differs from English except for an explicit allowlist', () => {
        const allowed = new Set(sameAsEnglish[locale]);
        const untranslated = Object.keys(english).filter((key) => table[key] === english[key] && !allowed.has(key));
        expect(untranslated).to.deep.equal([]);
      });

      it('keeps exactly the placeholders of each English string', () => {
        const mismatched = Object.keys(english)
          .filter((key) => placeholders(table[key] ?? '').join() !== placeholders(english[key]!).join())
          .map((key) => `${key}: ${table[key]}`);
        expect(mismatched).to.deep.equal([]);
      });
    });
  }

  it('keeps the marketplace names in Latin script', () => {
    for (const table of Object.values(tables)) {
      expect(table.sourceAwsMarketplace).to.equal('AWS Marketplace');
      expect(table.sourceAzureMarketplace).to.equal('Azure Marketplace');
    }
  });
});

describe('a widget with the locale modules loaded', () => {
  it('shows <credit-summary locale="de-DE"> in German', async () => {
    const element = await fixture<HTMLElement>(
      html`<credit-summary locale="de-DE" .provider=${new StaticCreditProvider(testData())}></credit-summary>`,
    );
    await waitUntil(
      () => !shadow(element).querySelector('[aria-busy="true"]'),
      'credit-summary stayed in its loading state',
    );
    const title = shadow(element).querySelector('[part~="title"]')!;
    expect(textOf(title)).to.equal(de.summaryTitle);
    expect(textOf(shadow(element))).to.include(de.summaryTotalValid);
    expect(textOf(shadow(element))).not.to.include(summaryStrings.summaryTitle);
  });
});
