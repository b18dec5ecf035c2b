import { describe, expect, it } from 'vitest';
import { describeSource } from '../../../popup/format';

describe('describeSource', () => {
  it.each([
    [{ strategy: 'sdui-2026', derived: false }, 'from the LinkedIn profile'],
    [{ strategy: 'sdui-2026', derived: true }, 'guessed from the LinkedIn profile'],
    [{ strategy: 'json-ld', derived: false }, 'from LinkedIn’s page data'],
    [{ strategy: 'linkedin-export', derived: false }, 'from your LinkedIn export'],
    [{ strategy: 'something-new', derived: false }, 'from LinkedIn'],
  ])('%o → %s', (source, text) => {
    expect(describeSource(source)).toBe(text);
  });
});
