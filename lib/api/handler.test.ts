import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import * as unknownPath from "@/app/api/v1/[...path]/route";
import { apiRoute, isMethodNotAllowedHandler, otherMethods } from "@/lib/api/handler";
import { apiRequest, bearerFor, callRoute, sessionCookieFor } from "@/lib/api/testing";
import { DomainError } from "@/lib/domain/errors";
import { makeMerchant, makeUser } from "@/lib/test/factories";

const echo = apiRoute(
  {
    method: "POST",
    path: "/api/v1/_test/echo",
    auth: ["MERCHANT"],
    summary: "test",
    body: z.object({
      name: z.string().min(2, { error: "name_required" }),
      qty: z.number().int(),
      phone: z
        .string()
        .regex(/^\d{10}$/, { error: "phone_invalid" })
        .optional(),
    }),
  },
  async ({ body, merchantId, user }) => ({ body, merchantId, userId: user.id }),
);

const thrower = apiRoute(
  {
    method: "POST",
    path: "/api/v1/_test/throw",
    auth: "public",
    summary: "test",
    body: z.object({ what: z.string() }),
  },
  async ({ body }) => {
    switch (body.what) {
      case "stock":
        throw new DomainError("insufficient_stock", "Only 3 left", undefined, { productId: "p1", available: 3 });
      case "transition":
        throw new DomainError("invalid_transition", "Cannot complete a cancelled order");
      case "duplicate":
        throw new DomainError("duplicate", "SKU taken", { sku: "sku_taken" });
      case "notfound":
        throw new DomainError("not_found", "No such order");
      case "rate":
        throw new DomainError("rate_limited", "Slow down", undefined, { retryAfterSeconds: 42 });
      case "db": {
        const dead = new PrismaClient({
          adapter: new PrismaPg({
            connectionString: "postgresql://x:y@127.0.0.1:1/none",
            connectionTimeoutMillis: 500,
          }),
        });
        await dead.user.findFirst();
        return null;
      }
      default:
        throw new Error("secret internal detail at /srv/app.ts:12");
    }
  },
);

const lister = apiRoute(
  {
    method: "GET",
    path: "/api/v1/_test/list/{id}",
    auth: ["MERCHANT", "CUSTOMER"],
    summary: "test",
    params: z.object({ id: z.string().min(3) }),
    query: z.object({ n: z.coerce.number().int().default(1), tag: z.array(z.string()).optional() }),
  },
  async ({ params, query, merchantId }) => ({ params, query, merchantId }),
);

const err = async (res: Response) =>
  (
    (await res.json()) as {
      error: { code: string; message: string; fields?: Record<string, string>; details?: Record<string, unknown> };
    }
  ).error;

