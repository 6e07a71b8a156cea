// The browser's zod setting, imported once by the client boot (components/pwa/register-sw.tsx).
// zod compiles object parsers with `new Function` where a page allows eval. This app's CSP does
// not, and zod's probe for it (a caught `new Function("")`) is still reported as a CSP violation,
// which cost the counter its Lighthouse best-practices score whenever the lazily loaded charge
// sheet parsed its first form. jitless: zod never probes; it parses the same, without the JIT.
//
// Set on the global object zod keeps its configuration in (zod/v4/core/core.js), not through
// `z.config()`: importing that pulled 5 KB (gzip) of zod into every page's first load.
// zod-browser.test.ts fails if zod stops reading it.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

const g = globalThis as ZodGlobal;
(g.__zod_globalConfig ??= {}).jitless = true;
export {};
