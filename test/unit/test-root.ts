// The element a component test renders into: in the document before each test, emptied
// (Preact's render(null), which runs the components' cleanups) and removed after it; and a
// frame drawn, for what a component does once its first frame is shown.
import { render } from 'preact';
import { act } from 'preact/test-utils';
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

/** A frame drawn: a task posted from a rAF callback has run (popup/ready.ts's afterNextFrame). */
export function nextFrame(): Promise<void> {
  return act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}
