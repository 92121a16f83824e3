import { expect } from '@open-wc/testing';
import { DEFAULT_TIMEOUT_MS, describeTimeout, MAX_TIMEOUT_MS, parseTimeoutMs, timeoutMsOption } from '../../src/data/timeout.js';

const NAME = 'The timeout-ms attribute';
const problem = (got: string) => ({ problem: `${NAME} must be a whole number of milliseconds from 1 to 2147483647 (got ${got})` });

describe('timeouts as hosts write them', () => {
  it('reads whole milliseconds from text or a number', () => {
    expect(parseTimeoutMs('2500', NAME)).to.deep.equal({ ms: 2500 });
    expect(parseTimeoutMs(' 60000 ', NAME)).to.deep.equal({ ms: 60_000 });
    expect(parseTimeoutMs(150, NAME)).to.deep.equal({ ms: 150 });
    expect(parseTimeoutMs(String(MAX_TIMEOUT_MS), NAME)).to.deep.equal({ ms: 2 ** 31 - 1 });
  });

  it('takes nothing as the default', () => {
    for (const nothing of [undefined, null, '', '  ']) expect(parseTimeoutMs(nothing, NAME)).to.deep.equal({ ms: DEFAULT_TIMEOUT_MS });
  });

  it('names every value a timer cannot wait for, as written', () => {
    expect(parseTimeoutMs('abc', NAME)).to.deep.equal(problem('the text "abc"'));
    expect(parseTimeoutMs('1e400', NAME)).to.deep.equal(problem('the text "1e400"'));
    // setTimeout keeps 32 bits: 3,000,000,000 ms would fire at once.
    expect(parseTimeoutMs('3000000000', NAME)).to.deep.equal(problem('the text "3000000000"'));
    expect(parseTimeoutMs('-5', NAME)).to.deep.equal(problem('the text "-5"'));
    expect(parseTimeoutMs('0', NAME)).to.deep.equal(problem('the text "0"'));
    expect(parseTimeoutMs(NaN, NAME)).to.deep.equal(problem('not-a-number'));
    expect(parseTimeoutMs(-1, NAME)).to.deep.equal(problem('-1'));
    expect(parseTimeoutMs(Infinity, NAME)).to.deep.equal(problem('an infinite number'));
    expect(parseTimeoutMs(1.5, NAME)).to.deep.equal(problem('1.5'));
  });

  it('throws for a bad option in code, naming it', () => {
    expect(() => timeoutMsOption(NaN, 'HttpCreditProvider timeoutMs')).to.throw(
      RangeError,
      'HttpCreditProvider timeoutMs must be a whole number of milliseconds from 1 to 2147483647 (got not-a-number)',
    );
  });

  it('says a timeout in seconds without rounding it away', () => {
    expect([150, 1, 30_000, MAX_TIMEOUT_MS].map(describeTimeout)).to.deep.equal(['0.15 s', '0.001 s', '30 s', '2147483.647 s']);
  });
});
