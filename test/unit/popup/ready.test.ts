// @vitest-environment jsdom
// The current tab's card waits for the list's first screen to be shown (popup/ready.ts), and
// never longer than a limit: a popup that can't read its list still shows the card.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function loadReady() {
  vi.resetModules();
  return import('../../../popup/ready');
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenListShown', () => {
  it('resolves once the frame showing the list has been rendered, with both marks set', async () => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0));
    const ready = await loadReady();
    let shown = false;
    const waiting = ready.whenListShown(60_000).then(() => (shown = true));
    await new Promise((done) => setTimeout(done, 20));
    expect(shown).toBe(false);
    ready.markListReady();
    await waiting;
    expect(performance.getEntriesByName(ready.LIST_READY_MARK)).toHaveLength(1);
    expect(performance.getEntriesByName(ready.LIST_SHOWN_MARK)).toHaveLength(1);
    await ready.whenListShown(60_000); // already shown: at once
  });

  it('resolves after the limit when the list is never shown', async () => {
    vi.useFakeTimers();
    const ready = await loadReady();
    let shown = false;
    void ready.whenListShown(500).then(() => (shown = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(shown).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toBe(true);
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
