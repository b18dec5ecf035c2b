// @vitest-environment jsdom
// The marks the benchmark reads (popup/ready.ts), and work put off until after a frame.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function loadReady() {
  vi.resetModules();
  return import('../../../popup/ready');
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('markListReady', () => {
  it('marks the first screen ready at once, and shown once the frame showing it has been rendered', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const ready = await loadReady();
    ready.markListReady();
    expect(performance.getEntriesByName(ready.LIST_READY_MARK)).toHaveLength(1);
    await new Promise((done) => setTimeout(done, 20));
    expect(performance.getEntriesByName(ready.LIST_SHOWN_MARK)).toHaveLength(0);
    for (const callback of frames) callback(performance.now());
    await new Promise((done) => setTimeout(done, 20));
    expect(performance.getEntriesByName(ready.LIST_SHOWN_MARK)).toHaveLength(1);
    ready.markListReady(); // once only
    expect(performance.getEntriesByName(ready.LIST_READY_MARK)).toHaveLength(1);
  });
});

describe('afterNextFrame', () => {
  /** A stand-in for the browser's frames: rAF callbacks wait for runFrame(). */
  function stubFrames() {
    let queued: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (queued[id - 1] = () => undefined));
    return {
      runFrame() {
        const callbacks = queued;
        queued = [];
        for (const callback of callbacks) callback(performance.now());
      },
    };
  }

  it('runs the callback after the frame, not among its rAF callbacks (where a read would force layout)', async () => {
    vi.useFakeTimers();
    const frames = stubFrames();
    const { afterNextFrame } = await loadReady();
    const calls: string[] = [];
    afterNextFrame(() => calls.push('after the frame'));
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([]);
    frames.runFrame();
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['after the frame']);
  });

  it('is cancelled before the frame, and between the frame and the callback', async () => {
    vi.useFakeTimers();
    const frames = stubFrames();
    const { afterNextFrame } = await loadReady();
    const calls: string[] = [];
    afterNextFrame(() => calls.push('first'))();
    const cancelSecond = afterNextFrame(() => calls.push('second'));
    frames.runFrame();
    cancelSecond();
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([]);
  });
});
