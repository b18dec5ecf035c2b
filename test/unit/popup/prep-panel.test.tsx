// @vitest-environment jsdom
// Preparing for a meeting: the checklist and the question bank are checkboxes on the person,
// the user's own questions join the bank's, and the summary counts what is ready.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../src/model';
import { makeContact } from '../db/fixtures';
import { PrepPanel } from '../../../popup/prep-panel';
import { useTestRoot } from '../test-root';

const root = useTestRoot();

/** Each checkbox of a group by its label, and whether it is ticked. */
function getBoxes(legend: string): [string, boolean][] {
  const group = [...root().querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === legend)!;
  return [...group.querySelectorAll('label.check-line')].map((label) => [label.textContent ?? '', label.querySelector('input')!.checked]);
}
const box = (text: string) => [...root().querySelectorAll('label.check-line')].find((l) => l.textContent === text)!.querySelector('input')!;
const summary = () => root().querySelector('summary .summary-note')?.textContent;

describe('the preparation panel', () => {
  const contact: Contact = { ...makeContact('maren-okafor'), stage: 'request-sent', prep: [], questions: [] };

  it('offers the checklist of a job interview and the starting questions, none ticked', () => {
    render(<PrepPanel contact={contact} onSave={() => undefined} />, root());
    expect(summary()).toBe('0 of 4 ready · 0 questions');
    expect(getBoxes('Checklist')).toEqual([
      ['Research the person and the organization', false],
      ['Resume and portfolio ready', false],
      ['Dress professionally', false],
      ['Questions chosen', false],
    ]);
    expect(getBoxes('Questions to ask')).toEqual([
      ['How did you get into this field?', false],
      ['What do you like most and least about your job?', false],
      ['Which skills matter most for success in it?', false],
      ['What is a typical day like?', false],
      ['Which emerging trends could change the field in the next five years?', false],
      ['What is your biggest tip for a recent graduate trying to get a job in this field?', false],
    ]);
  });

  it('saves a ticked item or question on the person', async () => {
    const onSave = vi.fn();
    render(<PrepPanel contact={{ ...contact, prep: ['research'] }} onSave={onSave} />, root());
    await act(() => box('Dress professionally').click());
    await act(() => box('What is a typical day like?').click());
    await act(() => box('Research the person and the organization').click());
    expect(onSave.mock.calls).toEqual([
      [{ prep: ['research', 'dress'] }],
      [{ questions: ['What is a typical day like?'] }],
      [{ prep: [] }],
    ]);
  });

  it("shows the user's own questions after the bank's, ticked, and counts them", () => {
    const questions = ['What is a typical day like?', 'How do you choose projects?'];
    render(<PrepPanel contact={{ ...contact, prep: ['resume', 'questions'], questions }} onSave={() => undefined} />, root());
    expect(summary()).toBe('2 of 4 ready · 2 questions');
    expect(getBoxes('Questions to ask').filter(([, ticked]) => ticked)).toEqual([
      ['What is a typical day like?', true],
      ['How do you choose projects?', true],
    ]);
    expect(getBoxes('Questions to ask').at(-1)).toEqual(['How do you choose projects?', true]);
  });
});
