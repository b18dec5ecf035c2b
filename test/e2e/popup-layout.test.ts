// The popup's rows at the widths it is shown at: no text runs under a row's buttons (a long
// name or role is cut short with an ellipsis instead), measured in the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopup, type Harness } from './harness';
import { SEED_PEOPLE, seedPeople } from './seed';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  await seedPeople(harness);
});
afterAll(() => harness?.close());

/** In the page: each visible piece of text that lies under a button of its own row. */
function findTextUnderButtons(): string[] {
  const overlaps: string[] = [];
  const intersect = (a: DOMRect, b: DOMRect) => {
    const left = Math.max(a.left, b.left);
    const right = Math.min(a.right, b.right);
    const top = Math.max(a.top, b.top);
    const bottom = Math.min(a.bottom, b.bottom);
    return right - left > 0.5 && bottom - top > 0.5 ? new DOMRect(left, top, right - left, bottom - top) : null;
  };
  for (const row of document.querySelectorAll('li, .card')) {
    // The row's own buttons, other than a button that is the row itself.
    const buttons = [...row.querySelectorAll('button, a')].filter(
      (button) => !button.contains(row) && button.getBoundingClientRect().width > 0,
    );
    if (buttons.length === 0) continue;
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (let box of [...range.getClientRects()]) {
        // What is painted: the text's box cut by every clipping box around it.
        let clipped: DOMRect | null = box;
        for (let el = node.parentElement; el && clipped && el !== row.parentElement; el = el.parentElement) {
          if (getComputedStyle(el).overflowX !== 'visible') clipped = intersect(clipped, el.getBoundingClientRect());
        }
        if (!clipped) continue;
        box = clipped;
        for (const button of buttons) {
          if (button.contains(node)) continue;
          if (intersect(box, button.getBoundingClientRect()))
            overlaps.push(`“${node.textContent.trim()}” under “${button.textContent?.trim()}”`);
        }
      }
    }
  }
  return overlaps;
}

describe('popup rows', () => {
  for (const width of [360, 400]) {
    it(`at ${width} px: every row's text stays clear of its buttons`, async () => {
      const popup = await openPopup(harness);
      await popup.setViewportSize({ width, height: 600 });
      const thanks = popup.getByRole('group', { name: 'Thank-you notes due' });
      await thanks.getByRole('button', { name: 'Thanked' }).first().waitFor();
      expect(await thanks.getByRole('button', { name: 'Thanked' }).count()).toBe(2);
      await popup
        .locator('.people .person')
        .nth(SEED_PEOPLE.length - 1)
        .waitFor();
      expect(await popup.evaluate(findTextUnderButtons)).toEqual([]);
      // The long role is there, cut short, not wrapped onto a second line.
      const what = thanks.locator('.person .what').first();
      expect(await what.textContent()).toBe(`${SEED_PEOPLE[0].position} at ${SEED_PEOPLE[0].company}`);
      expect(await what.evaluate((el: HTMLElement) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow)).toBe(
        'ellipsis',
      );
      await popup.close();
    });
  }
});
