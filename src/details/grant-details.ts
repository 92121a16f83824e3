import { html } from 'lit';
import { warningIcon } from '../base/icons.js';
import type { CreditGrant } from '../data/types.js';
import { formatCredits, formatDay, listFormat } from '../i18n/format.js';
import { fill, type SharedStrings } from '../i18n/strings.js';
import type { DetailsContent } from './details-dialog.js';
import { sourceLabel } from './source-label.js';
import { creditBreakdown, ENDING_SOON_DAYS, grantRows, type GrantStatus } from '../data/grants.js';

export function statusLabel(t: SharedStrings, status: GrantStatus): string {
  return status === 'active' ? t.grantActive : status === 'expired' ? t.grantExpired : t.grantUpcoming;
}

/**
 * The "purchases and converted entitlements" details shared by `<credit-summary>` and
 * `<credit-history>`: every grant with source, credits, dates and status on the as-of day,
 * the ones ending soon marked in words, and the valid total.
 */
export function grantDetails(
  t: SharedStrings,
  locale: string,
  grants: readonly CreditGrant[],
  asOfDay: string,
): DetailsContent {
  const rows = grantRows(grants, asOfDay);
  const total = creditBreakdown(grants, asOfDay).total;
  const soon = fill(t.grantEndingSoon, { days: ENDING_SOON_DAYS });
  const body = rows.length
    ? html`<table part="details-table">
        <thead>
          <tr>
            <th scope="col">${t.grantName}</th>
            <th scope="col">${t.grantSource}</th>
            <th scope="col" class="number">${t.grantCredits}</th>
            <th scope="col">${t.grantStart}</th>
            <th scope="col">${t.grantEnd}</th>
            <th scope="col">${t.grantStatus}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-status=${row.status} ?data-ending-soon=${row.endingSoon}>
              <th scope="row">${row.name}</th>
              <td data-label=${t.grantSource}>${sourceLabel(t, row.source)}</td>
              <td class="number" data-label=${t.grantCredits}>${formatCredits(locale, row.credits)}</td>
              <td class="date" data-label=${t.grantStart}>${formatDay(locale, row.startDate)}</td>
              <td class="date" data-label=${t.grantEnd}>${formatDay(locale, row.endDate)}</td>
              <td data-label=${t.grantStatus}>
                <span class="grant-status ${row.status}">${statusLabel(t, row.status)}</span>
                ${row.status === 'active' ? html`<span class="days-left">${daysLeftText(t, row.daysLeft)}</span>` : ''}
                ${row.renewedBy.length > 0 && row.status !== 'expired'
                  ? html`<span class="renewed-by">${fill(t.grantRenewedBy, { names: listFormat(locale).format(row.renewedBy.map((g) => g.name)) })}</span>`
                  : ''}
                ${row.endingSoon ? html`<span class="ending-soon">${warningIcon} ${soon}</span>` : ''}
              </td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="2">${fill(t.grantsTotal, { date: formatDay(locale, asOfDay) })}</th>
            <td class="number">${formatCredits(locale, total)}</td>
            <td colspan="3"></td>
          </tr>
        </tfoot>
      </table>`
    : html`<p>${t.grantsEmpty}</p>`;
  return {
    title: t.grantsTitle,
    body,
    csv: {
      filename: `credit-grants-${asOfDay}.csv`,
      rows: [
        ['id', 'name', 'source', 'credits', 'startDate', 'endDate', 'status', 'daysLeft', 'renewedBy', 'endingSoon'],
        ...rows.map((row) => [
          row.id,
          row.name,
          row.source,
          row.credits,
          row.startDate,
          row.endDate,
          row.status,
          row.status === 'active' ? row.daysLeft + 1 : '',
          row.renewedBy.map((grant) => grant.id).join(' '),
          row.endingSoon ? 'yes' : 'no',
        ]),
      ],
    },
  };
}

/** Days a grant is still valid, the as-of day and its last day included. */
function daysLeftText(t: SharedStrings, daysToEnd: number): string {
  const days = daysToEnd + 1;
  return days === 1 ? t.grantDaysLeftOne : fill(t.grantDaysLeft, { days });
}
