// Length as the destination counts it.
//
// Decision: a character is one UTF-16 code unit (what JavaScript's `.length` counts), and a
// line break is one character.
//
// Why: LinkedIn's note and InMail boxes are <textarea maxlength>, and browsers measure
// maxlength in UTF-16 code units of the value with line breaks as LF (HTML spec "code-unit
// length"; Chromium and Firefox both do). So an emoji outside the Basic Multilingual Plane
// (😀, U+1F600) is 2, a ZWJ family (👨‍👩‍👧) is 8, "é" typed as e + U+0301 is 2, and a CJK
// ideograph is 1. Other counts a site might use — code points or graphemes (what a person
// sees as one character) — are never larger than the code-unit count, so counting code
// units is the conservative choice: a note that fits here fits under any of those rules.
// Undercounting would be worse than a cosmetic mismatch: pasting into a maxlength box
// silently cuts the end off, which is where the signature and the question are.

/** Line breaks as the textarea's value holds them: CRLF and lone CR become LF. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Characters as LinkedIn counts them (see the decision above). */
export function countCharacters(text: string): number {
  return normalizeLineBreaks(text).length;
}

/** Characters as a person sees them (grapheme clusters): used only to explain why the
 * count is higher than it looks, never to decide whether text fits. */
export function countGraphemes(text: string): number {
  const normalized = normalizeLineBreaks(text);
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    let n = 0;
    for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(normalized)) n++;
    return n;
  }
  return Array.from(normalized).length;
}

/** Words for length guidance, counted the way a word processor does: runs separated by
 * whitespace that contain at least one letter or digit (a lone "—" is not a word). */
export function countWords(text: string): number {
  let n = 0;
  for (const run of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(run)) n++;
  return n;
}

/** The length shown beside a letter: characters against a hard limit ("212 / 300"), or the
 * words when there is none ("148 words"). */
export function describeLength(check: { length: number; limit: number | null; words: number }): string {
  return check.limit !== null ? `${check.length} / ${check.limit}` : `${check.words} word${check.words === 1 ? '' : 's'}`;
}
