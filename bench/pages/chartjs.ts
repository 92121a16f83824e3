/* Chart.js's side of the speed scenarios: the same pie and history data as the kit gets. */
import { drawHistory } from './contenders/chartjs-history.js';
import { drawPie } from './contenders/chartjs-pie.js';
import { loadIntlData } from './intl-ready.js';
import { measureChart, type Sample } from './sample.js';
import { FIVE_YEAR_DAYS, historySets, pieSets, YEAR_DAYS } from './scenarios.js';

loadIntlData();

async function run(id: string): Promise<Sample> {
  switch (id) {
    case 'pie-12':
      return measureChart(pieSets(), drawPie);
    case 'history-1y':
      return measureChart(historySets(YEAR_DAYS), drawHistory);
    case 'history-5y':
      return measureChart(historySets(FIVE_YEAR_DAYS), drawHistory);
    default:
      throw new Error(`the Chart.js page has no scenario ${id}`);
  }
}

window.bench = { run };
