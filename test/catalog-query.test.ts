import { expect } from '@open-wc/testing';
import type { CreditFeature } from '../src/data/types.js';
import { countLabel, groupCountLabel, requirementLabel } from '../src/feature-catalog/catalog-text.js';
import { creditAmount } from '../src/i18n/phrases.js';
import {
  annualCredits,
  appLink,
  catalogRows,
  featureAction,
  featureStatus,
  filterCatalog,
  indexCatalog,
  isFiltered,
  NO_FILTER,
  normalizeSearchText,
  offeringsOf,
  requirementText,
  searchTerms,
  sortCatalog,
  type CatalogSort,
} from '../src/feature-catalog/catalog-query.js';
import { catalogStrings as t } from '../src/feature-catalog/feature-catalog.strings.js';

function feature(overrides: Partial<CreditFeature> & { id: string }): CreditFeature {
  return {
    name: overrides.id,
    description: '',
    offeringId: 'endpoint',
    offeringName: 'Endpoint Security',
    requirement: { credits: 10, per: 'seat', period: 'year' },
    billing: 'credits',
    allocated: 0,
    ...overrides,
  };
}

const names = (entries: { feature: CreditFeature }[]) => entries.map((e) => e.feature.name);
const compareEn = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

describe('catalog query: status and action', () => {
  it('pay-as-you-go billing is Pay-as-you-go with Go to app, even with credits allocated', () => {
    const status = featureStatus({ billing: 'pay-as-you-go', allocated: 500 });
    expect(status).to.equal('pay-as-you-go');
    expect(featureAction(status)).to.equal('go-to-app');
  });

  it('credits billing with allocated credits is Allocated with Manage allocation', () => {
    const status = featureStatus({ billing: 'credits', allocated: 0.5 });
    expect(status).to.equal('allocated');
    expect(featureAction(status)).to.equal('manage');
  });

  it('credits billing with nothing allocated is Not allocated with Set up allocation', () => {
    const status = featureStatus({ billing: 'credits', allocated: 0 });
    expect(status).to.equal('not-allocated');
    expect(featureAction(status)).to.equal('set-up');
  });
});

describe('catalog query: app links', () => {
  const base = 'https://portal.example.com/credits/index.html';

  it('keeps an absolute https URL, normalised', () => {
    expect(appLink('HTTPS://Console.Example.com/app/x', base)).to.deep.equal({ href: 'https://console.example.com/app/x' });
  });

  it('resolves a relative URL against the base', () => {
    expect(appLink('../apps/sandbox?tab=usage', base)).to.deep.equal({ href: 'https://portal.example.com/apps/sandbox?tab=usage' });
  });

  it("uses the kit's one link rule (test/base/web-url.test.ts): other schemes are not web addresses", () => {
    expect(appLink('javascript:alert(1)', base)).to.deep.equal({ unavailable: 'not-web' });
  });

  it('says the link is missing when there is no URL or only spaces', () => {
    expect(appLink(undefined, base)).to.deep.equal({ unavailable: 'missing' });
    expect(appLink('   ', base)).to.deep.equal({ unavailable: 'missing' });
  });

  it('treats an unparsable URL as not a web address', () => {
    expect(appLink('http://[oops/app', base)).to.deep.equal({ unavailable: 'not-web' });
  });
});

describe('catalog query: requirement', () => {
  it('pay-as-you-go billing shows Pay-as-you-go whatever the requirement says', () => {
    expect(requirementText({ billing: 'pay-as-you-go', requirement: { credits: 5 } })).to.deep.equal({ kind: 'pay-as-you-go' });
  });

  it('credits billing without a requirement is unspecified', () => {
    expect(requirementText({ billing: 'credits', requirement: null })).to.deep.equal({ kind: 'unspecified' });
  });

  it('annualises a monthly requirement for sorting', () => {
    expect(annualCredits({ credits: 20, period: 'month' })).to.equal(240);
    expect(annualCredits({ credits: 45, period: 'year' })).to.equal(45);
    expect(annualCredits({ credits: 7 })).to.equal(7);
  });

  it('reads as "45 credits per endpoint per year" in English', () => {
    const text = requirementText(feature({ id: 'a', requirement: { credits: 45, per: 'endpoint', period: 'year' } }));
    expect(requirementLabel(t, 'en-US', text)).to.equal('45 credits per endpoint per year');
  });

  it('covers every combination of unit and period', () => {
    const label = (requirement: CreditFeature['requirement']) =>
      requirementLabel(t, 'en-US', requirementText(feature({ id: 'a', requirement })));
    expect(label({ credits: 25000, per: 'Gbps', period: 'month' })).to.equal('25,000 credits per Gbps per month');
    expect(label({ credits: 3, per: 'device' })).to.equal('3 credits per device');
    expect(label({ credits: 1200, period: 'year' })).to.equal('1,200 credits per year');
    expect(label({ credits: 12, period: 'month' })).to.equal('12 credits per month');
    expect(label({ credits: 12 })).to.equal('12 credits');
    expect(label(null)).to.equal('Not specified');
  });

  it('uses the singular for one credit, and inserts a unit with braces literally', () => {
    const text = requirementText(feature({ id: 'a', requirement: { credits: 1, per: '{amount}', period: 'year' } }));
    expect(requirementLabel(t, 'en-US', text)).to.equal('1 credit per {amount} per year');
  });

  it('formats credits with the locale', () => {
    expect(creditAmount(t, 'de-DE', 25000)).to.equal('25.000 credits');
    expect(creditAmount(t, 'en-US', 2.5)).to.equal('2.5 credits');
  });
});

