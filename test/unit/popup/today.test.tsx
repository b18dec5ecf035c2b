// @vitest-environment jsdom
// "What to do now" renders in its first frame only the rows that can be above the fold (each
// row 51 px high, the popup 600 px): after weeks away every group may have five to show, and
// the rest come once that frame is shown (popup/today.tsx).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { DuePerson, TodoView } from '../../../src/db/summary';
import type { DueItem } from '../../../src/pipeline/due';
import { getDueState } from '../../../src/pipeline/due';
import { makeContact } from '../db/fixtures';
import { nextFrame, useTestRoot } from '../test-root';

vi.mock('../../../src/messaging', () => ({ sendFromPage: vi.fn() }));
const { countFirstFrameRows, Today } = await import('../../../popup/today');

function item(slug: string, name: string): DueItem<DuePerson> {
  const contact = makeContact(slug, { name, stage: 'met', meeting: null });
  return {
    contact: { ...getDueState(contact), role: 'Hydrologist', organization: 'Bluefen' },
    action: { kind: 'thank', label: 'Send a thank-you note', dueAt: null, deadline: null, overdue: true },
  };
}

function group(prefix: string, count: number, shown = count) {
  return { count, items: Array.from({ length: shown }, (_, i) => item(`${prefix}-${i}`, `${prefix} ${i + 1}`)) };
}

const none = { count: 0, items: [] };
/** Thank-yous, follow-ups and touch-bases due, five of each shown (the head holds five). */
const afterWeeksAway: TodoView = {
  groups: {
    thanks: group('Thanks', 19, 5),
    followUps: group('Follow-up', 876, 5),
    meetingsToday: none,
    meetingsTomorrow: none,
    touchBases: group('Touch-base', 795, 5),
  },
};
const fewDue: TodoView = {
  groups: { thanks: group('Thanks', 2), followUps: group('Follow-up', 3), meetingsToday: none, meetingsTomorrow: none, touchBases: none },
};

const root = useTestRoot();

const rows = () => [...root().querySelectorAll('.due-item .name')].map((el) => el.textContent);

describe('what to do now, first frame', () => {
  it('holds the twelve rows the popup can show (600 / 51, rounded up); the others, and each group’s "Show all", once it is shown', async () => {
    await act(() => render(<Today todo={afterWeeksAway} onOpen={() => undefined} onChanged={() => undefined} />, root()));
    expect(rows()).toHaveLength(12);
    expect(rows().slice(9)).toEqual(['Follow-up 5', 'Touch-base 1', 'Touch-base 2']);
    expect([...root().querySelectorAll('.due-title')].map((el) => el.textContent)).toEqual([
      'Thank-you notes due 19',
      'Follow-ups due 876',
      'Touch-bases due 795',
    ]);
    expect(countFirstFrameRows(afterWeeksAway)).toBe(12);
    await nextFrame();
    await nextFrame();
    expect(rows()).toHaveLength(15);
    expect([...root().querySelectorAll('.show-all')].map((el) => el.textContent)).toEqual(['Show all 19', 'Show all 876', 'Show all 795']);
  });

  it('holds every row when they fit', async () => {
    await act(() => render(<Today todo={fewDue} onOpen={() => undefined} onChanged={() => undefined} />, root()));
    expect(rows()).toEqual(['Thanks 1', 'Thanks 2', 'Follow-up 1', 'Follow-up 2', 'Follow-up 3']);
    expect(countFirstFrameRows(fewDue)).toBe(5);
  });
});
