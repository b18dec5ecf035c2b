// Why: the popup's first screen waits for popup.js, so the contact view (letters, meetings,
// pipeline panels) is built as its own file and fetched only when first opened.

/** popup/app.tsx's `import('./contact-view')` loads the separately built popup/contact-view.js. */
export function contactViewApart() {
  return {
    name: 'contact-view-apart',
    setup(build) {
      build.onResolve({ filter: /^\.\/contact-view$/ }, ({ kind }) =>
        kind === 'dynamic-import' ? { path: './contact-view.js', external: true } : undefined,
      );
    },
  };
}
