import { describe, expect, test } from 'vitest';
import { countCharacters, countGraphemes, countWords, describeLength } from '../../../src/letter/count';

describe('countCharacters counts UTF-16 code units, as a maxlength textarea does', () => {
  test.each([
    ['plain text', 'Hello', 5],
    ['an emoji outside the BMP counts 2', '😀', 2],
    ['a ZWJ family counts every part (3 emoji + 2 joiners)', '👨‍👩‍👧', 8],
    ['a flag is two regional indicators', '🇸🇪', 4],
    ['e + combining acute counts 2', 'e\u0301', 2],
    ['precomposed é counts 1', '\u00e9', 1],
    ['CJK ideographs in the BMP count 1 each', '你好', 2],
    ['a line break counts 1', 'a\nb', 3],
    ['CRLF is one line break', 'a\r\nb', 3],
    ['a lone CR is one line break', 'a\rb', 3],
  ])('%s', (_, text, expected) => {
    expect(countCharacters(text)).toBe(expected);
  });

  test('is never lower than what a person sees', () => {
    const text = 'Hi 👋 Zoë (e\u0301) 👨‍👩‍👧 你好';
    expect(countGraphemes(text)).toBe(17);
    expect(countCharacters(text)).toBe(26);
  });
});

describe('countWords', () => {
  test.each([
    ['', 0],
    ['   \n ', 0],
    ['Hi Maya — how are you?', 5],
    ['20–30 minutes', 2],
    ["I'm  studying\n\ninformation science.", 4],
    ['Zoë 你好 😀', 2],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('describeLength', () => {
  test('is characters against the limit when there is one, else words', () => {
    expect(describeLength({ length: 212, limit: 200, words: 40 })).toBe('212 / 200');
    expect(describeLength({ length: 800, limit: null, words: 148 })).toBe('148 words');
    expect(describeLength({ length: 5, limit: null, words: 1 })).toBe('1 word');
  });
});
