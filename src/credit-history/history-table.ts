import { html, nothing, type TemplateResult } from 'lit';
import { compareCredits } from '../data/credits.js';
import type { CreditGrant, HistoryPoint } from '../data/types.js';
import { formatCredits, formatDay, formatSignedCredits } from '../i18n/format.js';
import { fill } from '../i18n/strings.js';
import type { Period } from './credit-history.period.js';
import type { HistoryStrings } from './credit-history.strings.js';
import { balanceText, periodText } from './history-chart.js';
import type { HistoryChange } from './history-story.js';

/** Which rows the table view shows: every day, or only the days on which something changed. */
export type TableRows = 'daily' | 'changes';

export interface HistoryTableView {
  t: HistoryStrings;
  locale: string;
  period: Period;
  rows: TableRows;
  points: readonly HistoryPoint[];
  /** Days after the period, projected from the grants; listed after the history, marked. */
  projection: readonly HistoryPoint[];
  changes: readonly HistoryChange[];
}

/** The chart's data as a table. Render it only while shown: five years are 1,826 rows. */
export function historyTable(view: HistoryTableView): TemplateResult {
  return view.rows === 'daily' ? dailyTable(view) : changesTable(view);
}

/** "Every day" or "Changes": which rows the table shows (in the footer, so the table keeps the chart's size). */
export function tableRowsToggle(t: HistoryStrings, rows: TableRows, onRows: (rows: TableRows) => void): TemplateResult {
  return html`<div class="table-rows" role="group" aria-label=${t.historyTableViewLabel}>
    ${(['daily', 'changes'] as const).map(
      (value) => html`<button type="button" part="table-rows-button" aria-pressed=${String(rows === value)} @click=${() => onRows(value)}>
        ${value === 'daily' ? t.historyViewDaily : t.historyViewChanges}
      </button>`,
    )}
  </div>`;
}

function dailyTable({ t, locale, period, points, projection }: HistoryTableView): TemplateResult {
  const row = (point: HistoryPoint, projected: boolean) => html`<tr class=${projected ? 'projected' : ''}>
    <th scope="row">
      ${formatDay(locale, point.date)}${projected ? html` <span class="projected-tag">${t.historyProjectedTag}</span>` : nothing}
    </th>
    <td class="number">${formatCredits(locale, point.totalValid)}</td>
    <td class="number">${formatCredits(locale, point.allocated)}</td>
    <td class="number ${compareCredits(point.allocated, point.totalValid) > 0 ? 'negative' : ''}">${balanceText(t, locale, point)}</td>
  </tr>`;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby="table-caption">
    <table>
      <caption id="table-caption" class="visually-hidden">
        ${fill(t.historyTableCaption, { period: periodText(locale, period) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.historyDate}</th>
          <th scope="col" class="number">${t.historyValid}</th>
          <th scope="col" class="number">${t.historyAllocated}</th>
          <th scope="col" class="number">${t.historyBalance}</th>
        </tr>
      </thead>
      <tbody>
        ${points.map((point) => row(point, false))} ${projection.map((point) => row(point, true))}
      </tbody>
    </table>
  </div>`;
}

function changesTable({ t, locale, period, changes }: HistoryTableView): TemplateResult {
  if (changes.length === 0) {
    return html`<p class="empty" part="empty" role="status">${fill(t.historyNoChanges, { period: periodText(locale, period) })}</p>`;
  }
  const grantLine = (template: string, grant: CreditGrant) => html`<li>${fill(template, { name: grant.name })}</li>`;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby="table-caption">
    <table>
      <caption id="table-caption" class="visually-hidden">
        ${fill(t.historyChangesCaption, { period: periodText(locale, period) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.historyDate}</th>
          <th scope="col">${t.historyChangeWhat}</th>
          <th scope="col" class="number">${t.historyValid}</th>
          <th scope="col" class="number">${t.historyAllocated}</th>
        </tr>
      </thead>
      <tbody>
        ${changes.map(
          (change) => html`<tr data-day=${change.day}>
            <th scope="row">${formatDay(locale, change.day)}</th>
            <td>
              <ul class="changes">
                ${change.started.map((grant) => grantLine(t.historyStartsOn, grant))}
                ${change.ended.map((grant) => grantLine(t.historyEndsOn, grant))}
                ${change.allocatedDelta !== 0
                  ? html`<li>${fill(t.historyChangeAllocated, { delta: formatSignedCredits(locale, change.allocatedDelta) })}</li>`
                  : nothing}
              </ul>
            </td>
            <td class="number">${change.point ? formatCredits(locale, change.point.totalValid) : '—'}</td>
            <td class="number">${change.point ? formatCredits(locale, change.point.allocated) : '—'}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
