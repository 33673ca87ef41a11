/**
 * Imported first by the scripts that load the engine's pure code straight from the sources (on
 * Node's own TypeScript support): maps `@ttm/<lib>` to `libs/<lib>/src/index.ts`. Modules that need
 * the mapping must be loaded with `await import(…)` after this one.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    const lib = /^@ttm\/([a-z-]+)$/.exec(specifier)?.[1];
    return next(lib ? new URL(`../../libs/${lib}/src/index.ts`, import.meta.url).href : specifier, context);
  },
});
