// Turns the bench results into the targets' verdicts and Markdown tables (printed, and pasted
// into the README), with every figure of the kit also given as a ratio to Chart.js and uPlot.
import { CONTENDERS } from './speed.mjs';

const KB = 1000;
/** The targets. Sizes are in bytes (1 KB = 1,000 bytes), times in milliseconds. */
export const TARGETS = {
  sizeGzip: { kit: 48 * KB, all: 55 * KB, 'summary+providers': 22 * KB },
  /** Cold create (first mount) against Chart.js in the same run. */
  createRatioToChartJs: { 'history-1y': 0.5, 'pie-12': 0.7, page: 0.65 },
  /** Cold create (first mount) against uPlot in the same run. */
  createRatioToUplot: { 'history-1y': 1.5 },
  /** One frame at 60 Hz. */
  frameMs: 16.7,
  heapGrowthBytes: 1000 * KB,
};

const SIZE_NAMES = {
  kit: 'the kit (every element, Lit and d3; no demo data)',
  all: 'the single-file bundle',
  'summary+providers': 'credit-summary + credit-widgets/providers',
};

const bytes = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const ms = (n) => n.toFixed(1);
const ratio = (ours, theirs) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const speedOf = (speed, id) => speed?.find((scenario) => scenario.id === id)?.contenders;
const PHASE_NAMES = { first: 'first mount', again: 'mounted again' };

/** Each target with the measured value and whether it is met (speed targets per phase). */
export function evaluateTargets({ size, speed, memory }) {
  const rows = [];
  for (const [name, limit] of Object.entries(TARGETS.sizeGzip)) {
    const row = size?.find((entry) => entry.name === name);
    if (!row) continue;
    rows.push({
      target: `${SIZE_NAMES[name]} ≤ ${kb(limit)} gzip`,
      measured: `${kb(row.initial.gzip)} gzip (${ratio(row.initial.gzip, limit)} the target)`,
      met: row.initial.gzip <= limit,
    });
  }
  for (const phase of speed ? ['first', 'again'] : []) {
    const at = (id) => Object.fromEntries(Object.entries(speedOf(speed, id) ?? {}).map(([c, result]) => [c, result[phase]]));
    for (const [id, name] of [
      ['pie-12', 'pie'],
      ['history-1y', 'one-year history'],
      ['page', 'pie + one-year history page'],
    ]) {
      const found = at(id);
      for (const [other, limits] of [
        ['chartjs', TARGETS.createRatioToChartJs],
        ['uplot', TARGETS.createRatioToUplot],
      ]) {
        const [ours, theirs, limit] = [found.ours, found[other], limits[id]];
        if (!ours || !theirs || limit === undefined) continue;
        rows.push({
          target: `${name} create-to-paint ≤ ${limit} × ${CONTENDERS[other]} (${PHASE_NAMES[phase]})`,
          measured: `${ratio(ours.create.median, theirs.create.median)} (${ms(ours.create.median)} vs ${ms(theirs.create.median)} ms)`,
          met: ours.create.median <= limit * theirs.create.median,
        });
      }
    }
    for (const [id, name] of [
      ['pie-12', 'pie'],
      ['history-1y', 'one-year history'],
      ['history-5y', 'five-year history'],
      ['page', 'pie + one-year history page'],
      ['dashboard', 'dashboard'],
    ]) {
      const ours = at(id).ours;
      if (!ours) continue;
      for (const [measure, what] of [
        ['update', 'update (a change report)'],
        ['swap', 'update (a new provider)'],
      ]) {
        const stat = ours[measure];
        if (!stat) continue;
        rows.push({
          target: `${name} ${what} to paint ≤ ${TARGETS.frameMs} ms (${PHASE_NAMES[phase]})`,
          measured: `${ms(stat.median)} ms (p10–p90 ${ms(stat.p10)}–${ms(stat.p90)})`,
          met: stat.median <= TARGETS.frameMs,
        });
      }
    }
    const catalog = at('catalog-10k').ours;
    if (catalog) {
      rows.push({
        target: `catalog keystroke-to-paint at 10,000 features ≤ ${TARGETS.frameMs} ms (${PHASE_NAMES[phase]})`,
        measured: `${ms(catalog.keystroke.median)} ms (p90 ${ms(catalog.keystroke.p90)})`,
        met: catalog.keystroke.median <= TARGETS.frameMs,
      });
    }
  }
  if (memory) {
    rows.push({
      target: `heap growth over ${bytes(memory.cycles)} dashboard mount/unmount cycles < ${kb(TARGETS.heapGrowthBytes)}, no provider subscriber left`,
      measured: `${kb(memory.growthBytes)}, ${memory.subscribersLeft} subscribers left`,
      met: memory.growthBytes < TARGETS.heapGrowthBytes && memory.subscribersLeft === 0,
    });
  }
  return rows;
}

