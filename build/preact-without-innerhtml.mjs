// Why: Preact's one `innerHTML` assignment (for `dangerouslySetInnerHTML`, which Rapport never
// uses) is cut out, so no code in the extension can parse text as markup and Firefox's linter,
// which flags the assignment, stays clean.
import { readFile } from 'node:fs/promises';

/** Fails loudly if Preact's code changes shape. */
export const preactWithoutInnerHtml = {
  name: 'preact-without-innerhtml',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const pattern = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
      const matches = source.match(pattern) ?? [];
      if (matches.length !== 1)
        throw new Error(`preact-without-innerhtml: expected one innerHTML assignment in ${path}, found ${matches.length}`);
      return { contents: source.replace(pattern, '(()=>{throw Error("Rapport never sets innerHTML")})()'), loader: 'js' };
    });
  },
};
