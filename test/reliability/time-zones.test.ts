import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/credit-summary/define.js';
import type { CreditSummaryElement } from '../../src/credit-summary/credit-summary.js';
import { asOfDay } from '../../src/data/days.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import type { CreditGrant } from '../../src/data/types.js';
import { dialogShown, ready, shadow, textOf } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';

/*
 * One rule for the day: the as-of line, the as-of day, grant status, "ends within 90 days"
 * and "total valid on" all follow the element's `time-zone` (default UTC), whatever zone the
 * browser runs in. web-test-runner.config.mjs runs this file in the machine's zone and again
 * in browsers launched in Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC−11), with
 * as-of times near midnight UTC, where those zones are on different days.
 */

const grant = (id: string, startDate: string, endDate: string): CreditGrant => ({
  id,
  name: `Grant ${id}`,
  credits: 1_000,
  source: 'purchase',
  startDate,
  endDate,
});

/** Grants whose status or "ends within 90 days" changes between Nov 26 and Nov 27, 2026. */
const GRANTS = [
  grant('ends-26', '2026-01-01', '2026-11-26'),
  grant('starts-27', '2026-11-27', '2027-11-26'),
  // 90 days after Nov 27, 91 after Nov 26.
  grant('ends-feb-25', '2026-01-01', '2027-02-25'),
];

interface Seen {
  asOf: string;
  totalValidOn: string;
  status: Record<string, string>;
}

/** Mounts the summary, opens its details and reads every day-based figure it shows. */
async function seen(asOf: string, timeZone?: string): Promise<Seen> {
  const data = testData({ summary: { totalValid: 2_000, allocated: 0, asOf }, grants: GRANTS });
  const element = await fixture<CreditSummaryElement>(
    html`<credit-summary .provider=${new StaticCreditProvider(data)} locale="en-US" time-zone=${timeZone ?? 'UTC'}></credit-summary>`,
  );
  await ready(element);
  shadow(element).querySelector<HTMLElement>('[part~="details-button"]')!.click();
  const dialog = shadow(element).querySelector('dialog')!;
  await dialogShown(dialog);
  const status: Record<string, string> = {};
  for (const row of dialog.querySelectorAll('tbody tr')) status[textOf(row.querySelector('th')!)] = textOf(row.lastElementChild!);
  return {
    asOf: textOf(shadow(element).querySelector('[part~="as-of"]')!),
    totalValidOn: textOf(dialog.querySelector('tfoot th')!),
    status,
  };
}

const ON_26 = {
  totalValidOn: 'Total valid on Nov 26, 2026',
  // starts-27 renews ends-26 without a gap: no warning, the renewal is named.
  status: {
    'Grant ends-26': 'Active 1 day left Renewed by Grant starts-27',
    'Grant ends-feb-25': 'Active 92 days left',
    'Grant starts-27': 'Not yet started',
  },
};
const ON_27 = {
  totalValidOn: 'Total valid on Nov 27, 2026',
  status: {
    'Grant ends-26': 'Expired',
    'Grant ends-feb-25': 'Active 91 days left Ends within 90 days',
    'Grant starts-27': 'Active 365 days left',
  },
};

describe('one day for every day-based figure, in any browser zone', () => {
  let browserZone: string | null;
  before(async () => {
    ({ timeZone: browserZone } = (await executeServerCommand<{ timeZone: string | null }, undefined>('browser-time-zone'))!);
  });

  it('runs in the zone its browser was launched in', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZone) expect(zone).to.equal(browserZone);
    // The as-of time below is one day or another depending on that zone.
    const localDay = new Date('2026-11-26T23:30:00Z').getDate();
    expect(localDay).to.equal(browserZone === 'Pacific/Kiritimati' ? 27 : 26);
  });

  it('judges every day in UTC by default, naming it, whatever the browser zone: 23:30 UTC is Nov 26', async () => {
    expect(await seen('2026-11-26T23:30:00Z')).to.deep.equal({ asOf: 'As of Nov 26, 2026, 11:30 PM UTC', ...ON_26 });
  });

  it('judges every day in UTC by default: 00:30 UTC is Nov 27, though Pago Pago is still on the 26th', async () => {
    expect(await seen('2026-11-27T00:30:00Z')).to.deep.equal({ asOf: 'As of Nov 27, 2026, 12:30 AM UTC', ...ON_27 });
  });

  it('in Pacific/Kiritimati, 10:30 UTC on Nov 26 is Nov 27 for the as-of line and for every day', async () => {
    expect(await seen('2026-11-26T10:30:00Z', 'Pacific/Kiritimati')).to.deep.equal({ asOf: 'As of Nov 27, 2026, 12:30 AM GMT+14', ...ON_27 });
  });

  it('in Pacific/Pago_Pago, a grant ending on the as-of day is active, not expired', async () => {
    expect(await seen('2026-11-27T05:00:00Z', 'Pacific/Pago_Pago')).to.deep.equal({ asOf: 'As of Nov 26, 2026, 6:00 PM GMT-11', ...ON_26 });
  });

  it('gives the data layer the same day as the screen', () => {
    expect(asOfDay({ asOf: '2026-11-26T23:30:00Z' })).to.equal('2026-11-26');
    expect(asOfDay({ asOf: '2026-11-26T10:30:00Z' }, 'Pacific/Kiritimati')).to.equal('2026-11-27');
    expect(asOfDay({ asOf: '2026-11-27T05:00:00Z' }, 'Pacific/Pago_Pago')).to.equal('2026-11-26');
  });
});
