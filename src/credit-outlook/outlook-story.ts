import type { Outlook, OutlookChange } from '../data/outlook.js';
import type { CreditGrant } from '../data/types.js';
import { formatCredits, formatDay, listFormat } from '../i18n/format.js';
import { creditAmount } from '../i18n/phrases.js';
import { fill } from '../i18n/strings.js';
import type { OutlookStrings } from './credit-outlook.strings.js';

/*
 * The outlook in words: the sentence a user reads first (and a screen reader hears), built
 * from the numbers alone so it says the same thing in every locale.
 */

/** "the next 12 months" for a year, else "the next N days". */
export function horizonText(t: OutlookStrings, days: number): string {
  return days === 365 ? t.outlookHorizonYear : fill(t.outlookHorizonDays, { days });
}

/** The headline: when the balance goes (or is) negative and how low it gets, or that it stays above zero. */
export function outlookSentence(t: OutlookStrings, locale: string, outlook: Outlook, days: number): string {
  const credits = (value: number) => formatCredits(locale, value);
  const lowest = { lowest: credits(outlook.lowest.balance), lowestDate: formatDay(locale, outlook.lowest.day) };
  const horizon = horizonText(t, days);
  if (outlook.alreadyNegative) {
    const balance = credits(outlook.now.balance);
    const sentence =
      outlook.lowest.balance < outlook.now.balance
        ? fill(t.outlookAlreadyNegativeLowest, { balance, ...lowest })
        : fill(t.outlookAlreadyNegative, { balance });
    return `${sentence} ${t.outlookNotBlocking}`;
  }
  const negative = outlook.firstNegative;
  if (negative) {
    const values = { date: formatDay(locale, negative.day), balance: credits(negative.balanceAfter), cause: causeText(t, locale, negative) };
    const sentence =
      outlook.lowest.day === negative.day
        ? fill(t.outlookGoesNegative, values)
        : fill(t.outlookGoesNegativeLowest, { ...values, ...lowest });
    return `${sentence} ${t.outlookNotBlocking}`;
  }
  if (outlook.changes.length === 0) return fill(t.outlookNoChange, { horizon });
  return fill(t.outlookStaysPositive, { horizon, ...lowest });
}

/** What is at risk within each horizon, one short line each. */
export function riskLines(t: OutlookStrings, locale: string, outlook: Outlook): string[] {
  return outlook.risks.map((risk) =>
    risk.credits > 0
      ? fill(t.outlookRisk, { days: risk.days, credits: creditAmount(t, locale, risk.credits) })
      : fill(t.outlookRiskNone, { days: risk.days }),
  );
}

/** The grants behind a drop: "“X” ends", or "X and Y end". */
function causeText(t: OutlookStrings, locale: string, change: OutlookChange): string {
  const names = change.ended.map((grant: CreditGrant) => grant.name);
  if (names.length === 1) return fill(t.outlookCauseOne, { name: names[0]! });
  return fill(t.outlookCauseMany, { names: listFormat(locale).format(names) });
}
