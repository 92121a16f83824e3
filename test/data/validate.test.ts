import { expect } from '@open-wc/testing';
import { CreditValidationError } from '../../src/data/errors.js';
import { MAX_CREDITS } from '../../src/data/credits.js';
import type { FeatureAllocation } from '../../src/data/types.js';
import {
  providerProblem,
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

  it("names the paths inside one offering's features, and a list that is missing there", () => {
    const allocations = structuredClone(data.allocations);
    const index = allocations.findIndex((offering) => offering.features.length >= 2);
    const [first, second] = allocations[index]!.features as [FeatureAllocation, FeatureAllocation];
    second.featureId = first.featureId;
    expect(messageFor(() => validateAllocations(allocations))).to.equal(
      `allocations[${index}].features[1].featureId must be unique (got the text ${JSON.stringify(first.featureId)}, also at allocations[${index}].features[0].featureId)`,
    );
    second.featureId = `${first.featureId}-other`;
    second.credits = -1;
    expect(messageFor(() => validateAllocations(allocations))).to.equal(`allocations[${index}].features[1].credits must be a finite number ≥ 0 (got -1)`);
    const withoutList = structuredClone(data.allocations) as unknown as Record<string, unknown>[];
    delete withoutList[0]!.features;
    expect(messageFor(() => validateAllocations(withoutList))).to.equal('allocations[0].features is missing');
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

  describe('holes in lists (sparse arrays from a JavaScript provider)', () => {
    /** `list` with the element at `index` deleted: the length stays, the index is a hole. */
    const holed = <T>(list: T[], index: number): T[] => {
      const copy = [...list];
      delete copy[index];
      return copy;
    };

    it('names a hole in every list of the contract as a missing element', () => {
      expect(messageFor(() => validateGrants(holed(data.grants, 2)))).to.equal('grants[2] is missing (the list has a hole there)');
      expect(messageFor(() => validateAllocations(holed(data.allocations, 1)))).to.equal(
        'allocations[1] is missing (the list has a hole there)',
      );
      expect(messageFor(() => validateHistory(holed(data.history, 7), year))).to.equal('history[7] is missing (the list has a hole there)');
      expect(messageFor(() => validateFeatures(holed(data.features, 0)))).to.equal('features[0] is missing (the list has a hole there)');
    });

    it("names a hole in one offering's features", () => {
      const allocations = structuredClone(data.allocations);
      allocations[3]!.features = holed(allocations[3]!.features, 1);
      expect(messageFor(() => validateAllocations(allocations))).to.equal(
        'allocations[3].features[1] is missing (the list has a hole there)',
      );
    });

    it('finds a hole at the end, and in a list that is all holes', () => {
      const trailing = [...data.features];
      trailing.length += 1;
      expect(messageFor(() => validateFeatures(trailing))).to.equal(`features[${data.features.length}] is missing (the list has a hole there)`);
      expect(messageFor(() => validateGrants(new Array(3)))).to.equal('grants[0] is missing (the list has a hole there)');
    });
  });

  describe('credits, exact to the hundredth', () => {
    const summary = (totalValid: number, allocated = 0) => validateSummary({ ...data.summary, totalValid, allocated });

    it('rounds every credit value to the hundredth on its decimal text', () => {
      expect(summary(2.675, 1.005)).to.deep.include({ totalValid: 2.68, allocated: 1.01 });
      expect(summary(0.1 + 0.2).totalValid).to.equal(0.3);
      const list = features();
      list[0]!.allocated = 8.345;
      list[0]!.requirement = { credits: 0.125 };
      const [first] = validateFeatures(list);
      expect([first!.allocated, first!.requirement!.credits]).to.deep.equal([8.35, 0.13]);
    });

    it('reads 1e-10, denormals and -0 as 0', () => {
      for (const tiny of [1e-10, 5e-324, 2.2250738585072014e-308, -0, 0.004]) {
        const { totalValid } = summary(tiny);
        expect(Object.is(totalValid, 0), String(tiny)).to.equal(true);
      }
    });

    it(`accepts ${MAX_CREDITS} credits (2^46 − 1: every hundredth below it prints exactly), and nothing above`, () => {
      expect(MAX_CREDITS).to.equal(70_368_744_177_663);
      expect(summary(MAX_CREDITS).totalValid).to.equal(MAX_CREDITS);
      expect(String(summary(70_368_744_177_662.99).totalValid)).to.equal('70368744177662.99');
      expect(messageFor(() => summary(MAX_CREDITS + 1))).to.equal('summary.totalValid must be at most 70368744177663 (got 70368744177664)');
      expect(messageFor(() => summary(MAX_CREDITS + 0.01))).to.equal('summary.totalValid must be at most 70368744177663 (got 70368744177663.01)');
      expect(messageFor(() => summary(Number.MAX_SAFE_INTEGER))).to.equal(
        'summary.totalValid must be at most 70368744177663 (got 9007199254740991)',
      );
    });

    it('names the sum when the allocations add up to more than a total can hold', () => {
      const allocations = structuredClone(data.allocations);
      allocations[0]!.features[0]!.credits = MAX_CREDITS;
      allocations[1]!.features[0]!.credits = 1;
      const message = messageFor(() => validateAllocations(allocations));
      expect(message).to.match(
        /^allocations add up to more than 70368744177663 credits, the most a total can hold exactly \(passed at allocations\[\d\]\.features\[\d\]\.credits\)$/,
      );
      // Three values each within the cap, whose sum is not.
      const three = [0, 1, 2].map((i) => ({ featureId: `f${i}`, featureName: `F${i}`, credits: MAX_CREDITS / 2 }));
      expect(messageFor(() => validateAllocations([{ offeringId: 'o', offeringName: 'O', features: three }]))).to.equal(
        'allocations add up to more than 70368744177663 credits, the most a total can hold exactly (passed at allocations[0].features[2].credits)',
      );
    });

    it("names the sum when the features' allocated credits add up to more than a total can hold", () => {
      const list = features();
      list[1]!.allocated = MAX_CREDITS;
      list[4]!.allocated = 0.01;
      expect(messageFor(() => validateFeatures(list))).to.match(
        /^features add up to more than 70368744177663 allocated credits, the most a total can hold exactly \(passed at features\[\d+\]\.allocated\)$/,
      );
    });

    it('names the day when the grants valid on it add up to more than a total can hold', () => {
      const grant = (id: string, startDate: string, endDate: string) => ({ id, name: id, credits: MAX_CREDITS / 2, source: 'purchase', startDate, endDate });
      const overlapping = [grant('a', '2026-01-01', '2026-06-30'), grant('b', '2026-03-01', '2026-12-31'), grant('c', '2026-06-30', '2026-07-31')];
      expect(messageFor(() => validateGrants(overlapping))).to.equal(
        'grants valid on 2026-06-30 add up to more than 70368744177663 credits, the most a total can hold exactly',
      );
      // Renewals that follow each other never count together, however many there are.
      const renewals = [grant('a', '2025-01-01', '2025-12-31'), grant('b', '2026-01-01', '2026-12-31'), grant('c', '2027-01-01', '2027-12-31')];
      expect(validateGrants(renewals)).to.have.length(3);
    });
  });

  describe('date-times', () => {
    const asOf = (text: string) => () => validateSummary({ ...data.summary, asOf: text });

    it('rejects date-times on days that do not exist', () => {
      for (const text of ['2023-02-29T10:00:00Z', '2026-04-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z']) {
        expect(messageFor(asOf(text)), text).to.equal(
          `summary.asOf must be an ISO 8601 date-time such as 2026-11-26T09:00:00Z (got the text ${JSON.stringify(text)})`,
        );
      }
    });

    it('rejects times and offsets that do not exist', () => {
      for (const text of ['2026-11-26T24:00:00Z', '2026-11-26T23:60:00Z', '2026-11-26T10:00:60Z', '2026-11-26T10:00:00+14:30', '2026-11-26T10:00:00-15:00', '2026-11-26T10:00:00+05:60']) {
        expect(messageFor(asOf(text)), text).to.match(/^summary\.asOf must be an ISO 8601 date-time/);
      }
    });

    it('accepts the edges: a leap day, 23:59:59, ±14:00, fractions of a second, no seconds', () => {
      for (const text of ['2028-02-29T23:59:59Z', '2026-11-26T00:00:00+14:00', '2026-11-26T00:00:00-14:00', '2026-11-26T09:00:00.123456Z', '2026-11-26T09:00Z']) {
        expect(asOf(text)().asOf, text).to.equal(text);
      }
    });
  });

  it('says what a provider that is no provider object is, naming where it was set', () => {
    for (const [value, got] of [
      ['x', 'the text "x"'],
      [42, '42'],
      [true, 'a boolean'],
      [null, 'an empty value'],
      [Symbol('p'), 'a symbol'],
    ] as const) {
      expect(providerProblem(value, 'The provider property')).to.equal(
        `The provider property must be a data provider: an object with getSummary, getGrants, getAllocations, getHistory and getFeatures methods (got ${got})`,
      );
    }
    expect(providerProblem({}, 'The provider property')).to.equal(undefined);
  });
});

