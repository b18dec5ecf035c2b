// Strategy: the schema.org `Person` that public (logged-out) profiles embed as JSON-LD.
// Its `jobTitle[]` and `worksFor[]` list current positions, first one first; in 2026
// LinkedIn often masks them with asterisks, which toFoundFields drops.
import type { FoundFields } from './fields';
import { toFoundFields } from './fields';
import { getProfileSlug } from './pages';
import { jsonLd } from './selectors';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function isPerson(node: Json): boolean {
  return asArray(node['@type']).includes('Person');
}

/** The first entry that is a real value (not masked, not blank). */
function firstReal(values: unknown[]): string | null {
  for (const value of values) {
    const text = asString(value);
    if (text && !/^[\s*]*$/.test(text)) return text;
  }
  return null;
}

function getLocality(address: unknown): string | null {
  if (typeof address === 'string') return address;
  return isObject(address) ? asString(address.addressLocality) : null;
}

/** A Person whose own URL names another slug describes someone else. */
function isAbout(person: Json, slug: string | null): boolean {
  const own = firstReal([...asArray(person.url), ...asArray(person.sameAs)]);
  const ownSlug = own ? getProfileSlug(own) : null;
  return !ownSlug || !slug || ownSlug === slug;
}

export function extractJsonLd(doc: Document, url: string): FoundFields {
  const slug = getProfileSlug(url);
  for (const script of doc.querySelectorAll(jsonLd)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = asArray(data).flatMap((item) => (isObject(item) && item['@graph'] ? asArray(item['@graph']) : [item]));
    for (const node of nodes) {
      if (!isObject(node) || !isPerson(node) || !isAbout(node, slug)) continue;
      return toFoundFields('json-ld', {
        name: asString(node.name),
        role: firstReal(asArray(node.jobTitle)),
        organization: firstReal(asArray(node.worksFor).map((org) => (isObject(org) ? org.name : null))),
        location: getLocality(node.address),
      });
    }
  }
  return {};
}
