/*
 * Frame-aligned timing for every contender. A measured action starts at the beginning of a
 * frame (in a requestAnimationFrame callback) and ends after the paint that first shows its
 * result. Starting on a frame boundary keeps the wait for the next vsync (0–16.7 ms, at
 * random) out of the figures, so work that fits in one frame measures as what it costs.
 *
 * "After the paint" is a task posted from inside the frame: it runs once the frame's style,
 * layout and paint are done. When the result was completed inside a frame (its rAF
 * callback, a ResizeObserver callback, or the microtasks after them), that frame paints it;
 * when it was completed in an ordinary task, the next frame does.
 */

let inFrame = false;
let frameWaiters: (() => void)[] = [];
const channel = new MessageChannel();
const afterTask: (() => void)[] = [];
channel.port1.onmessage = () => afterTask.shift()?.();

function postTask(callback: () => void): void {
  afterTask.push(callback);
  channel.port2.postMessage(undefined);
}

/* One rAF loop marks each frame from its start to the task after its paint. */
function onFrame(): void {
  inFrame = true;
  postTask(() => (inFrame = false));
  const waiters = frameWaiters;
  frameWaiters = [];
  waiters.forEach((resolve) => resolve());
  requestAnimationFrame(onFrame);
}
requestAnimationFrame(onFrame);

/** Resolves at the start of the next frame, before its style, layout and paint. */
export function frameStart(): Promise<void> {
  return new Promise((resolve) => frameWaiters.push(resolve));
}

/** Resolves after the paint that shows what the DOM holds now. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (inFrame) postTask(resolve);
    else frameWaiters.push(() => postTask(resolve));
  });
}

let firstPaintAt: number | undefined;

/** When the first measured action's result was painted, in ms from navigation start. */
export function firstMeasuredPaint(): number | undefined {
  return firstPaintAt;
}

/** Milliseconds from a frame's start, when `action` begins, to the paint of its result. */
export async function timeToPaint(action: () => unknown): Promise<number> {
  await frameStart();
  const t0 = performance.now();
  await action();
  await afterPaint();
  const end = performance.now();
  firstPaintAt ??= end;
  return end - t0;
}

/**
 * Resolves as soon as `check()` holds, re-checking after every DOM change under `root`.
 * Mutation observers report in a microtask, so this adds no delay of its own.
 */
export function domUntil(root: Node, check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
