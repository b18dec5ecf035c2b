// @vitest-environment jsdom
// What the user is typing survives a re-render (the popup re-reads everything after each
// save); what they saved is sent once; the stored value takes over once it matches.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FieldInput } from '../../../popup/field-input';
import { useTestRoot } from '../test-root';

const root = useTestRoot();

const input = () => root().querySelector('input')!;
async function type(text: string) {
  await act(() => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function commit() {
  await act(() => {
    input().dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('FieldInput', () => {
  it('an input bound only to the stored value loses what is typed when its parent re-renders (the bug)', async () => {
    const bound = (value: string) => <input value={value} onChange={() => undefined} />;
    render(bound(''), root());
    await type('Nordlys Institute');
    await act(() => render(bound(''), root()));
    expect(input().value).toBe('');
  });

  it('keeps what is typed through re-renders, saves it on change, then follows the stored value', async () => {
    const onSave = vi.fn();
    const field = (value: string) => <FieldInput id="field-organization" value={value} onSave={onSave} />;
    render(field(''), root());
    await type('Nordlys Institute');
    await act(() => render(field(''), root())); // the popup re-read everyone
    expect(input().value).toBe('Nordlys Institute');
    expect(onSave).not.toHaveBeenCalled();

    await commit();
    expect(onSave.mock.calls).toEqual([['Nordlys Institute']]);
    await act(() => render(field(''), root())); // a re-render before the save returns
    expect(input().value).toBe('Nordlys Institute');
    await act(() => render(field('Nordlys Institute'), root())); // saved
    await act(() => render(field('Nordlys Institutet'), root())); // changed elsewhere later
    expect(input().value).toBe('Nordlys Institutet');
    expect(input().id).toBe('field-organization');
  });
});