describe("apiRoute input handling", () => {
  it("passes parsed input, the caller and their shop to the handler", async () => {
    const { user, merchant } = await makeMerchant();
    const { token } = await bearerFor(user.id);
    const res = await callRoute(echo, "/api/v1/_test/echo", { token, body: { name: "Atta", qty: 2 } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ body: { name: "Atta", qty: 2 }, merchantId: merchant.id, userId: user.id });
  });

  it("answers malformed JSON, a wrong content type and a huge body with the error shape", async () => {
    const { user } = await makeMerchant();
    const { token } = await bearerFor(user.id);
    const bad = await callRoute(echo, "/api/v1/_test/echo", { token, body: "{not json" });
    expect(bad.status).toBe(400);
    expect((await err(bad)).code).toBe("invalid_json");

    const form = await callRoute(echo, "/api/v1/_test/echo", {
      token,
      body: "name=Atta",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    expect((await err(form)).code).toBe("unsupported_media_type");

    const huge = JSON.stringify({ name: "x".repeat(1024 * 1024 + 10), qty: 1 });
    const big = await callRoute(echo, "/api/v1/_test/echo", { token, body: huge });
    expect(big.status).toBe(413);
    expect((await err(big)).code).toBe("payload_too_large");

    // No Content-Length to trust: the streamed body is still capped.
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode("x".repeat(300_000)));
        c.close();
      },
    });
    const chunked = new Request("http://localhost/api/v1/_test/echo", {
      method: "POST",
      body: stream,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    expect((await echo(chunked)).status).toBe(413);
  });

  it("gives zod failures as 400 with message keys per field and readable English", async () => {
    const { user } = await makeMerchant();
    const { token } = await bearerFor(user.id);
    const res = await callRoute(echo, "/api/v1/_test/echo", { token, body: { name: "A", qty: "two", phone: "12" } });
    expect(res.status).toBe(400);
    const e = await err(res);
    expect(e.code).toBe("invalid_input");
    expect(e.fields).toEqual({ name: "name_required", qty: "invalid", phone: "phone_invalid" });
    expect(e.message).toContain("Enter a 10-digit Indian mobile number");
    const missing = await err(await callRoute(echo, "/api/v1/_test/echo", { token, body: { name: "Atta" } }));
    expect(missing.fields).toEqual({ qty: "required" });
  });

  it("parses path params and query strings (repeated keys become arrays)", async () => {
    const { user, merchant } = await makeMerchant();
    const { token } = await bearerFor(user.id);
    const res = await callRoute(lister, "/api/v1/_test/list/abc?n=5&tag=a&tag=b", { token, params: { id: "abc" } });
    expect(await res.json()).toEqual({
      params: { id: "abc" },
      query: { n: 5, tag: ["a", "b"] },
      merchantId: merchant.id,
    });
    const badQuery = await callRoute(lister, "/api/v1/_test/list/abc?n=x", { token, params: { id: "abc" } });
    expect(badQuery.status).toBe(400);
    expect((await err(badQuery)).fields).toEqual({ n: "invalid" });
    const badParam = await callRoute(lister, "/api/v1/_test/list/ab", { token, params: { id: "ab" } });
    expect((await err(badParam)).fields).toHaveProperty("id");
  });

  it("refuses NUL in a query value, a query key or a path segment with 400 before any query runs", async () => {
    const { user } = await makeMerchant();
    const { token } = await bearerFor(user.id);
    for (const [url, params] of [
      ["/api/v1/_test/list/abc?tag=nul%00byte", { id: "abc" }],
      ["/api/v1/_test/list/abc?ta%00g=x", { id: "abc" }],
      ["/api/v1/_test/list/a%00bc", { id: "a\u0000bc" }],
    ] as const) {
      const res = await callRoute(lister, url, { token, params });
      expect(res.status, url).toBe(400);
      expect((await err(res)).code).toBe("invalid_input");
    }
  });
});

describe("methods a route does not have, and paths that are no endpoint", () => {
  it("answers 405 in the error shape with an Allow header", async () => {
    const { PUT, DELETE } = otherMethods("GET", "PATCH");
    for (const [handler, method] of [
      [PUT, "PUT"],
      [DELETE, "DELETE"],
    ] as const) {
      const res = await callRoute(handler, "/api/v1/_test/list/abc", { method });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, PATCH, HEAD, OPTIONS");
      expect(await err(res)).toMatchObject({ code: "method_not_allowed", message: expect.stringContaining(method) });
    }
    expect(isMethodNotAllowedHandler(PUT)).toBe(true);
    expect(isMethodNotAllowedHandler(lister)).toBe(false);
  });

  it("answers unknown /api/v1 paths with 404 in the error shape, whatever the method", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const res = await callRoute(unknownPath[method], "/api/v1/nope/x", {
        method,
        body: method === "GET" ? undefined : "{}",
      });
      expect(res.status).toBe(404);
      expect(await err(res)).toMatchObject({ code: "not_found", message: expect.stringContaining("/api/v1/nope/x") });
    }
  });

  it("a real route file exports 405 handlers for the rest", async () => {
    const mod = await import("@/app/api/v1/sales/route");
    const res = await callRoute(mod.GET, "/api/v1/sales");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
  });
});

