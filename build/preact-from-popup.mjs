// Why: popup/contact-view.js must run on the Preact that popup.js already runs (one Preact,
// one set of hooks), without a third, shared file that every opening would have to fetch.

/** In popup/contact-view.js, Preact is the one popup.js runs, which exports it (popup/index.tsx). */
export function preactFromPopup() {
  const exportedAs = { preact: 'preact', 'preact/hooks': 'hooks', 'preact/jsx-runtime': 'jsxRuntime' };
  return {
    name: 'preact-from-popup',
    setup(build) {
      build.onResolve({ filter: /^preact(\/hooks|\/jsx-runtime)?$/ }, ({ path }) => ({ path, namespace: 'from-popup' }));
      build.onResolve({ filter: /^\.\/popup\.js$/, namespace: 'from-popup' }, () => ({ path: './popup.js', external: true }));
      build.onLoad({ filter: /.*/, namespace: 'from-popup' }, async ({ path }) => {
        const names = Object.keys(await import(path));
        const lines = names.map((name) => `export const ${name} = shared.${name};`);
        return { contents: [`import { ${exportedAs[path]} as shared } from './popup.js';`, ...lines].join('\n'), loader: 'js' };
      });
    },
  };
}
