import { expect } from '@open-wc/testing';
import { creditAxisLabels } from '../src/credit-history/credit-axis-labels.js';

describe('credit axis labels: one unit per axis', () => {
  const ticks = [0, 200_000, 400_000, 600_000, 800_000, 1_000_000];

  it('German: every label in millions, not "800.000" beside "1 Mio."', () => {
    // Intl puts a no-break space before the unit.
    expect(creditAxisLabels('de-DE', ticks)).to.deep.equal(['0', '0,2\u00a0Mio.', '0,4\u00a0Mio.', '0,6\u00a0Mio.', '0,8\u00a0Mio.', '1\u00a0Mio.']);
  });

  it('English: every label in millions, not "800K" beside "1M"', () => {
    expect(creditAxisLabels('en-US', ticks)).to.deep.equal(['0', '0.2M', '0.4M', '0.6M', '0.8M', '1M']);
  });

  it('thousands stay thousands, and an axis with no unit shows plain numbers', () => {
    expect(creditAxisLabels('en-US', [0, 250_000, 500_000, 750_000])).to.deep.equal(['0', '250K', '500K', '750K']);
    expect(creditAxisLabels('de-DE', [0, 250_000, 500_000, 750_000])).to.deep.equal(['0', '250.000', '500.000', '750.000']);
    expect(creditAxisLabels('en-US', [0, 200, 400])).to.deep.equal(['0', '200', '400']);
  });

  it('Japanese units (万) apply to every label too', () => {
    expect(creditAxisLabels('ja-JP', [0, 200_000, 400_000])).to.deep.equal(['0', '20万', '40万']);
  });
});
