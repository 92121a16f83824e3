/* Chart.js's side of the speed scenarios: the same pie and history data as the kit gets. */
import { drawHistory } from './contenders/chartjs-history.js';
import { drawPie } from './contenders/chartjs-pie.js';
import { loadIntlData } from './intl-ready.js';
import { measureChart, offerBench, type Sample } from './sample.js';
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
    case 'page': {
      // The pie and the one-year history on one page, as the kit's page scenario draws them.
      const [pie, history] = [pieSets(), historySets(YEAR_DAYS)];
      const sets = { first: { pie: pie.first, history: history.first }, second: { pie: pie.second, history: history.second } };
      return measureChart(sets, (host, data) => {
        const charts = [drawPie(host, data.pie), drawHistory(host, data.history)] as const;
        return {
          update: (next) => {
            charts[0].update(next.pie);
            charts[1].update(next.history);
          },
          destroy: () => charts.forEach((chart) => chart.destroy()),
        };
      });
    }
    default:
      throw new Error(`the Chart.js page has no scenario ${id}`);
  }
}

offerBench(run);