describe('catalog query: counts', () => {
  it('says "12 of 48 features"', () => {
    expect(countLabel(t, 'en-US', 12, 48)).to.equal('12 of 48 features');
  });

  it('groups digits with the locale', () => {
    expect(countLabel(t, 'en-US', 1234, 10000)).to.equal('1,234 of 10,000 features');
    expect(countLabel(t, 'de-DE', 1234, 10000)).to.equal('1.234 of 10.000 features');
  });

  it('uses the singular for a catalog of one, and for a group of one', () => {
    expect(countLabel(t, 'en-US', 0, 1)).to.equal('0 of 1 feature');
    expect(groupCountLabel(t, 'en-US', 1)).to.equal('1 feature');
    expect(groupCountLabel(t, 'en-US', 0)).to.equal('0 features');
  });
});

describe('catalog query: search', () => {
  it('normalises case and accents', () => {
    expect(normalizeSearchText('Sécurité ÉLAN Ångström')).to.equal('securite elan angstrom');
  });

  it('splits a query into normalised words, ignoring extra spaces', () => {
    expect(searchTerms('  Endpoint   SÉCU ')).to.deep.equal(['endpoint', 'secu']);
    expect(searchTerms('   ')).to.deep.equal([]);
  });

  const entries = indexCatalog([
    feature({ id: 'a', name: 'Endpoint Sensor', description: 'Records endpoint activity.' }),
    feature({ id: 'b', name: 'Sécurité réseau', description: 'Inspects traffic.' }),
    feature({ id: 'c', name: 'Mobile', description: 'Protects devices from network attacks.' }),
  ]);

  it('matches the name or the description, ignoring case and accents', () => {
    expect(names(filterCatalog(entries, { ...NO_FILTER, search: 'SECURITE' }))).to.deep.equal(['Sécurité réseau']);
    expect(names(filterCatalog(entries, { ...NO_FILTER, search: 'network' }))).to.deep.equal(['Mobile']);
  });

  it('requires every word to match', () => {
    expect(names(filterCatalog(entries, { ...NO_FILTER, search: 'endpoint activity' }))).to.deep.equal(['Endpoint Sensor']);
    expect(names(filterCatalog(entries, { ...NO_FILTER, search: 'endpoint traffic' }))).to.deep.equal([]);
  });

  it('does not match across the end of the name into the description', () => {
    expect(names(filterCatalog(entries, { ...NO_FILTER, search: 'sensorrecords' }))).to.deep.equal([]);
    expect(names(filterCatalog(entries, { ...NO_FILTER, search: 'sensor records' }))).to.deep.equal(['Endpoint Sensor']);
  });
});

describe('catalog query: filters', () => {
  const entries = indexCatalog([
    feature({ id: 'alloc', allocated: 900 }),
    feature({ id: 'free' }),
    feature({ id: 'payg', billing: 'pay-as-you-go', requirement: null, offeringId: 'cloud', offeringName: 'Cloud' }),
    feature({ id: 'cloud-alloc', allocated: 5, offeringId: 'cloud', offeringName: 'Cloud' }),
  ]);
  const ids = (filter: Partial<typeof NO_FILTER>) => filterCatalog(entries, { ...NO_FILTER, ...filter }).map((e) => e.feature.id);

  it('keeps everything without filters', () => {
    expect(ids({})).to.deep.equal(['alloc', 'free', 'payg', 'cloud-alloc']);
  });

  it('filters by status', () => {
    expect(ids({ status: 'allocated' })).to.deep.equal(['alloc', 'cloud-alloc']);
    expect(ids({ status: 'not-allocated' })).to.deep.equal(['free']);
    expect(ids({ status: 'pay-as-you-go' })).to.deep.equal(['payg']);
  });

  it('filters by offering', () => {
    expect(ids({ offeringId: 'cloud' })).to.deep.equal(['payg', 'cloud-alloc']);
  });

  it('filters by billing', () => {
    expect(ids({ billing: 'credits' })).to.deep.equal(['alloc', 'free', 'cloud-alloc']);
    expect(ids({ billing: 'pay-as-you-go' })).to.deep.equal(['payg']);
  });

  it('combines filters', () => {
    expect(ids({ offeringId: 'cloud', status: 'allocated' })).to.deep.equal(['cloud-alloc']);
  });

  it('knows when anything filters', () => {
    expect(isFiltered(NO_FILTER)).to.equal(false);
    expect(isFiltered({ ...NO_FILTER, search: '   ' })).to.equal(false);
    expect(isFiltered({ ...NO_FILTER, search: 'x' })).to.equal(true);
    expect(isFiltered({ ...NO_FILTER, offeringId: 'cloud' })).to.equal(true);
    expect(isFiltered({ ...NO_FILTER, billing: 'credits' })).to.equal(true);
    expect(isFiltered({ ...NO_FILTER, status: 'allocated' })).to.equal(true);
  });
});

