import { describe, expect, it, vi } from 'vitest';

// Only the error a stopped background gives is needed, not the extension API behind it.
vi.mock('../../../src/messaging', () => ({ StoppedError: class StoppedError extends Error {} }));
const { StoppedError } = await import('../../../src/messaging');
const { countPeople, describeImported, getWriteOutcome } = await import('../../../options/data-outcome');

describe('what a restore or an import came to', () => {
  it('is its answer when the background answered', async () => {
    const hasLanded = vi.fn();
    expect(await getWriteOutcome(async () => ({ contacts: 5 }), hasLanded)).toEqual({ kind: 'done', value: { contacts: 5 } });
    expect(hasLanded).not.toHaveBeenCalled();
  });

  it('is the error’s words when it failed for a reason of its own, without asking whether it landed', async () => {
    const hasLanded = vi.fn();
    expect(await getWriteOutcome(() => Promise.reject(new Error('The disk is full.')), hasLanded)).toEqual({
      kind: 'failed',
      message: 'The disk is full.',
    });
    expect(hasLanded).not.toHaveBeenCalled();
  });

  it('after a stop, is what the database says: landed, not landed, or not landed when it can’t say', async () => {
    const stopped = () => Promise.reject(new StoppedError());
    expect(await getWriteOutcome(stopped, async () => true)).toEqual({ kind: 'landed' });
    expect(await getWriteOutcome(stopped, async () => false)).toEqual({ kind: 'lost' });
    expect(await getWriteOutcome(stopped, () => Promise.reject(new StoppedError()))).toEqual({ kind: 'lost' });
  });
});

describe('the words for it', () => {
  it('counts people, one and many', () => {
    expect(countPeople(1)).toBe('1 person');
    expect(countPeople(0)).toBe('0 people');
    expect(countPeople(12_345)).toBe(`${(12_345).toLocaleString()} people`);
  });

  it('says what an import added, updated and skipped', () => {
    expect(describeImported({ added: 1, updated: 0, skipped: 2 })).toBe('Imported: 1 person added, 0 updated, 2 skipped.');
  });
});
