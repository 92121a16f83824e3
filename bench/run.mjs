// `npm run bench`: size, speed and memory of the kit against Chart.js and uPlot, measured in
// one run. Prints Markdown tables and writes bench/results/latest.json.
//   --runs N     speed runs per scenario and contender (default 20, at least 15 for the README)
//   --cycles N   dashboard mount/unmount cycles for memory (default 1000)
//   --only LIST  comma-separated parts to run: size, speed, memory (default all)
//   --scenarios LIST  comma-separated speed scenarios (default all: see SPEED_SCENARIOS in speed.mjs)
import { cpus } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { runMemory } from './memory.mjs';
import { buildPages } from './pages.mjs';
import { evaluateTargets, formatReport } from './report.mjs';
import { serve } from './server.mjs';
import { measureSizes } from './size.mjs';
import { runSpeed } from './speed.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    cycles: { type: 'string', default: '1000' },
    only: { type: 'string', default: 'size,speed,memory' },
    scenarios: { type: 'string' },
  },
});
const runs = Number(values.runs);
const cycles = Number(values.cycles);
const parts = new Set(values.only.split(','));
if (!(runs >= 1) || !(cycles >= 2)) throw new Error('--runs must be ≥ 1 and --cycles ≥ 2');

const started = performance.now();
const progress = (message) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU', node: process.versions.node },
  runs,
};

if (parts.has('size')) {
  progress('size: building every entry (three builds each for the Lit and d3 shares)…');
  results.size = await measureSizes({ onEntry: (row) => progress(`size: ${row.name} ${row.initial.gzip.toLocaleString('en-US')} B gzip`) });
}

if (parts.has('speed') || parts.has('memory')) {
  progress('pages: building the bench pages…');
  const site = await buildPages();
  const server = await serve(site);
  const browser = await launchBrowser();
  results.machine.browser = `Chromium ${browser.version()}`;
  try {
    if (parts.has('speed')) {
      progress(`speed: ${runs} interleaved runs…`);
      results.speed = await runSpeed(browser, server.url, { runs, scenarios: values.scenarios?.split(','), onRun: (run) => progress(`speed: run ${run}/${runs} done`) });
    }
    if (parts.has('memory')) {
      progress(`memory: ${cycles} dashboard mount/unmount cycles…`);
      results.memory = await runMemory(browser, server.url, { cycles, onBatch: (done) => progress(`memory: ${done}/${cycles} cycles`) });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}
results.machine.browser ??= 'no browser';
results.targets = evaluateTargets(results);

const outDir = resolve(import.meta.dirname, 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
progress('done: bench/results/latest.json written');
console.log('\n' + formatReport(results));