describe('catalog query: sort', () => {
  const entries = indexCatalog([
    feature({ id: 'b', name: 'beta', requirement: { credits: 20, period: 'month' }, allocated: 100 }),
    feature({ id: 'a', name: 'Alpha', requirement: { credits: 300, period: 'year' }, allocated: 0 }),
    feature({ id: 'p', name: 'Pay', billing: 'pay-as-you-go', requirement: null }),
    feature({ id: 'n', name: 'none', requirement: null }),
    feature({ id: 'c', name: 'Ćharlie', requirement: { credits: 45, period: 'year' }, allocated: 100 }),
    feature({ id: 'd', name: 'Item 10', requirement: { credits: 1 } }),
    feature({ id: 'e', name: 'Item 9', requirement: { credits: 1 } }),
  ]);
  const sorted = (sort: CatalogSort) => names(sortCatalog(entries, sort, compareEn));

  it('sorts names with the locale, ignoring case and accents, numbers numerically', () => {
    expect(sorted('name-asc')).to.deep.equal(['Alpha', 'beta', 'Ćharlie', 'Item 9', 'Item 10', 'none', 'Pay']);
    expect(sorted('name-desc')).to.deep.equal(['Pay', 'none', 'Item 10', 'Item 9', 'Ćharlie', 'beta', 'Alpha']);
  });

  it('sorts by annual requirement, ties by name, without a requirement last both ways', () => {
    // beta: 20 a month = 240 a year, between Ćharlie (45) and Alpha (300).
    expect(sorted('requirement-asc')).to.deep.equal(['Item 9', 'Item 10', 'Ćharlie', 'beta', 'Alpha', 'none', 'Pay']);
    expect(sorted('requirement-desc')).to.deep.equal(['Alpha', 'beta', 'Ćharlie', 'Item 9', 'Item 10', 'none', 'Pay']);
  });

  it('sorts by allocated credits, ties by name', () => {
    expect(sorted('allocated-desc')).to.deep.equal(['beta', 'Ćharlie', 'Alpha', 'Item 9', 'Item 10', 'none', 'Pay']);
    expect(sorted('allocated-asc')).to.deep.equal(['Alpha', 'Item 9', 'Item 10', 'none', 'Pay', 'beta', 'Ćharlie']);
  });

  it('does not change the input', () => {
    sortCatalog(entries, 'name-desc', compareEn);
    expect(entries[0]!.feature.id).to.equal('b');
  });

  it('breaks a tie of equal names by id, so the order never depends on the data order', () => {
    const twins = indexCatalog([feature({ id: 'z', name: 'Same' }), feature({ id: 'y', name: 'same' })]);
    expect(sortCatalog(twins, 'name-asc', compareEn).map((e) => e.feature.id)).to.deep.equal(['y', 'z']);
  });
});

describe('catalog query: groups', () => {
  const features = [
    feature({ id: 'e1', offeringId: 'endpoint', offeringName: 'Endpoint Security' }),
    feature({ id: 'c1', offeringId: 'cloud', offeringName: 'Cloud Security' }),
    feature({ id: 'e2', offeringId: 'endpoint', offeringName: 'Endpoint Security' }),
    feature({ id: 'x1', offeringId: 'nameless', offeringName: '  ' }),
  ];

  it('lists offerings in the order they first appear, an unnamed one by its id', () => {
    expect(offeringsOf(features)).to.deep.equal([
      { id: 'endpoint', name: 'Endpoint Security' },
      { id: 'cloud', name: 'Cloud Security' },
      { id: 'nameless', name: 'nameless' },
    ]);
  });

  it('flattens groups into a header row then the features, in the given order', () => {
    const entries = indexCatalog(features);
    const rows = catalogRows([entries[2]!, entries[1]!, entries[0]!], offeringsOf(features), new Set());
    expect(rows.map((r) => (r.kind === 'group' ? `${r.offering.id}:${r.count}` : r.entry.feature.id))).to.deep.equal([
      'endpoint:2',
      'e2',
      'e1',
      'cloud:1',
      'c1',
    ]);
  });

  it('keeps the header and count of a collapsed group, without its features', () => {
    const entries = indexCatalog(features);
    const rows = catalogRows(entries, offeringsOf(features), new Set(['endpoint']));
    expect(rows.map((r) => (r.kind === 'group' ? `${r.offering.id}:${r.count}:${r.expanded}` : r.entry.feature.id))).to.deep.equal([
      'endpoint:2:false',
      'cloud:1:true',
      'c1',
      'nameless:1:true',
      'x1',
    ]);
  });

  it('gives no rows for no entries', () => {
    expect(catalogRows([], offeringsOf(features), new Set())).to.deep.equal([]);
  });
});
