// @vitest-environment jsdom
// The list before and after everyone is read: the first screen has the newest only (the
// summary's head), so a search typed then says it looked through those, and covers everyone
// once they are read; the heading and the stage filter count everyone from the start.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../../../src/db/summary';
import type { Stage } from '../../../src/model';
import { getDueState } from '../../../src/pipeline/due';
import { makeContact } from '../db/fixtures';
import { nextFrame, useTestRoot } from '../test-root';

const { ContactList } = await import('../../../popup/contact-list');

function person(slug: string, name: string, stage: Stage, createdAt: number): PersonSummary {
  const contact = makeContact(slug, { name, stage, createdAt, meeting: null });
  return { ...getDueState(contact), role: contact.role, organization: contact.organization, headline: '', createdAt, notes: '' };
}

const everyone = [
  person('noor-haddad', 'Noor Haddad', 'saved', 3000),
  person('ines-varga', 'Ines Varga', 'request-sent', 2000),
  person('ottilie-oldfield', 'Ottilie Oldfield', 'saved', 1000),
];
const counts = new Map<Stage, number>([
  ['saved', 2],
  ['request-sent', 1],
]);

const root = useTestRoot();

/** `people`: the newest only, or all three. */
function show(people: PersonSummary[]) {
  render(<ContactList people={people} total={3} stageCounts={counts} onOpen={() => undefined} />, root());
}

async function type(text: string) {
  const input = root().querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
}

const status = () => root().querySelector('[role="status"]')?.textContent;
const names = () => [...root().querySelectorAll('.person .name')].map((el) => el.textContent);

describe('ContactList', () => {
  it('counts everyone from the first frame, and a search before everyone is read says it has only the newest', async () => {
    await act(() => show(everyone.slice(0, 2)));
    expect(root().querySelector('h2')?.textContent).toBe('Saved people (3)');
    expect([...root().querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All stages', 'Saved (2)', 'Request sent (1)']);
    expect(status()).toBeUndefined(); // nothing typed: no line above the list
    await type('oldfield');
    expect(status()).toBe('No one among the newest 2 so far; still reading all 3…');
    await type('e');
    expect(status()).toBe('2 among the newest 2 so far; still reading all 3…');
    await act(() => show(everyone));
    expect(status()).toBe('3 of 3');
    await type('oldfield');
    expect(status()).toBe('1 of 3');
    expect(names()).toEqual(['Ottilie Oldfield']);
    await type('nobody here');
    expect(status()).toBe('No one matches.');
  });
});

describe('the first frame', () => {
  const many = Array.from({ length: 30 }, (_, i) => person(`person-${i}`, `Person ${i + 1}`, 'saved', 30_000 - i));
  const showBelow = (below: number) =>
    render(<ContactList people={many} total={30} stageCounts={new Map([['saved', 30]])} below={below} onOpen={() => undefined} />, root());

  it('renders the rows that can be within the popup below what is above the list (600 px, 52 px a row), the rest once it is shown', async () => {
    await act(() => showBelow(0));
    expect(names()).toHaveLength(12); // 600 / 52, rounded up
    render(null, root());
    await act(() => showBelow(510)); // ten rows of "what to do now" above (51 px each)
    expect(names()).toEqual(['Person 1', 'Person 2']);
    await nextFrame();
    await nextFrame();
    expect(names().length).toBeGreaterThan(2);
  });

  it('renders no row when what is above the list already fills the popup, and keeps everyone’s height', async () => {
    await act(() => showBelow(612));
    expect(names()).toEqual([]);
    expect(root().querySelector<HTMLElement>('.people')?.style.paddingBottom).toBe(`${30 * 52}px`);
    await nextFrame();
    await nextFrame();
    expect(names()[0]).toBe('Person 1');
  });
});
