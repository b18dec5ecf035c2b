// The element a component test renders into: in the document before each test, emptied
// (Preact's render(null), which runs the components' cleanups) and removed after it.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** Call once at the top of a test file; returns what gives the running test's element. */
export function useTestRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}
