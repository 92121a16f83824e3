import { expect } from '@open-wc/testing';
import { placeSections } from '../src/credit-dashboard/credit-dashboard.layout.js';

describe('placeSections', () => {
  it('shows the five sections by default: the outlook under the summary, pie beside history', () => {
    expect(placeSections(undefined)).to.deep.equal([
      { section: 'summary', span: 'full' },
      { section: 'outlook', span: 'full' },
      { section: 'pie', span: 'pair-narrow' },
      { section: 'history', span: 'pair-wide' },
      { section: 'catalog', span: 'full' },
    ]);
  });

  it('follows the host\'s order and drops unknown names and repeats', () => {
    expect(placeSections(' catalog  summary bogus catalog ')).to.deep.equal([
      { section: 'catalog', span: 'full' },
      { section: 'summary', span: 'full' },
    ]);
  });

  it('gives the pie and the history a full row each when they are not next to each other', () => {
    expect(placeSections('pie summary history').map((p) => p.span)).to.deep.equal(['full', 'full', 'full']);
    expect(placeSections('history pie').map((p) => p.span)).to.deep.equal(['pair-wide', 'pair-narrow']);
  });

  it('shows nothing for an empty attribute', () => {
    expect(placeSections('')).to.deep.equal([]);
  });
});
