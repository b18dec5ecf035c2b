// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FIELD_CAPS, cleanText, decodeEntities, isMasked, toTextKey } from '../../../../src/content/linkedin/text';

describe('decodeEntities', () => {
  it('decodes named and numeric entities, double-escaped ones too', () => {
    expect(decodeEntities('R&amp;D')).toBe('R&D');
    expect(decodeEntities('R&amp;amp;D')).toBe('R&D');
    expect(decodeEntities('don&amp;#39;t &#x201C;quote&#8221; &lt;b&gt;')).toBe("don't “quote” <b>");
    expect(decodeEntities('&AMP; &nbsp;x')).toBe('& \u00a0x');
  });

  it('leaves unknown names and bare ampersands alone, and never yields invalid code points', () => {
    expect(decodeEntities('AT&T &unknownentity; &')).toBe('AT&T &unknownentity; &');
    expect(decodeEntities('&#0; &#xD800; &#x110000;')).toBe('\ufffd \ufffd \ufffd');
  });
});

describe('cleanText', () => {
  it('removes zero-width characters, collapses whitespace and trims', () => {
    expect(cleanText('  Ex\u200Bample\u200C \u2060Security\uFEFF\u00a0AB \n', 200)).toBe('Example Security AB');
    expect(cleanText('\tTallbo&#x200B; Pay ', 200)).toBe('Tallbo Pay');
  });

  it('keeps the joiner inside an emoji sequence but drops a stray one', () => {
    expect(cleanText('Dev 👩\u200D💻', 200)).toBe('Dev 👩\u200D💻');
    expect(cleanText('Ex\u200Dample', 200)).toBe('Example');
  });

  it('removes bidi overrides and control characters', () => {
    expect(cleanText('Eve\u202E yrrallaM\u202C \u0007', 200)).toBe('Eve yrrallaM');
  });

  it('treats masked and empty values as missing', () => {
    expect(cleanText('****', 200)).toBeNull();
    expect(cleanText(' ** *** ', 200)).toBeNull();
    expect(cleanText(' \u200B ', 200)).toBeNull();
    expect(cleanText(null, 200)).toBeNull();
    expect(isMasked('5* rating')).toBe(false);
  });

  it('caps length with an ellipsis and never splits an emoji', () => {
    expect(cleanText('x'.repeat(600), FIELD_CAPS.headline)).toBe(`${'x'.repeat(499)}…`);
    const capped = cleanText(`${'x'.repeat(498)}😀tail`, 500)!;
    expect(capped).toBe(`${'x'.repeat(498)}…`);
    expect(capped.length).toBeLessThanOrEqual(500);
  });

  it('keeps markup as plain text', () => {
    expect(cleanText('Eve &lt;script&gt;alert(1)&lt;/script&gt;', 200)).toBe('Eve <script>alert(1)</script>');
  });

  it('handles a megabyte without scanning all of it', () => {
    const huge = `${'Lorem ipsum &amp;amp; dolor \u200B '.repeat(40_000)}`;
    const start = performance.now();
    const value = cleanText(huge, FIELD_CAPS.headline)!;
    expect(performance.now() - start).toBeLessThan(200);
    expect(value.length).toBe(500);
    expect(value.startsWith('Lorem ipsum & dolor Lorem')).toBe(true);
  });
});

describe('toTextKey', () => {
  it('ignores case, spacing and Unicode composition', () => {
    expect(toTextKey(' Jo\u0308rgen  BÄCK ')).toBe(toTextKey('jörgen bäck'));
  });
});
