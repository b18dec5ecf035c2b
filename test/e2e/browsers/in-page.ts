// Runs inside a Firefox page (bundled by firefox-locator.ts and evaluated there): finds the
// elements a locator names, with the meaning Playwright gives its locators in Chromium, so one
// test file reads the same in both browsers. Roles and accessible names come from
// dom-accessibility-api (the accname implementation Testing Library uses), not from code of our own.
import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';

/** A text to match: a string, or a regular expression sent as its source and flags. */
export type TextMatch = string | { source: string; flags: string };

export type Step =
  | { css: string }
  | { role: string; name?: TextMatch; exact?: boolean; checked?: boolean }
  | { text: TextMatch; exact?: boolean }
  | { label: TextMatch; exact?: boolean }
  | { testId: string }
  | { nth: number }
  | { hasText?: TextMatch; has?: Step[] };

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function matches(value: string, match: TextMatch, exact = false): boolean {
  const text = normalize(value);
  if (typeof match !== 'string') return new RegExp(match.source, match.flags).test(text);
  return exact ? text === normalize(match) : text.toLowerCase().includes(normalize(match).toLowerCase());
}

/** Every element under `scope`, through open shadow roots too (Playwright's locators pierce them). */
function getDescendants(scope: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(scope);
  return found;
}

