/*
 * The memory scenario's page: the whole dashboard mounted and unmounted again and again
 * with one provider, each time drawn and painted before it is removed. The driver
 * (bench/memory.mjs) collects garbage and reads the heap between batches.
 */
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import '../../src/index.js';
import { drawn } from './kit-wait.js';
import { afterPaint } from './paint.js';
import { stage } from './sample.js';
import { dashboardSets } from './scenarios.js';

const provider = new StaticCreditProvider(dashboardSets().first);

/** Mounts, draws, paints and removes the dashboard `count` times; returns the provider's subscribers left. */
async function cycles(count: number): Promise<number> {
  const host = stage();
  for (let i = 0; i < count; i++) {
    const dashboard = document.createElement('credit-dashboard');
    dashboard.provider = provider;
    host.append(dashboard);
    await drawn(dashboard);
    await afterPaint();
    dashboard.remove();
  }
  // Callbacks still scheduled for the last dashboard (its virtualizer waits two frames) hold
  // it until they run: let them, so the heap read next holds no dashboard.
  await afterPaint();
  await afterPaint();
  return provider.subscriberCount;
}

declare global {
  interface Window {
    memoryBench: { cycles: typeof cycles };
  }
}

window.memoryBench = { cycles };
