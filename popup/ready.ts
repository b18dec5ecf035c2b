// Marks the benchmark (scripts/bench.mjs) reads, as user timings from navigation start:
// - rapport:list-ready   the home view's whole first screen ("what to do now" and the list, or
//                        the empty state) is in the DOM and the search box is enabled;
// - rapport:list-shown   the frame that shows it has been rendered (style, layout, paint);
// - rapport:search-ready search covers everyone: everyone has been read (just after the first
//                        screen, which shows the newest, src/db/read.ts) and is in the DOM's list.
// A user timing mark costs nothing when no one reads it. afterNextFrame() is for work that must
// come after a frame (reading the list's place, the rows below the fold, the search index).
export const LIST_READY_MARK = 'rapport:list-ready';
export const LIST_SHOWN_MARK = 'rapport:list-shown';
const SEARCH_READY_MARK = 'rapport:search-ready';

/** The popup's height in CSS pixels (Chrome's largest): what its first frame can show. A taller
 * tab (the popup opened as a page) is measured once that frame is shown. */
export const POPUP_HEIGHT = 600;

const marked = new Set<string>();

function markOnce(name: string): boolean {
  if (marked.has(name)) return false;
  marked.add(name);
  performance.mark(name);
  return true;
}

/** Call from a layout effect, once the rows are in the DOM and the search box is enabled. */
export function markListReady(): void {
  if (!markOnce(LIST_READY_MARK)) return;
  // rAF callbacks run before the frame's style, layout and paint; a task posted from one
  // runs after them.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => markOnce(LIST_SHOWN_MARK);
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `callback` once the next frame has been rendered: a task posted from a rAF callback runs
 * after that frame's style, layout and paint, when reading a size or a position costs nothing
 * (read in the rAF callback itself, it would force the frame's layout early, and a change made
 * from it would be laid out twice in the same frame). Returns what cancels it.
 */
export function afterNextFrame(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function markSearchReady(): void {
  markOnce(SEARCH_READY_MARK);
}
