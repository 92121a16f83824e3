import { expect } from '@open-wc/testing';
import { CreditValidationError } from '../../src/data/errors.js';
import {
  validateAllocations,
  validateFeatures,
  validateGrants,
  validateHistory,
  validateSummary,
} from '../../src/data/validate.js';
import { testData } from '../helpers/providers.js';

/** The message a validator throws for `value`, or fails when it accepts it. */
function messageFor(validate: () => unknown): string {
  try {
    validate();
  } catch (error) {
    expect(error).to.be.instanceOf(CreditValidationError);
    return (error as Error).message;
  }
  throw new Error('the validator accepted bad data');
}

const data = testData();
const features = () => structuredClone(data.features) as unknown as Record<string, unknown>[];
const year = { from: '2025-11-27', to: '2026-11-26' };

describe('validation of provider answers', () => {
  it('accepts the demo data of every section', () => {
    expect(validateSummary(data.summary)).to.deep.equal(data.summary);
    expect(validateGrants(data.grants)).to.have.length(data.grants.length);
    expect(validateAllocations(data.allocations)).to.have.length(data.allocations.length);
    expect(validateHistory(data.history, year)).to.have.length(365);
    expect(validateFeatures(data.features)).to.have.length(data.features.length);
  });

  it('names a missing field by its path', () => {
    const list = features();
    delete list[3]!.allocated;
    expect(messageFor(() => validateFeatures(list))).to.equal('features[3].allocated is missing');
  });

  it('names a wrong type, saying what came instead', () => {
    const list = features();
    list[3]!.allocated = '12';
    expect(messageFor(() => validateFeatures(list))).to.equal(
      'features[3].allocated must be a finite number ≥ 0 (got the text "12")',
    );
  });

  it('rejects NaN and infinities without printing those tokens', () => {
    const nan = messageFor(() => validateSummary({ ...data.summary, totalValid: NaN }));
    expect(nan).to.equal('summary.totalValid must be a finite number ≥ 0 (got not-a-number)');
    const inf = messageFor(() => validateSummary({ ...data.summary, allocated: -Infinity }));
    expect(inf).to.equal('summary.allocated must be a finite number ≥ 0 (got a negative infinite number)');
    for (const message of [nan, inf]) expect(message).not.to.match(/NaN|Infinity|null|undefined/);
  });

  it('rejects a negative count of credits', () => {
    const grants = structuredClone(data.grants);
    grants[1]!.credits = -5;
    expect(messageFor(() => validateGrants(grants))).to.equal('grants[1].credits must be a finite number ≥ 0 (got -5)');
  });

  it('rejects a day that is not a calendar day', () => {
    const grants = structuredClone(data.grants);
    grants[0]!.endDate = '2026-02-30';
    expect(messageFor(() => validateGrants(grants))).to.equal(
      'grants[0].endDate must be a date as YYYY-MM-DD (got the text "2026-02-30")',
    );
  });

  it('rejects an as-of that is not a date-time', () => {
    expect(messageFor(() => validateSummary({ ...data.summary, asOf: 'yesterday' }))).to.match(
      /^summary\.asOf must be an ISO 8601 date-time/,
    );
  });

  it('names both places of a duplicate id', () => {
    const list = features();
    list[7]!.id = list[2]!.id;
    expect(messageFor(() => validateFeatures(list))).to.equal(
      `features[7].id must be unique (got the text ${JSON.stringify(list[2]!.id)}, also at features[2].id)`,
    );
  });

  it('rejects a value outside an enumeration', () => {
    const grants = structuredClone(data.grants) as unknown as Record<string, unknown>[];
    grants[2]!.source = 'gift';
    expect(messageFor(() => validateGrants(grants))).to.equal(
      'grants[2].source must be one of "purchase", "license-conversion", "aws-marketplace", "azure-marketplace", "trial", "other" (got the text "gift")',
    );
  });

  it('describes an empty value in words', () => {
    expect(messageFor(() => validateSummary(null))).to.equal('summary must be an object (got an empty value)');
  });

  it('rejects a grant that ends before it starts', () => {
    const grants = structuredClone(data.grants);
    grants[0]!.startDate = '2026-05-02';
    grants[0]!.endDate = '2026-05-01';
    expect(messageFor(() => validateGrants(grants))).to.equal(
      'grants[0].endDate must not be before startDate 2026-05-02 (got the text "2026-05-01")',
    );
  });

  it('sorts history and rejects a duplicate or out-of-period day', () => {
    const points = [
      { date: '2026-01-02', totalValid: 10, allocated: 1 },
      { date: '2026-01-01', totalValid: 10, allocated: 1 },
    ];
    expect(validateHistory(points, year).map((p) => p.date)).to.deep.equal(['2026-01-01', '2026-01-02']);
    expect(messageFor(() => validateHistory([...points, { ...points[0]! }], year))).to.equal(
      'history[2].date must be unique (got the text "2026-01-02", also at history[0].date)',
    );
    expect(messageFor(() => validateHistory([{ ...points[0]!, date: '2027-01-01' }], year))).to.equal(
      'history[0].date must be within the period 2025-11-27 to 2026-11-26 (got the text "2027-01-01")',
    );
  });

  it('keeps only the contract fields', () => {
    const [summary] = [validateSummary({ ...data.summary, extra: '<img src=x onerror=alert(1)>' })];
    expect(Object.keys(summary)).to.deep.equal(['totalValid', 'allocated', 'asOf']);
  });

  it('accepts a null requirement and rejects a bad period', () => {
    const list = features();
    list[0]!.requirement = null;
    expect(validateFeatures(list)[0]!.requirement).to.equal(null);
    list[0]!.requirement = { credits: 5, period: 'week' };
    expect(messageFor(() => validateFeatures(list))).to.equal(
      'features[0].requirement.period must be one of "year", "month" (got the text "week")',
    );
  });
});
