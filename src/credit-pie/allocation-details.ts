import { html } from 'lit';
import type { OfferingAllocation } from '../data/types.js';
import type { DetailsContent } from '../details/details-dialog.js';
import { formatCredits } from '../i18n/format.js';
import type { PieStrings } from './credit-pie.strings.js';
import { offeringTotals } from './credit-pie.layout.js';

/**
 * The "View details" content of `<credit-pie>`: every offering (those without credits too),
 * largest first, as a group of its features with their exact credits, then the allocated
 * total; and the same rows as CSV, one per feature, credits unformatted. Each figure's cell
 * carries its column's name (`data-label`): a phone-wide dialog shows rows as labelled cards.
 */
export function allocationDetails(
  t: PieStrings,
  locale: string,
  allocations: readonly OfferingAllocation[],
  asOfDay: string | undefined,
): DetailsContent {
  const groups = offeringTotals(allocations).map((offering) => ({
    ...offering,
    features: [...offering.features]
      .sort((a, b) => b.credits - a.credits)
      .map((feature) => ({ ...feature, featureName: feature.featureName.trim() || feature.featureId })),
  }));
  const total = groups.reduce((sum, group) => sum + group.credits, 0);

  const body = html`<table part="details-table">
    <thead>
      <tr>
        <th scope="col">${t.pieDetailsItem}</th>
        <th scope="col" class="number">${t.pieDetailsCredits}</th>
      </tr>
    </thead>
    ${groups.map(
      (group) => html`<tbody>
        <tr class="offering-row">
          <th scope="rowgroup">${group.name}</th>
          <td class="number" data-label=${t.pieDetailsCredits}>${formatCredits(locale, group.credits)}</td>
        </tr>
        ${group.features.map(
          (feature) => html`<tr class="feature-row">
            <th scope="row">${feature.featureName}</th>
            <td class="number" data-label=${t.pieDetailsCredits}>${formatCredits(locale, feature.credits)}</td>
          </tr>`,
        )}
      </tbody>`,
    )}
    <tfoot>
      <tr>
        <th scope="row">${t.pieDetailsTotal}</th>
        <td class="number" data-label=${t.pieDetailsCredits}>${formatCredits(locale, total)}</td>
      </tr>
    </tfoot>
  </table>`;

  return {
    title: t.pieDetailsTitle,
    body,
    csv: {
      filename: asOfDay ? `credit-allocations-${asOfDay}.csv` : 'credit-allocations.csv',
      rows: [
        ['offeringId', 'offeringName', 'featureId', 'featureName', 'credits'],
        ...groups.flatMap((group) =>
          group.features.length > 0
            ? group.features.map((feature) => [group.offeringId, group.name, feature.featureId, feature.featureName, feature.credits])
            : [[group.offeringId, group.name, '', '', 0]],
        ),
      ],
    },
  };
}
