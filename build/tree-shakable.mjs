// Why: popup/early.js reads with IndexedDB's own API, but imports a module that imports idb,
// and idb declares no `sideEffects`, so without this its top-level code would ride along.

/**
 * Marks the package `name` free of side effects in the bundle this plugin is given to. True
 * of idb's top-level code only where none of idb is used: that code adds its shortcut
 * methods, so every other bundle must keep it whole.
 */
export function treeShakable(name) {
  return {
    name: `tree-shakable-${name}`,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${name}$`) }, async ({ path, resolveDir, kind, pluginData }) => {
        if (pluginData === 'tree-shakable') return undefined;
        const resolved = await build.resolve(path, { resolveDir, kind, pluginData: 'tree-shakable' });
        return { ...resolved, sideEffects: false };
      });
    },
  };
}
