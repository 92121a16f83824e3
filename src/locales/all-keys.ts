/*
 * The keys every translation table must cover: the English defaults of every element,
 * shared strings included. Types only, so importing this module loads no element code.
 */
import type { dashboardStrings } from '../credit-dashboard/credit-dashboard.strings.js';
import type { historyStrings } from '../credit-history/credit-history.strings.js';
import type { outlookStrings } from '../credit-outlook/credit-outlook.strings.js';
import type { pieStrings } from '../credit-pie/credit-pie.strings.js';
import type { summaryStrings } from '../credit-summary/credit-summary.strings.js';
import type { catalogStrings } from '../feature-catalog/feature-catalog.strings.js';
import type { sharedStrings } from '../i18n/strings.js';

/** Every UI string of the kit, as the English defaults declare it. */
export type AllStrings = typeof sharedStrings &
  typeof summaryStrings &
  typeof pieStrings &
  typeof historyStrings &
  typeof catalogStrings &
  typeof outlookStrings &
  typeof dashboardStrings;

/** A complete translation: every key of {@link AllStrings}, no other. Use with `satisfies`. */
export type CompleteTranslation = Record<keyof AllStrings, string>;
