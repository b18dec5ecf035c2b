// The benchmark's own "usable" mark (bench/settled.mjs): which frame it counts as the complete
// first screen, on made-up frame sequences (the browser test in test/e2e/bench-settled.test.ts
// runs the same code on real pages).
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ES module shared with the benchmark
import { findSettled, layoutSignature } from '../../../bench/settled.mjs';

type Frame = { at: number; signature: string; search: string };

/** A frame every 16 ms from `from` to `to`, all showing `signature`. */
function frames(from: number, to: number, signature: string, search = 'enabled'): Frame[] {
  const out: Frame[] = [];
  for (let at = from; at <= to; at += 16) out.push({ at, signature, search });
  return out;
}

const LIST = layoutSignature([
  { tag: 'H2', x: 0, y: 40, width: 380, height: 24, text: 'Saved people' },
  { tag: 'INPUT', x: 12, y: 70, width: 356, height: 32, text: '' },
  { tag: 'LI', x: 0, y: 110, width: 380, height: 52, text: 'Ana Lucía Ferreira Brandt' },
]);
// "What to do now" filled in above the list: the same rows, 120 px lower.
const SHIFTED = layoutSignature([
  { tag: 'H2', x: 0, y: 40, width: 380, height: 24, text: 'What to do now' },
  { tag: 'LI', x: 0, y: 70, width: 380, height: 40, text: 'Follow up with Björn Bäckström' },
  { tag: 'H2', x: 0, y: 160, width: 380, height: 24, text: 'Saved people' },
  { tag: 'INPUT', x: 12, y: 190, width: 356, height: 32, text: '' },
  { tag: 'LI', x: 0, y: 230, width: 380, height: 52, text: 'Ana Lucía Ferreira Brandt' },
]);

describe('layoutSignature', () => {
  it('is one line per box: tag, rounded position and size, text', () => {
    expect(layoutSignature([{ tag: 'LI', x: 0.4, y: 109.6, width: 380, height: 51.5, text: 'Ana' }])).toBe('LI 0,110 380×52 Ana');
  });

  it('differs when a box moves, even with the same text', () => {
    expect(LIST).not.toBe(SHIFTED);
  });
});

describe('findSettled', () => {
  it('a screen complete at once is ready at its first frame', () => {
    expect(findSettled(frames(80, 700, LIST))).toEqual({ index: 0, at: 80 });
  });

  it('a screen that shifts after 100 ms is ready at the first frame after the shift, not before', () => {
    const seen = [...frames(80, 176, LIST), ...frames(192, 800, SHIFTED)];
    expect(findSettled(seen)).toEqual({ index: 7, at: 192 });
  });

  it('is not ready until the final screen has lasted the quiet time', () => {
    const seen = [...frames(80, 176, LIST), ...frames(192, 680, SHIFTED)];
    expect(findSettled(seen)).toBeNull();
    expect(findSettled([...seen, { at: 692, signature: SHIFTED, search: 'enabled' }])).toEqual({ index: 7, at: 192 });
  });

  it('a screen that stays still for 400 ms and then shifts is not ready before the shift', () => {
    const seen = [...frames(80, 480, LIST), ...frames(496, 1100, SHIFTED)];
    expect(findSettled(seen)).toEqual({ index: 26, at: 496 });
  });

  it('takes frames that repeat the one before them left out', () => {
    const seen = [
      { at: 80, signature: LIST, search: 'enabled' },
      { at: 192, signature: SHIFTED, search: 'enabled' },
      { at: 700, signature: SHIFTED, search: 'enabled' },
    ];
    expect(findSettled(seen)).toEqual({ index: 1, at: 192 });
  });

  it('with a search box required: not ready while it is disabled or missing, ready from the frame it is enabled', () => {
    const seen = [...frames(80, 300, LIST, 'disabled'), ...frames(316, 900, LIST, 'enabled')];
    expect(findSettled(seen, { requireSearch: true })).toEqual({ index: 14, at: 316 });
    expect(findSettled(frames(80, 900, LIST, 'none'), { requireSearch: true })).toBeNull();
    expect(findSettled(frames(80, 900, LIST, 'none'))).toEqual({ index: 0, at: 80 });
  });

  it('a blank page is never ready', () => {
    expect(findSettled(frames(0, 1000, ''))).toBeNull();
    expect(findSettled([])).toBeNull();
  });

  it('the quiet time can be set', () => {
    const seen = [...frames(80, 176, LIST), ...frames(192, 400, SHIFTED)];
    expect(findSettled(seen, { quietMs: 200 })).toEqual({ index: 7, at: 192 });
    expect(findSettled(seen, { quietMs: 500 })).toBeNull();
  });
});
