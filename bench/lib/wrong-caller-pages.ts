// The page half of the wrong-caller drill: every app/**/page.tsx, with shop A's ids in its
// dynamic segments, fetched with each wrong caller's session cookie (HTML and the RSC payload).
import fs from "node:fs";
import path from "node:path";
import { request } from "./http";
import { ROOT } from "./stack";
import { leaks, type Caller, type World } from "./wrong-caller-setup";

export type PageFinding = {
  page: string;
  caller: string;
  variant: string;
  status: number;
  outcome: string;
  leaked: string[];
  ok: boolean;
};

const walk = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? walk(path.join(dir, d.name)) : d.name === "page.tsx" ? [path.join(dir, d.name)] : [],
    );

/** "/merchant/customers/[id]" from app/merchant/customers/[id]/page.tsx (route groups dropped). */
export function pageRoutes(): string[] {
  const app = path.join(ROOT, "app");
  return walk(app)
    .map(
      (f) =>
        `/${path
          .relative(app, path.dirname(f))
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s))
          .join("/")}`,
    )
    .filter((r) => !r.startsWith("/api/"))
    .sort();
}

function fill(route: string, w: World): string {
  const area = route.split("/")[1];
  return route.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    if (route.includes("/customers/")) return w.tabA;
    if (route.includes("/bills/")) return w.customerRowA;
    if (route.includes("/inventory/")) return w.productA;
    if (route.includes("/orders/")) return w.orderA;
    if (route.includes("/sales/") || route.includes("/transactions/")) return w.saleA;
    if (route.includes("/merchants/") || route.includes("/shops/")) return w.shopA;
    if (route.includes("/users/")) return w.customerUserA;
    return `bogus-${area}-${name}`;
  });
}

const HOMES: Record<string, string> = { ADMIN: "/admin", MERCHANT: "/merchant", CUSTOMER: "/customer" };
const AREA_ROLE: Record<string, string> = { admin: "ADMIN", merchant: "MERCHANT", customer: "CUSTOMER" };
const NOT_FOUND_TEXT = "Page not found";
/** Pages every customer may open for any shop (the shop's window and checkout): only leaks count. */
const OPEN_TO_ROLE = new Set(["/customer/shops/[id]", "/customer/shops/[id]/checkout"]);

/** Where a response sends the browser: a Location header, or a streamed redirect in the page. */
function redirectTarget(status: number, headers: Record<string, unknown>, text: string): string | null {
  if (status >= 300 && status < 400) return new URL(String(headers.location ?? ""), "http://x").pathname;
  const meta =
    /http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(text) ?? /NEXT_REDIRECT;[a-z]+;([^;"\\]+);/i.exec(text);
  return meta ? new URL(meta[1]!.replace(/&amp;/g, "&"), "http://x").pathname : null;
}

export async function checkPages(
  baseUrl: string,
  w: World,
  cookieOf: (c: Caller) => string | undefined,
): Promise<PageFinding[]> {
  const out: PageFinding[] = [];
  for (const route of pageRoutes()) {
    const area = route.split("/")[1] ?? "";
    const guardRole = AREA_ROLE[area];
    const url = fill(route, w);
    const hasId = route.includes("[");
    for (const c of w.callers) {
      // The rightful viewer of the area (A's own people; the admin in the admin area) is skipped.
      if (guardRole && c.role === guardRole && (c.owner || c.role === "ADMIN")) continue;
      // Public pages (sign-in, statement links...) are checked only for leaks.
      for (const variant of ["html", "rsc"] as const) {
        const opts = {
          cookie: cookieOf(c),
          headers: (variant === "rsc" ? { rsc: "1" } : {}) as Record<string, string>,
          timeoutMs: 30_000,
        };
        let r = await request(baseUrl, url, opts);
        // An RSC request first gets a redirect to the same path with its `_rsc` cache-busting query.
        for (let hop = 0; hop < 2 && r.status >= 300 && r.status < 400; hop++) {
          const loc = new URL(String(r.headers.location ?? ""), baseUrl);
          if (loc.pathname !== url) break;
          r = await request(baseUrl, `${loc.pathname}${loc.search}`, opts);
        }
        // The ids in the URL we asked for come back in links and router state: not a leak.
        const leaked = leaks(
          r.text,
          w.secrets.filter((x) => !url.includes(x)),
        );
        const target = redirectTarget(r.status, r.headers, r.text);
        const notFound =
          r.status === 404 ||
          (r.status === 200 && r.text.includes(NOT_FOUND_TEXT) && /NEXT_HTTP_ERROR_FALLBACK;404|noindex/.test(r.text));
        let outcome: string;
        let ok: boolean;
        if (r.status >= 500 || r.status === 0) {
          outcome = `error ${r.status}`;
          ok = false;
        } else if (!guardRole) {
          outcome = target ? `redirect ${target}` : notFound ? "404" : `public ${r.status}`;
          ok = true;
        } else if (target) {
          outcome = `redirect ${target}`;
          ok =
            target === "/login" ||
            (c.role ? target === HOMES[c.role] || target.startsWith(`${HOMES[c.role]}/`) : false);
        } else if (notFound) {
          outcome = "404";
          ok = true;
        } else {
          // A 200 is right only for the caller's own area and no id of A's (their own list or screen).
          outcome = `render ${r.status}`;
          ok = c.role === guardRole && (!hasId || OPEN_TO_ROLE.has(route));
        }
        ok &&= leaked.length === 0;
        out.push({
          page: url.length > 60 ? `${route} (A's id)` : url,
          caller: c.name,
          variant,
          status: r.status,
          outcome,
          leaked,
          ok,
        });
      }
    }
  }
  return out;
}
