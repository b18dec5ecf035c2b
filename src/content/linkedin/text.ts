// Text normalization for captured values. Pure string code: LinkedIn enforces Trusted
// Types, and parsing text as HTML in the page could run what a hostile profile wrote.
import type { CapturedField } from '../../model';

/** Longest value kept per field. LinkedIn's own limits are far lower (names about 100
 * characters, headline 220, title and company 100), so a cap only bites on junk or a
 * hostile page; it keeps storage and letters bounded. The headline gets more room because
 * LinkedIn has raised its limit before. */
export const FIELD_CAPS: Record<CapturedField, number> = {
  name: 200,
  firstName: 100,
  headline: 500,
  role: 200,
  organization: 200,
  location: 200,
};

// Servers escape &, <, >, quotes and sometimes typography; a full HTML5 table (2,000+
// names) would cost more than the rest of the content script.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}

/** Decodes named and numeric entities, repeatedly: LinkedIn sometimes escapes twice
 * ("R&amp;amp;D" in the markup reads "R&amp;D" in the DOM). */
export function decodeEntities(text: string): string {
  for (let pass = 0; pass < 3 && text.includes('&'); pass++) {
    const next = text.replace(ENTITY, decodeEntity);
    if (next === text) break;
    text = next;
  }
  return text;
}

// Zero-width characters (seen inside company names), bidi overrides and isolates (they
// can make a name read backwards in a letter), and C0 controls. A zero-width joiner
// between two emoji is kept: it is what makes 👩‍💻 one glyph.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u200B\u200C\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000E-\u001F\u007F]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** "****", "** ***": LinkedIn's masking of values hidden from logged-out visitors. */
export function isMasked(text: string): boolean {
  return text.includes('**') && /^[\s*.,·|\-–]+$/.test(text);
}

function capLength(text: string, cap: number): string {
  if (text.length <= cap) return text;
  let cut = text.slice(0, cap - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // never split a surrogate pair
  return `${cut.trimEnd()}…`;
}

/** A value as Rapport stores it, or null when nothing real is left: entities decoded,
 * invisible characters removed, whitespace collapsed and trimmed, masked values dropped,
 * length capped (with "…" so the user sees it was cut). */
export function cleanText(raw: string | null | undefined, cap: number): string | null {
  if (typeof raw !== 'string') return null;
  // Bound the work on a hostile megabyte before any regex runs; 8× leaves room for
  // entities and whitespace that normalization shrinks.
  let text = raw.length > cap * 8 ? raw.slice(0, cap * 8) : raw;
  text = decodeEntities(text).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (!text || isMasked(text)) return null;
  return capLength(text, cap);
}

/** Same text, ignoring case and spacing: for "is this the same person?" checks. */
export function toTextKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
