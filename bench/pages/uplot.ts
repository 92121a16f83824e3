/* uPlot's side of the speed scenarios: the same history data as the kit gets. */
import { drawHistory } from './contenders/uplot-history.js';
import { loadIntlData } from './intl-ready.js';
import { measureChart, offerBench, type Sample } from './sample.js';
import { FIVE_YEAR_DAYS, historySets, YEAR_DAYS } from './scenarios.js';

loadIntlData();

async function run(id: string): Promise<Sample> {
  if (id !== 'history-1y' && id !== 'history-5y') throw new Error(`the uPlot page has no scenario ${id}`);
  return measureChart(historySets(id === 'history-1y' ? YEAR_DAYS : FIVE_YEAR_DAYS), drawHistory);
}

offerBench(run);
