import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../src/pipeline/edit';
import { getNameKey } from '../../../src/pipeline/contact';
import { makeContact, T0 } from './fixtures';

describe('applyPatch', () => {
  it('keys a renamed contact as a saved one is keyed: trimmed and lower-cased', () => {
    // Was name.toLocaleLowerCase() alone: " Åsa Berg " sorted apart from a saved "Åsa Berg".
    const edited = applyPatch(makeContact(), { name: ' Åsa Berg ' }, T0 + 1);
    expect(edited.nameKey).toBe('åsa berg');
    expect(edited.nameKey).toBe(getNameKey('Åsa Berg'));
  });

  it('remembers captured fields the user changed, and keeps checklist ticks', () => {
    const edited = applyPatch(makeContact(), { role: 'Head of Product', prep: ['research'] }, T0 + 1);
    expect(edited.edited).toEqual(['role']);
    expect(edited.prep).toEqual(['research']);
    expect(edited.updatedAt).toBe(T0 + 1);
  });
});
