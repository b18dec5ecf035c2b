// Strategy: the server-rendered head of a public profile: `<title>` "Name - Title -
// Company | LinkedIn", `profile:first_name` / `profile:last_name`, og tags. Used only
// when the head is a profile's (og:type "profile" or the profile metas): in the
// logged-in app the title is rewritten on navigation and can lag behind the URL.
import type { FoundFields } from './fields';
import { toFoundFields } from './fields';
import { getProfileSlug } from './pages';
import { FIELD_CAPS, cleanText } from './text';

function getMeta(doc: Document, key: string): string | null {
  // Metas sit in <head>; not scanning the body saves a walk over thousands of elements.
  const el = (doc.head ?? doc).querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content') ?? null;
}

/** The part of a LinkedIn page title before " | LinkedIn", without the "(5) "
 * notification count the logged-in app prefixes.
 *   "(5) Ana Brandt | LinkedIn"                   → "Ana Brandt"
 *   "Ana Brandt - CTO - Kvarnby | LinkedIn"        → "Ana Brandt - CTO - Kvarnby"
 *   "LinkedIn: Log In or Sign Up"                 → null */
export function getTitleText(title: string | null | undefined): string | null {
  const match = /^\s*(?:\(\d+\+?\)\s*)?(.*?)\s*\|\s*LinkedIn\s*$/.exec(title ?? '');
  return cleanText(match?.[1], FIELD_CAPS.headline);
}

/** "Title - Company" when it splits one way only; a title or company that itself
 * contains " - " ("Head of R&D - Nordics") makes the split ambiguous, so nothing. */
function splitRoleAndCompany(rest: string | null): { role?: string; organization?: string } {
  const parts = rest?.split(' - ') ?? [];
  return parts.length === 2 ? { role: parts[0], organization: parts[1] } : {};
}

export function extractTitleMeta(doc: Document, url: string): FoundFields {
  const first = cleanText(getMeta(doc, 'profile:first_name'), FIELD_CAPS.firstName);
  const last = cleanText(getMeta(doc, 'profile:last_name'), FIELD_CAPS.name);
  if (!first && getMeta(doc, 'og:type') !== 'profile') return {};
  const ogUrl = getMeta(doc, 'og:url');
  if (ogUrl && getProfileSlug(ogUrl) !== getProfileSlug(url)) return {};

  const title = getTitleText(doc.title) ?? getTitleText(getMeta(doc, 'og:title'));
  const metaName = first && [first, last].filter(Boolean).join(' ');
  let name = metaName;
  let rest: string | null = null;
  if (title && metaName && (title === metaName || title.startsWith(`${metaName} - `))) {
    rest = title.slice(metaName.length + 3) || null;
  } else if (title && !metaName) {
    const [head, ...tail] = title.split(' - ');
    name = head;
    rest = tail.join(' - ') || null;
  }
  return toFoundFields('title-meta', { name, firstName: first, ...splitRoleAndCompany(rest) });
}