function sizeTable(size) {
  const byName = Object.fromEntries(size.map((row) => [row.name, row]));
  // Each of the kit's entries next to the library a user would otherwise ship for it.
  const baseline = { 'credit-pie': ['chartjs-pie'], 'credit-history': ['chartjs-history', 'uplot-history'] };
  const rows = size.map((row) => {
    const shares = row.shares ? `${kb(row.shares.own)} / ${kb(row.shares.lit)} / ${kb(row.shares.d3)}` : '';
    const versus = (baseline[row.name] ?? []).map((other) => `${ratio(row.initial.gzip, byName[other].initial.gzip)} ${other}`).join(', ');
    return [
      `\`${row.name}\` ${row.title}`,
      bytes(row.initial.min),
      bytes(row.initial.gzip),
      bytes(row.initial.brotli),
      row.lazy.gzip ? bytes(row.lazy.gzip) : '',
      shares,
      versus,
    ];
  });
  return table(['entry', 'min B', 'gzip B', 'brotli B', 'lazy gzip B', 'gzip: own / Lit / d3', 'gzip vs'], rows);
}

function speedTable(speed, phase) {
  const cell = (stat) => (stat ? `${ms(stat.median)} (${ms(stat.p10)}–${ms(stat.p90)})` : '');
  const versus = (scenario, measure) =>
    ['chartjs', 'uplot']
      .filter((other) => scenario.contenders[other]?.[phase][measure])
      .map((other) => `${ratio(scenario.contenders.ours[phase][measure].median, scenario.contenders[other][phase][measure].median)} ${CONTENDERS[other]}`)
      .join(', ');
  const load = phase === 'first';
  const rows = speed.flatMap((scenario) =>
    Object.entries(scenario.contenders).map(([contender, phases]) => [
      contender === 'ours' ? scenario.title : '',
      CONTENDERS[contender],
      ...(load ? [cell(phases[phase].load)] : []),
      cell(phases[phase].create),
      cell(phases[phase].update),
      cell(phases[phase].swap),
      cell(phases[phase].keystroke),
      ...(load ? [contender === 'ours' ? versus(scenario, 'load') : ''] : []),
      contender === 'ours' ? versus(scenario, 'create') : '',
      contender === 'ours' ? versus(scenario, 'update') : '',
    ]),
  );
  // Column for column as the rows above: import + create exists on a first mount only.
  const head = [
    'scenario',
    'contender',
    ...(load ? ['import + create ms'] : []),
    'create ms',
    'update ms',
    'new provider ms',
    'keystroke ms',
    ...(load ? ['import + create: ours vs'] : []),
    'create: ours vs',
    'update: ours vs',
  ];
  return table(head, rows);
}

function memoryTable(memory) {
  const { afterFirst, afterAll } = memory;
  return table(
    ['after', 'JS heap', 'DOM nodes', 'event listeners'],
    [
      ['1 cycle', kb(afterFirst.usedBytes), bytes(afterFirst.domNodes), bytes(afterFirst.eventListeners)],
      [`${bytes(memory.cycles)} cycles`, kb(afterAll.usedBytes), bytes(afterAll.domNodes), bytes(afterAll.eventListeners)],
      ['growth', kb(memory.growthBytes), bytes(afterAll.domNodes - afterFirst.domNodes), bytes(afterAll.eventListeners - afterFirst.eventListeners)],
    ],
  );
}

/** The whole report as Markdown. */
export function formatReport(results) {
  const parts = [`Measured ${results.date} on ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}, ${results.machine.browser}.`];
  if (results.size) parts.push('### Size\n\n' + sizeTable(results.size));
  if (results.speed) {
    for (const phase of ['first', 'again']) {
      parts.push(
        `### Speed, ${PHASE_NAMES[phase]} (median and p10–p90 of ${results.runs} interleaved runs, ms from a frame's start to the paint of the result)\n\n` +
          speedTable(results.speed, phase),
      );
    }
  }
  if (results.memory) parts.push(`### Memory (${bytes(results.memory.cycles)} dashboard mount/unmount cycles, after a full GC)\n\n` + memoryTable(results.memory));
  parts.push(
    '### Targets\n\n' +
      table(
        ['target', 'measured', 'state'],
        results.targets.map((row) => [row.target, row.measured, row.met ? 'met' : '**missed**']),
      ),
  );
  return parts.join('\n\n');
}
