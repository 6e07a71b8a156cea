// Issue 19: every page carries a nonce-based CSP, and a malformed server-action call is a 400.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const page = (path: string, init: RequestInit = {}) => new NextRequest(`http://localhost${path}`, init as never);
const nonceOf = (policy: string | null) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1];

describe("proxy: CSP with a nonce per page", () => {
  it("sets a strict script policy with a fresh nonce, on the response and for Next's own scripts", async () => {
    const a = await proxy(page("/login"));
    const b = await proxy(page("/login"));
    const policy = a.headers.get("Content-Security-Policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(nonceOf(policy)).not.toBe(nonceOf(b.headers.get("Content-Security-Policy")));
    // The request Next renders with carries the same policy and nonce (Next stamps its scripts).
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(policy));
  });

  it("covers every page but not the API or static files", () => {
    const source = config.matcher[0]!.source;
    const matches = (p: string) => new RegExp(`^${source}$`).test(p);
    for (const p of ["/", "/login", "/merchant/pos", "/customer/shops/abc"]) expect(matches(p)).toBe(true);
    for (const p of ["/api/v1/me", "/_next/static/chunks/x.js", "/sw.js", "/icons/icon-192.png"])
      expect(matches(p)).toBe(false);
  });

  it("answers a server-action call with a malformed action id, method or body with 400", async () => {
    const bad = await proxy(page("/merchant/pos", { method: "POST", headers: { "next-action": "../../etc" } }));
    expect(bad.status).toBe(400);
    const get = await proxy(page("/merchant/pos", { headers: { "next-action": "a".repeat(42) } }));
    expect(get.status).toBe(400);
    const id = "7f".repeat(21);
    const ok = await proxy(page("/merchant/pos", { method: "POST", headers: { "next-action": id }, body: '["$K1"]' }));
    expect(ok.status).toBe(200);
    const garbage = await proxy(
      page("/login", { method: "POST", headers: { "next-action": id }, body: "{{{not json" }),
    );
    expect(garbage.status).toBe(400);
    const junk = await proxy(
      page("/login", {
        method: "POST",
        headers: { "next-action": id, "content-type": "multipart/form-data; boundary=x" },
        body: "--x\r\nfoo\r\n--x--",
      }),
    );
    expect(junk.status).toBe(400);
  });
});
