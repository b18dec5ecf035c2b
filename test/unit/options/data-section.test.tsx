// @vitest-environment jsdom
// "Your data" when the background is stopped in the middle of an import or a restore: the
// reply never comes, so the page asks what the database holds now and says which happened.
// (The end-to-end test, test/e2e/stopped.test.ts, stops a real browser's background; which
// outcome it meets depends on the moment. Here each outcome is met on purpose.)
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestRoot } from '../test-root';

const { StoppedError } = await vi.importActual<typeof import('../../../src/messaging')>('../../../src/messaging');
const send = vi.fn();
const sendAfterStop = vi.fn();
vi.mock('../../../src/messaging', () => ({
  sendFromPage: (...args: unknown[]) => send(...args),
  sendFromPageAfterStop: (...args: unknown[]) => sendAfterStop(...args),
  StoppedError,
}));
const { DataSection } = await import('../../../options/data-section');

const IMPORT_PREVIEW = {
  kind: 'linkedin',
  counts: { added: 2, updated: 1, skipped: 1 },
  added: [],
  updated: [],
  skipped: [{ line: 9, reason: 'no LinkedIn profile address', label: 'Tomasz Lee' }],
};
const RESTORE_PREVIEW = {
  exportedAt: '2026-11-27T09:30:00.000Z',
  contacts: 5,
  hasProfile: true,
  hasSettings: true,
  hasTemplates: true,
  currentContacts: 1,
};

const root = useTestRoot();
beforeEach(() => {
  send.mockReset();
  sendAfterStop.mockReset();
  send.mockImplementation(async (name: string) => {
    if (name === 'data.previewImport') return IMPORT_PREVIEW;
    if (name === 'data.previewRestore') return RESTORE_PREVIEW;
    if (name === 'data.commitImport' || name === 'data.restoreBackup') throw new StoppedError();
    return null;
  });
});

const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
  });

async function choose(inputId: string, name: string, text: string): Promise<void> {
  const input = root().querySelector<HTMLInputElement>(`#${inputId}`)!;
  const file = new File([text], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

async function click(text: string): Promise<void> {
  const button = [...root().querySelectorAll('button')].find((b) => b.textContent === text);
  if (!button) throw new Error(`no button "${text}" in: ${root().textContent}`);
  await act(() => button.click());
  await settle();
}

const message = (block: string) =>
  root().querySelector(`[aria-labelledby="${block}"] [role="status"], [aria-labelledby="${block}"] [role="alert"]`)?.textContent;

describe('an import cut off by a stopped background', () => {
  it('landed (nothing left to add or update): says it was imported', async () => {
    render(<DataSection />, root());
    await settle();
    await choose('import-file', 'Connections.csv', 'First Name,Last Name,URL\n');
    sendAfterStop.mockResolvedValue({ ...IMPORT_PREVIEW, counts: { added: 0, updated: 0, skipped: 4 } });
    await click('Import 3 people');
    expect(sendAfterStop).toHaveBeenCalledWith('data.previewImport', { text: 'First Name,Last Name,URL\n' });
    expect(message('data-import')).toBe('Imported: 2 people added, 1 updated, 1 skipped.');
  });

  it('did not land: says nothing was imported', async () => {
    render(<DataSection />, root());
    await settle();
    await choose('import-file', 'Connections.csv', 'First Name,Last Name,URL\n');
    sendAfterStop.mockResolvedValue(IMPORT_PREVIEW);
    await click('Import 3 people');
    expect(message('data-import')).toBe('Rapport was stopped before the import finished, so nothing was imported. Import again.');
  });
});

describe('a restore cut off by a stopped background', () => {
  for (const [holds, expected] of [
    [true, 'Restored 5 people from backup.json.'],
    [false, 'Rapport was stopped before the restore finished, so nothing was changed. Restore again.'],
  ] as const) {
    it(`the database ${holds ? 'holds' : 'does not hold'} the backup: “${expected}”`, async () => {
      render(<DataSection />, root());
      await settle();
      await choose('restore-file', 'backup.json', '{}');
      sendAfterStop.mockResolvedValue(holds);
      await click('Restore 5 people');
      expect(sendAfterStop).toHaveBeenCalledWith('data.holdsBackup', { text: '{}' });
      expect(message('data-restore')).toBe(expected);
    });
  }
});
