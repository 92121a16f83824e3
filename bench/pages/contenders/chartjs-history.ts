/*
 * The history as a Chart.js user would draw it, following Chart.js's performance advice:
 * tree-shaken (line, linear scales, legend, tooltips), no animation, no points, data given
 * pre-parsed (`parsing: false`, `normalized: true`). The x axis is linear over timestamps
 * with a date label callback: Chart.js's time scale would also need a date adapter library.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { HistoryPoint } from '../../../src/data/types.js';
import { PALETTE } from './palette.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

function chartData(points: readonly HistoryPoint[]) {
  const series = (value: (point: HistoryPoint) => number) =>
    points.map((point) => ({ x: Date.parse(`${point.date}T00:00:00Z`), y: value(point) }));
  return {
    datasets: [
      {
        label: 'Total valid credits',
        data: series((point) => point.totalValid),
        borderColor: PALETTE[0],
        borderWidth: 2,
        stepped: 'after' as const,
      },
      {
        label: 'Allocated credits',
        data: series((point) => point.allocated),
        borderColor: PALETTE[1],
        borderWidth: 2,
        borderDash: [2, 3],
        stepped: 'after' as const,
      },
    ],
  };
}

export function drawHistory(container: HTMLElement, points: readonly HistoryPoint[]) {
  // Made here, not at import: creating it is part of drawing the chart, as for the kit.
  const dayLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const canvas = Object.assign(document.createElement('canvas'), { width: 720, height: 300 });
  container.append(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: chartData(points),
    options: {
      responsive: false,
      animation: false,
      parsing: false,
      normalized: true,
      elements: { point: { radius: 0 } },
      scales: {
        x: { type: 'linear', ticks: { callback: (value) => dayLabel.format(Number(value)) } },
        y: { type: 'linear', beginAtZero: true },
      },
    },
  });
  return {
    update(next: readonly HistoryPoint[]) {
      chart.data = chartData(next);
      chart.update('none');
    },
    destroy: () => chart.destroy(),
  };
}