describe("apiRoute authentication and roles", () => {
  it("401 without credentials or with a bad token, 403 for a wrong role", async () => {
    expect((await callRoute(echo, "/api/v1/_test/echo", { body: { name: "Atta", qty: 1 } })).status).toBe(401);
    const badToken = await callRoute(echo, "/api/v1/_test/echo", { token: "nope", body: { name: "Atta", qty: 1 } });
    expect(badToken.status).toBe(401);
    expect((await err(badToken)).code).toBe("unauthorized");
    const customer = await makeUser("CUSTOMER");
    const { token } = await bearerFor(customer.id);
    const wrong = await callRoute(echo, "/api/v1/_test/echo", { token, body: { name: "Atta", qty: 1 } });
    expect(wrong.status).toBe(403);
    expect((await err(wrong)).code).toBe("forbidden");
    // The customer may use an endpoint open to customers, and has no shop.
    const ok = await callRoute(lister, "/api/v1/_test/list/abc", { token, params: { id: "abc" } });
    expect(((await ok.json()) as { merchantId: unknown }).merchantId).toBeNull();
  });

  it("accepts the session cookie for reads, and for writes only from the app's own origin", async () => {
    const { user, merchant } = await makeMerchant();
    const cookie = await sessionCookieFor(user.id);
    const read = await callRoute(lister, "/api/v1/_test/list/abc", { cookie, params: { id: "abc" } });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { merchantId: string }).merchantId).toBe(merchant.id);

    const body = { name: "Atta", qty: 1 };
    expect((await callRoute(echo, "/api/v1/_test/echo", { cookie, body })).status).toBe(403);
    expect(
      (await callRoute(echo, "/api/v1/_test/echo", { cookie, body, headers: { origin: "https://evil.example" } }))
        .status,
    ).toBe(403);
    expect(
      (await callRoute(echo, "/api/v1/_test/echo", { cookie, body, headers: { origin: "http://localhost" } })).status,
    ).toBe(200);
    // Behind a proxy the browser's origin is the forwarded host.
    const proxied = await callRoute(echo, "/api/v1/_test/echo", {
      cookie,
      body,
      headers: {
        origin: "https://shop.example.in",
        "x-forwarded-host": "shop.example.in",
        "x-forwarded-proto": "https",
      },
    });
    expect(proxied.status).toBe(200);
    // A tampered cookie is no session at all.
    expect(
      (
        await callRoute(lister, "/api/v1/_test/list/abc", {
          cookie: cookie.slice(0, -4) + "AAAA",
          params: { id: "abc" },
        })
      ).status,
    ).toBe(401);
  });

  it("drops a cookie session whose user was disabled", async () => {
    const { user } = await makeMerchant();
    const cookie = await sessionCookieFor(user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await callRoute(lister, "/api/v1/_test/list/abc", { cookie, params: { id: "abc" } })).status).toBe(401);
  });
});

describe("apiRoute error mapping", () => {
  const call = (what: string) => thrower(apiRequest("/api/v1/_test/throw", { body: { what } }));

  it("maps DomainErrors onto statuses with fields and details", async () => {
    const stock = await call("stock");
    expect(stock.status).toBe(409);
    expect(await err(stock)).toEqual({
      code: "insufficient_stock",
      message: "Only 3 left",
      details: { productId: "p1", available: 3 },
    });
    expect((await call("transition")).status).toBe(409);
    const dup = await call("duplicate");
    expect(dup.status).toBe(409);
    expect((await err(dup)).fields).toEqual({ sku: "sku_taken" });
    expect((await call("notfound")).status).toBe(404);
    const rate = await call("rate");
    expect(rate.status).toBe(429);
    expect(rate.headers.get("retry-after")).toBe("42");
  });

  it("turns an unreachable database into 503 db_unavailable", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call("db");
    expect(res.status).toBe(503);
    expect((await err(res)).code).toBe("db_unavailable");
    spy.mockRestore();
  });

  it("hides unexpected errors behind a generic 500 and logs them with context", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await call("boom");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe("internal");
    expect(text).not.toContain("secret internal detail");
    expect(text).not.toContain("at ");
    expect(spy).toHaveBeenCalledWith(
      "[api] unexpected error",
      expect.objectContaining({ method: "POST", path: "/api/v1/_test/throw" }),
      expect.any(Error),
    );
    spy.mockRestore();
  });
});
