import { firstMeasuredPaint, timeToPaint } from './paint.js';

/** One mount of a scenario, in milliseconds from a frame's start to a paint (see paint.ts). */
export interface Cycle {
  create: number;
  update: number;
  /** The kit only: a new provider set on the drawn element, to the paint of its answers. */
  swap?: number;
  /** The catalog's search keystroke, where the scenario has one. */
  keystroke?: number;
  /**
   * First mount of a run started by the page itself (`?run=<scenario>`): from navigation start
   * to the paint of the first figure, so loading, parsing and running the contender's code
   * count with its create.
   */
  load?: number;
}

/**
 * One run of a scenario on a fresh page: the first mount (cold: nothing of the contender's
 * code has run yet), then, after removing it, a second mount on the same page (the code has
 * run once, as when a user comes back to the tab in a single-page app).
 */
export interface Sample {
  first: Cycle;
  again: Cycle;
}

/** What every bench page offers the driver (bench/speed.mjs). */
export interface BenchPage {
  /** Runs one scenario; throws for a scenario the page does not draw. */
  run(scenario: string): Promise<Sample>;
}

declare global {
  interface Window {
    bench: BenchPage;
    /** The run the page started as soon as its code had loaded, for `?run=<scenario>`. */
    benchResult?: Promise<Sample>;
  }
}

/**
 * Offers `run` to the driver. With `?run=<scenario>` in the address the page starts that run
 * as soon as its code has run (call this at the end of the page's module) and adds the time from
 * navigation start to the first paint of a figure to the first mount.
 */
export function offerBench(run: (scenario: string) => Promise<Sample>): void {
  window.bench = { run };
  const scenario = new URLSearchParams(location.search).get('run');
  if (!scenario) return;
  window.benchResult = run(scenario).then((sample) => {
    const load = firstMeasuredPaint();
    return load === undefined ? sample : { ...sample, first: { ...sample.first, load } };
  });
}

/** The empty box every page draws into, as wide as every contender's canvas. */
export function stage(): HTMLElement {
  const element = document.getElementById('stage');
  if (!element) throw new Error('the page has no #stage');
  return element;
}

/** Runs `cycle` twice on a fresh stage each time: first mount, then again. */
export async function twice(cycle: (host: HTMLElement) => Promise<Cycle>): Promise<Sample> {
  const host = stage();
  const first = await cycle(host);
  host.replaceChildren();
  const again = await cycle(host);
  host.replaceChildren();
  return { first, again };
}

export interface DrawnChart<T> {
  update(data: T): void;
  destroy(): void;
}

/** A chart library's create and update, each to its paint, first and again. */
export function measureChart<T>(sets: { first: T; second: T }, draw: (host: HTMLElement, data: T) => DrawnChart<T>): Promise<Sample> {
  return twice(async (host) => {
    let chart: DrawnChart<T> | undefined;
    const create = await timeToPaint(() => (chart = draw(host, sets.first)));
    const update = await timeToPaint(() => chart!.update(sets.second));
    chart!.destroy();
    return { create, update };
  });
}
