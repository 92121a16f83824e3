// The memory scenario: the dashboard mounted and unmounted 1,000 times with one provider.
// The heap is read after a full garbage collection (Chrome DevTools Protocol) after the
// first cycle and after the last, with the DOM counters, and every 100 cycles for the trend:
// a leak grows steadily, a cache levels off.

async function readHeap(cdp) {
  // Twice: the first collection can leave objects that only the finalizers it ran released.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { usedBytes: usedSize, domNodes: nodes, eventListeners: jsEventListeners };
}

export async function runMemory(browser, baseUrl, { cycles, batch = 100, onBatch = () => {} }) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/memory.html`);
    await page.waitForFunction(() => window.memoryBench !== undefined);
    const cdp = await context.newCDPSession(page);
    const run = (count) => page.evaluate((n) => window.memoryBench.cycles(n), count);

    await run(1);
    const afterFirst = await readHeap(cdp);
    const trend = [{ cycles: 1, usedBytes: afterFirst.usedBytes }];
    let done = 1;
    let subscribersLeft = 0;
    while (done < cycles) {
      const count = Math.min(batch - (done % batch), cycles - done);
      subscribersLeft = await run(count);
      done += count;
      const heap = await readHeap(cdp);
      trend.push({ cycles: done, usedBytes: heap.usedBytes });
      onBatch(done);
    }
    const afterAll = await readHeap(cdp);
    return { cycles, afterFirst, afterAll, growthBytes: afterAll.usedBytes - afterFirst.usedBytes, subscribersLeft, trend };
  } finally {
    await context.close();
  }
}
