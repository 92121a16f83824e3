/*
 * The allocation donut as a Chart.js user would draw it: tree-shaken (only the doughnut, its
 * arcs, the legend and tooltips are registered), no animation, fixed size. It gets the data
 * in the API's shape and maps it itself, as an app would.
 */
import { ArcElement, Chart, DoughnutController, Legend, Tooltip } from 'chart.js';
import type { OfferingAllocation } from '../../../src/data/types.js';
import { PALETTE } from './palette.js';

Chart.register(DoughnutController, ArcElement, Legend, Tooltip);

function chartData(allocations: readonly OfferingAllocation[]) {
  return {
    labels: allocations.map((offering) => offering.offeringName),
    datasets: [
      {
        data: allocations.map((offering) => offering.features.reduce((sum, feature) => sum + feature.credits, 0)),
        backgroundColor: PALETTE,
      },
    ],
  };
}

export function drawPie(container: HTMLElement, allocations: readonly OfferingAllocation[]) {
  // Not responsive: Chart.js draws at the canvas's own size.
  const canvas = Object.assign(document.createElement('canvas'), { width: 720, height: 260 });
  container.append(canvas);
  const chart = new Chart(canvas, {
    type: 'doughnut',
    data: chartData(allocations),
    options: {
      responsive: false,
      animation: false,
      cutout: '64%',
      plugins: { legend: { position: 'right' } },
    },
  });
  return {
    update(next: readonly OfferingAllocation[]) {
      chart.data = chartData(next);
      chart.update('none');
    },
    destroy: () => chart.destroy(),
  };
}
