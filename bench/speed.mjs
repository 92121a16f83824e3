// The speed scenarios: each run opens every contender's page in a fresh browser context (a
// first visit: no code cache, no warm JIT), mounts the scenario twice (see pages/sample.ts)
// and closes it. Runs are interleaved (run 1 of every contender, then run 2…) and the
// contenders' order rotates, so a noisy moment on a shared machine never falls on one
// contender alone.
import { summarize } from './stats.mjs';

export const CONTENDERS = { ours: 'credit-widgets', chartjs: 'Chart.js', uplot: 'uPlot' };

export const SPEED_SCENARIOS = [
  { id: 'summary', title: 'summary', contenders: ['ours'] },
  { id: 'pie-12', title: 'pie, 12 offerings', contenders: ['ours', 'chartjs'] },
  { id: 'history-1y', title: 'history, 1 year (365 days)', contenders: ['ours', 'chartjs', 'uplot'] },
  { id: 'history-5y', title: 'history, 5 years (1,826 days)', contenders: ['ours', 'chartjs', 'uplot'] },
  { id: 'page', title: 'pie + one-year history, one page', contenders: ['ours', 'chartjs'] },
  { id: 'catalog-60', title: 'catalog, 60 features', contenders: ['ours'] },
  { id: 'catalog-10k', title: 'catalog, 10,000 features', contenders: ['ours'] },
  { id: 'dashboard', title: 'whole dashboard (demo data)', contenders: ['ours'] },
];

/** A page that has not answered by then is reported as failed instead of hanging the bench. */
const SAMPLE_TIMEOUT_MS = 60_000;

/**
 * One visit of a contender's page in a fresh browser context (a first visit: no code cache).
 * `started` lets the page start the run itself once its code has run (`?run=`), so the first
 * mount also tells the time from navigation start to its first painted figure; otherwise the
 * driver starts it once the page has loaded and is idle.
 */
async function visit(browser, baseUrl, contender, scenario, started) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/${contender}.html${started ? `?run=${encodeURIComponent(scenario)}` : ''}`);
    await page.waitForFunction(() => window.bench !== undefined);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${SAMPLE_TIMEOUT_MS / 1000} s`)), SAMPLE_TIMEOUT_MS);
    });
    const run = started ? page.evaluate(() => window.benchResult) : page.evaluate((id) => window.bench.run(id), scenario);
    const result = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
    if (errors.length > 0) throw new Error(errors.join('; '));
    return result;
  } catch (error) {
    throw new Error(`${scenario} on ${CONTENDERS[contender]}: ${error.message}`, { cause: error });
  } finally {
    await context.close();
  }
}

/**
 * Two visits: every measure on an idle page, as the issue defines create, and import + create
 * from a visit of its own, where the page draws as soon as its code has run.
 */
async function sample(browser, baseUrl, contender, scenario) {
  const idle = await visit(browser, baseUrl, contender, scenario, false);
  const started = await visit(browser, baseUrl, contender, scenario, true);
  return { ...idle, first: { ...idle.first, load: started.first.load } };
}

const PHASES = ['first', 'again'];
const MEASURES = ['load', 'create', 'update', 'swap', 'keystroke'];

/**
 * Runs every scenario (or those named in `scenarios`) `runs` times on every contender.
 * Returns, per scenario, contender and phase (first mount on a fresh page, mounted again on
 * it), the median and p10–p90 of each measure (load: import + create, create, update, swap:
 * a new provider, keystroke).
 */
export async function runSpeed(browser, baseUrl, { runs, scenarios: only, onRun = () => {} }) {
  const unknown = only?.filter((id) => !SPEED_SCENARIOS.some((scenario) => scenario.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`no speed scenario ${unknown.join(', ')} (there are ${SPEED_SCENARIOS.map((s) => s.id).join(', ')})`);
  const scenarios = only ? SPEED_SCENARIOS.filter((scenario) => only.includes(scenario.id)) : SPEED_SCENARIOS;
  const samples = new Map(scenarios.map((s) => [s.id, new Map(s.contenders.map((c) => [c, []]))]));
  for (let run = 0; run < runs; run++) {
    for (const scenario of scenarios) {
      const order = scenario.contenders.map((_, i) => scenario.contenders[(i + run) % scenario.contenders.length]);
      for (const contender of order) {
        samples.get(scenario.id).get(contender).push(await sample(browser, baseUrl, contender, scenario.id));
      }
    }
    onRun(run + 1);
  }
  const summarizePhase = (list, phase) =>
    Object.fromEntries(
      MEASURES.filter((measure) => list[0][phase][measure] !== undefined).map((measure) => [
        measure,
        summarize(list.map((s) => s[phase][measure])),
      ]),
    );
  return scenarios.map((scenario) => ({
    id: scenario.id,
    title: scenario.title,
    contenders: Object.fromEntries(
      [...samples.get(scenario.id)].map(([contender, list]) => [
        contender,
        Object.fromEntries(PHASES.map((phase) => [phase, summarizePhase(list, phase)])),
      ]),
    ),
  }));
}
