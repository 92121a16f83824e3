import { html, type TemplateResult } from 'lit';
import type { HistoryPoint } from '../data/types.js';
import { formatCredits, formatDay } from '../i18n/format.js';
import { fill } from '../i18n/strings.js';
import type { Period } from './credit-history.period.js';
import type { HistoryStrings } from './credit-history.strings.js';
import { balanceText, periodText } from './history-chart.js';

/** The chart's data as a table, one row per day. Render it only while shown: five years are 1,826 rows. */
export function historyTable(period: Period, points: readonly HistoryPoint[], t: HistoryStrings, locale: string): TemplateResult {
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
        ${points.map(
          (point) => html`<tr>
            <th scope="row">${formatDay(locale, point.date)}</th>
            <td class="number">${formatCredits(locale, point.totalValid)}</td>
            <td class="number">${formatCredits(locale, point.allocated)}</td>
            <td class="number ${point.allocated > point.totalValid ? 'negative' : ''}">${balanceText(t, locale, point)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