/** The element's parent, or the host when it is at the top of a shadow root. */
function getComposedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** Splits at `separator` where it is outside quotes, brackets and parentheses. */
function splitTopLevel(selector: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of selector) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '(') depth++;
    else if (char === ']' || char === ')') depth--;
    else if (depth === 0 && separator.test(char)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** CSS with descendant combinators that cross shadow boundaries, as Playwright's css engine does. */
function matchesCss(element: Element, selector: string): boolean {
  return splitTopLevel(selector, /,/).some((alternative) => {
    const compounds = splitTopLevel(alternative, /\s/);
    if (compounds.some((part) => /^[>+~]$/.test(part))) return element.matches(alternative); // no piercing for these
    if (!element.matches(compounds[compounds.length - 1])) return false;
    let index = compounds.length - 2;
    for (let ancestor = getComposedParent(element); index >= 0 && ancestor; ancestor = getComposedParent(ancestor)) {
      if (ancestor.matches(compounds[index])) index--;
    }
    return index < 0;
  });
}

function isHidden(element: Element): boolean {
  return isInaccessible(element);
}

function getLabelText(element: Element): string | null {
  const labelled =
    element.hasAttribute('aria-label') ||
    element.hasAttribute('aria-labelledby') ||
    ((element as HTMLInputElement).labels?.length ?? 0) > 0;
  return labelled ? computeAccessibleName(element) : null;
}

/** Playwright's getByText: the deepest elements whose text matches. */
function matchesText(element: Element, match: TextMatch, exact?: boolean): boolean {
  if (/^(SCRIPT|STYLE|HEAD|TITLE|NOSCRIPT)$/.test(element.tagName)) return false;
  const own =
    element instanceof HTMLInputElement && /^(button|submit|reset)$/.test(element.type) ? element.value : (element.textContent ?? '');
  if (!matches(own, match, exact)) return false;
  return ![...element.children].some((child) => matches(child.textContent ?? '', match, exact));
}

function applyStep(scopes: ParentNode[], step: Step): Element[] {
  if ('nth' in step) {
    const list = scopes as Element[];
    const item = step.nth < 0 ? list[list.length + step.nth] : list[step.nth];
    return item ? [item] : [];
  }
  if ('hasText' in step || 'has' in step) {
    return (scopes as Element[]).filter(
      (element) =>
        (step.hasText === undefined || matches(element.textContent ?? '', step.hasText)) &&
        (step.has === undefined || resolve(step.has, element).length > 0),
    );
  }
  const found = new Set<Element>();
  for (const scope of scopes) {
    // getByText within a locator may find the element itself, as in Playwright.
    const candidates = 'text' in step && scope instanceof Element ? [scope, ...getDescendants(scope)] : getDescendants(scope);
    for (const element of candidates) {
      let ok: boolean;
      if ('css' in step) ok = matchesCss(element, step.css);
      else if ('role' in step) {
        ok =
          getRole(element) === step.role &&
          !isHidden(element) &&
          (step.name === undefined || matches(computeAccessibleName(element), step.name, step.exact)) &&
          (step.checked === undefined || (element as HTMLInputElement).checked === step.checked);
      } else if ('text' in step) ok = matchesText(element, step.text, step.exact);
      else if ('label' in step) {
        const label = getLabelText(element);
        ok = label !== null && matches(label, step.label, step.exact);
      } else ok = 'testId' in step && element.getAttribute('data-testid') === step.testId;
      if (ok) found.add(element);
    }
  }
  return [...found];
}

export function resolve(steps: Step[], root: ParentNode = document): Element[] {
  let current: ParentNode[] = [root];
  for (const step of steps) current = applyStep(current, step);
  return current as Element[];
}

/** Playwright's idea of visible: a box of some size, and not visibility: hidden. */
export function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

function isDisabled(element: Element): boolean {
  return element.matches(':disabled') || element.closest('[aria-disabled="true"]') !== null;
}

const DATE_TYPES = /^(date|time|datetime-local|month|week|color|range)$/;

/** Playwright's fill: as if typed (so `change` follows on blur), or set outright where typing can't. */
function fill(element: Element, value: string): void {
  const field = element as HTMLInputElement | HTMLTextAreaElement;
  field.focus();
  if (field instanceof HTMLInputElement && DATE_TYPES.test(field.type)) {
    field.value = value;
  } else {
    field.select();
    document.execCommand(value === '' ? 'delete' : 'insertText', false, value);
    if (field.value === value) return;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
    setter.call(field, value);
  }
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The topmost element at a point, looking into open shadow roots. */
function getElementAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

function containsComposed(ancestor: Element, node: Element | null): boolean {
  for (let current = node; current; current = getComposedParent(current)) if (current === ancestor) return true;
  return false;
}

/**
 * Where a click lands on the element: the middle of its box, in view, and only if the element
 * (not something over it) is what is there — as Playwright checks before it clicks.
 */
function getClickPoint(element: Element): { x: number; y: number } | null {
  let box = element.getBoundingClientRect();
  if (box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) {
    element.scrollIntoView({ block: 'center', inline: 'center' });
    box = element.getBoundingClientRect();
  }
  const left = Math.max(box.left, 0);
  const top = Math.max(box.top, 0);
  const x = (left + Math.min(box.right, innerWidth)) / 2;
  const y = (top + Math.min(box.bottom, innerHeight)) / 2;
  return containsComposed(element, getElementAt(x, y)) ? { x, y } : null;
}

/** What FirefoxLocator asks of the elements a locator names. */
function query(op: string, steps: Step[], arg: unknown): unknown {
  const elements = resolve(steps);
  const [first] = elements;
  switch (op) {
    case 'count':
      return elements.length;
    case 'allTextContents':
      return elements.map((element) => element.textContent ?? '');
    case 'isVisible':
      return first !== undefined && isVisible(first);
    case 'state':
      return {
        count: elements.length,
        visible: first !== undefined && isVisible(first),
        enabled: first !== undefined && !isDisabled(first),
      };
    case 'read': {
      if (!first) return null;
      const { what, name } = arg as { what: string; name?: string };
      const values: Record<string, () => unknown> = {
        textContent: () => first.textContent,
        innerText: () => (first as HTMLElement).innerText,
        inputValue: () => (first as HTMLInputElement).value,
        getAttribute: () => first.getAttribute(name!),
        isDisabled: () => isDisabled(first),
        isChecked: () => (first as HTMLInputElement).checked,
      };
      return { value: values[what]() };
    }
    case 'clickPoint':
      return first ? getClickPoint(first) : null;
    case 'fill':
      return fill(first, arg as string);
    default:
      throw new Error(`in-page: no operation ${op}`);
  }
}

/** What this file puts in the page, as `globalThis.__rapportE2E`. */
export interface Engine {
  resolve: typeof resolve;
  query: typeof query;
}

(globalThis as { __rapportE2E?: Engine }).__rapportE2E = { resolve, query };
