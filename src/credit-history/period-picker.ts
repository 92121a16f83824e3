import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addDays, isCalendarDay } from '../data/days.js';
import type { CreditGrant } from '../data/types.js';
import { fill } from '../i18n/strings.js';
import type { Period } from './credit-history.period.js';
import type { HistoryStrings } from './credit-history.strings.js';

/*
 * The history's period picker: presets that end on the as-of day, and a custom range. The
 * presets are pure maths (tested), the template a plain function; the element owns what the
 * user typed, so a half-entered custom range survives re-renders.
 */

export type PeriodPreset = '90d' | '12m' | '2y' | 'all' | 'custom';

export const PRESETS: readonly Exclude<PeriodPreset, 'custom'>[] = ['90d', '12m', '2y', 'all'];

/** The days each preset spans, ending on the as-of day (both ends included). */
const PRESET_DAYS = { '90d': 90, '12m': 365, '2y': 730 } as const;

/**
 * The period a preset stands for. "All available" starts on the earliest grant's first day
 * (no credit history can be older than the first credits), or is the year when there are none.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, asOfDay: string, grants: readonly CreditGrant[]): Period {
  if (preset === 'all') {
    const earliest = grants.reduce<string | undefined>((min, g) => (min === undefined || g.startDate < min ? g.startDate : min), undefined);
    return { from: earliest !== undefined && earliest < asOfDay ? earliest : addDays(asOfDay, 1 - PRESET_DAYS['12m']), to: asOfDay };
  }
  return { from: addDays(asOfDay, 1 - PRESET_DAYS[preset]), to: asOfDay };
}

/** Which preset a period is (the default period is the 12 months), else custom. */
export function presetOf(period: Period, asOfDay: string, grants: readonly CreditGrant[]): PeriodPreset {
  return (
    PRESETS.find((preset) => {
      const candidate = presetPeriod(preset, asOfDay, grants);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? 'custom'
  );
}

export type CustomRangeProblem = 'missing' | 'order' | 'future';

/** What is wrong with a typed range, if anything: both days, in order, none after the as-of day. */
export function customRangeProblem(from: string, to: string, asOfDay: string): CustomRangeProblem | undefined {
  if (!isCalendarDay(from) || !isCalendarDay(to)) return 'missing';
  if (from > to) return 'order';
  if (to > asOfDay) return 'future';
  return undefined;
}

export interface PeriodPickerView {
  t: HistoryStrings;
  preset: PeriodPreset;
  /** The custom range as typed (kept while it is invalid). */
  draft: Period;
  asOfDay: string;
  problem: CustomRangeProblem | undefined;
  asOfText: string;
  onPreset: (preset: PeriodPreset) => void;
  /** One day of the custom range was typed; the element merges it into the draft it keeps. */
  onDraft: (change: Partial<Period>) => void;
  onApply: () => void;
}

export function periodPicker(view: PeriodPickerView): TemplateResult {
  const { t, preset, draft, problem } = view;
  const labels: Record<PeriodPreset, string> = {
    '90d': t.historyPeriod90Days,
    '12m': t.historyPeriod12Months,
    '2y': t.historyPeriod2Years,
    all: t.historyPeriodAll,
    custom: t.historyPeriodCustom,
  };
  const message =
    problem === 'missing'
      ? t.historyPeriodMissing
      : problem === 'order'
        ? t.historyPeriodOrder
        : problem === 'future'
          ? fill(t.historyPeriodFuture, { date: view.asOfText })
          : '';
  return html`<div class="period-picker" part="period-picker">
    <label>
      <span>${t.historyPeriodLabel}</span>
      <select
        part="period-select"
        .value=${live(preset)}
        @change=${(event: Event) => view.onPreset((event.target as HTMLSelectElement).value as PeriodPreset)}
      >
        ${[...PRESETS, 'custom' as const].map((value) => html`<option value=${value} ?selected=${value === preset}>${labels[value]}</option>`)}
      </select>
    </label>
    ${preset === 'custom'
      ? html`<form
          class="custom-range"
          part="custom-range"
          novalidate
          @submit=${(event: Event) => {
            event.preventDefault();
            view.onApply();
          }}
        >
          <label>
            <span>${t.historyPeriodFrom}</span>
            <input
              type="date"
              part="period-from"
              max=${view.asOfDay}
              .value=${live(draft.from)}
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby="period-problem"
              @input=${(event: Event) => view.onDraft({ from: (event.target as HTMLInputElement).value })}
            />
          </label>
          <label>
            <span>${t.historyPeriodTo}</span>
            <input
              type="date"
              part="period-to"
              max=${view.asOfDay}
              .value=${live(draft.to)}
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby="period-problem"
              @input=${(event: Event) => view.onDraft({ to: (event.target as HTMLInputElement).value })}
            />
          </label>
          <button type="submit" part="period-apply">${t.historyPeriodApply}</button>
          <p id="period-problem" class="period-problem" part="period-problem" role="status">${message || nothing}</p>
        </form>`
      : nothing}
  </div>`;
}
