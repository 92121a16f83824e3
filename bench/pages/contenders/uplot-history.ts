/*
 * The history as a uPlot user would draw it: stepped paths, the allocated series dashed,
 * uPlot's own time axis and legend, at a fixed size. uPlot takes columns (x in seconds), so
 * the app converts the API's points itself.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { HistoryPoint } from '../../../src/data/types.js';
import { PALETTE } from './palette.js';

function columns(points: readonly HistoryPoint[]): uPlot.AlignedData {
  return [
    points.map((point) => Date.parse(`${point.date}T00:00:00Z`) / 1000),
    points.map((point) => point.totalValid),
    points.map((point) => point.allocated),
  ];
}

export function drawHistory(container: HTMLElement, points: readonly HistoryPoint[]) {
  const stepped = uPlot.paths.stepped!({ align: 1 });
  const plot = new uPlot(
    {
      width: 720,
      height: 300,
      series: [
        {},
        { label: 'Total valid credits', stroke: PALETTE[0], width: 2, paths: stepped },
        { label: 'Allocated credits', stroke: PALETTE[1], width: 2, dash: [2, 3], paths: stepped },
      ],
    },
    columns(points),
    container,
  );
  return {
    update(next: readonly HistoryPoint[]) {
      plot.setData(columns(next));
    },
    destroy: () => plot.destroy(),
  };
}
