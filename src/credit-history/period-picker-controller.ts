import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { CreditGrant } from '../data/types.js';
import type { Period } from './credit-history.period.js';
import type { HistoryStrings } from './credit-history.strings.js';
import { customRangeProblem, periodPicker, presetOf, presetPeriod, type CustomRangeProblem, type PeriodPreset } from './period-picker.js';

/**
 * The period picker's state: the custom range as typed (kept while it is invalid, so nothing
 * the user entered is lost) and what is wrong with it. A chosen period goes to `apply`, which
 * the element turns into its `from`/`to` and `credit-period-change`.
 */
export class PeriodPickerController implements ReactiveController {
  private draft: Period | undefined;
  private problem: CustomRangeProblem | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly apply: (period: Period) => void,
  ) {
    host.addController(this);
  }

  /** A picker left on Custom starts over when the element is shown again. */
  hostDisconnected(): void {
    this.draft = undefined;
    this.problem = undefined;
  }

  render(t: HistoryStrings, period: Period, grants: readonly CreditGrant[], asOfDay: string, asOfText: string): TemplateResult {
    return periodPicker({
      t,
      preset: this.draft ? 'custom' : presetOf(period, asOfDay, grants),
      draft: this.draft ?? period,
      asOfDay,
      problem: this.problem,
      asOfText,
      onPreset: (preset) => this.pick(preset, period, grants, asOfDay),
      onDraft: (change) => this.set({ ...(this.draft ?? period), ...change }, undefined),
      onApply: () => this.applyDraft(asOfDay),
    });
  }

  private pick(preset: PeriodPreset, period: Period, grants: readonly CreditGrant[], asOfDay: string): void {
    if (preset === 'custom') {
      this.set({ ...period }, undefined);
      return;
    }
    this.set(undefined, undefined);
    this.apply(presetPeriod(preset, asOfDay, grants));
  }

  private applyDraft(asOfDay: string): void {
    const draft = this.draft;
    if (!draft) return;
    const problem = customRangeProblem(draft.from, draft.to, asOfDay);
    this.set(draft, problem);
    if (!problem) this.apply(draft);
  }

  private set(draft: Period | undefined, problem: CustomRangeProblem | undefined): void {
    this.draft = draft;
    this.problem = problem;
    this.host.requestUpdate();
  }
}
