// Which parts of the page a strategy may read. Attribute checks only: getComputedStyle
// and offsetParent force layout of the whole (large) LinkedIn page, which a click must not wait for.
import { getLinkedProfile } from './pages';
import { contactInfoLink, unreadable } from './selectors';
import { FIELD_CAPS, cleanText } from './text';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without reaching for a window global

/** `aria-hidden` or `inert` on `main` or above it: a modal is open over the page (the
 * public page hides its `main` behind the sign-in prompt), the page itself still shows. */
function isPageRoot(el: Element): boolean {
  return el.matches('main, body, html') || el.querySelector('main') !== null;
}

/** False inside a hidden subtree, a dialog or popover, or the site navigation. */
export function isReadable(el: Element): boolean {
  let hidden = el.closest(unreadable);
  while (hidden && isPageRoot(hidden)) hidden = hidden.parentElement?.closest(unreadable) ?? null;
  if (hidden) return false;
  // A `header` outside `main` is the site banner, where the viewer's own name sits.
  const header = el.closest('header');
  return !header || header.closest('main') !== null;
}

/** The first readable match, trying each selector in order. */
export function firstReadable(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) if (isReadable(el)) return el;
  }
  return null;
}

/** The text a reader of `el` gets: hidden descendants (the `aria-hidden` twin of a
 * screen-reader span, a closed hovercard) left out. */
export function readableText(el: Element | null): string | null {
  if (!el) return null;
  if (!el.querySelector(unreadable)) return el.textContent;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement?.closest(unreadable);
    if (!hidden || !el.contains(hidden)) text += node.nodeValue;
  }
  return text;
}

/** One line of text from an element, cleaned; null when empty. */
export function readLine(el: Element | null): string | null {
  return cleanText(readableText(el), FIELD_CAPS.headline);
}

/** After in-app navigation the previous person's top card can linger for a moment; its
 * contact-info link names whose card it is. */
export function isStaleCard(card: Element, url: string): boolean {
  const href = card.querySelector(contactInfoLink)?.getAttribute('href') ?? null;
  return getLinkedProfile(href, url)?.isOwner === false;
}
