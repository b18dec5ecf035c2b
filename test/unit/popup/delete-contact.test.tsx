// @vitest-environment jsdom
// Delete one person with undo: deleted at once, Undo puts the very same record back,
// and the view is left only once the deletion is final.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../src/model';
import { makeContact } from '../db/fixtures';
import { useTestRoot } from '../test-root';

const send = vi.fn();
vi.mock('../../../src/messaging', () => ({ sendFromPage: (...args: unknown[]) => send(...args) }));
const { DeleteContact, UNDO_MS } = await import('../../../popup/delete-contact');

const root = useTestRoot();
const contact: Contact = makeContact('maren-okafor');

beforeEach(() => {
  send.mockReset();
  send.mockImplementation(async (name: string, payload: { contact?: Contact }) => (name === 'contact.delete' ? contact : payload.contact));
});
afterEach(() => {
  vi.useRealTimers();
});

const button = (text: string) => [...root().querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
const flush = () =>
  act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });

describe('DeleteContact', () => {
  it('deletes at once, then Undo restores the exact record', async () => {
    const onDeleted = vi.fn();
    const onRestored = vi.fn();
    render(<DeleteContact contact={contact} onDeleted={onDeleted} onRestored={onRestored} />, root());
    await act(() => button('Delete Maren Okafor from Rapport').click());
    await flush();
    expect(send).toHaveBeenCalledWith('contact.delete', { id: contact.id });
    expect(root().textContent).toContain('Deleted Maren Okafor.');
    await act(() => button('Undo').click());
    await flush();
    expect(send).toHaveBeenLastCalledWith('contact.restore', { contact });
    expect(onRestored).toHaveBeenCalledWith(contact);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(root().textContent).toContain('Delete Maren Okafor from Rapport');
  });

  it('leaves the view when the undo time is up, or on OK', async () => {
    vi.useFakeTimers();
    const onDeleted = vi.fn();
    render(<DeleteContact contact={contact} onDeleted={onDeleted} />, root());
    await act(() => button('Delete Maren Okafor from Rapport').click());
    await flush();
    expect(onDeleted).not.toHaveBeenCalled();
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS);
    });
    expect(onDeleted).toHaveBeenCalledTimes(1);

    const second = vi.fn();
    render(<DeleteContact contact={contact} onDeleted={second} key="2" />, root());
    await act(() => button('Delete Maren Okafor from Rapport').click());
    await flush();
    await act(() => button('OK').click());
    expect(second).toHaveBeenCalledTimes(1);
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS);
    });
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('says why when the delete fails, and keeps the person', async () => {
    send.mockRejectedValueOnce(new Error('This person is no longer in Rapport.'));
    const onDeleted = vi.fn();
    render(<DeleteContact contact={contact} onDeleted={onDeleted} />, root());
    await act(() => button('Delete Maren Okafor from Rapport').click());
    await flush();
    expect(root().querySelector('[role=alert]')?.textContent).toBe('This person is no longer in Rapport.');
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
