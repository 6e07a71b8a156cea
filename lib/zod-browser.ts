// The browser's zod setting, imported once by the client boot (components/pwa/register-sw.tsx).
// zod compiles object parsers with `new Function` where a page allows eval. This app's CSP does
// not, and zod's probe for it (a caught `new Function("")`) is still reported as a CSP violation,
// which costs the counter its Lighthouse best-practices score whenever the lazily loaded charge
// sheet parses its first form. jitless: zod never probes; it parses the same, without the JIT.
import { config } from "zod/v4/core";

config({ jitless: true });
