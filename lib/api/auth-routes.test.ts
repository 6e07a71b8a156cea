import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { POST as logout } from "@/app/api/v1/auth/logout/route";
import { GET as me } from "@/app/api/v1/me/route";
import { callRoute, sessionCookieFor } from "@/lib/api/testing";
import { makeMerchant, TEST_PASSWORD, uniq, uniquePhone } from "@/lib/test/factories";

type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

describe("POST /api/v1/auth/register", () => {
  it("creates a merchant with a shop and returns a working token", async () => {
    const email = `api-m-${uniq()}@test.in`;
    const phone = uniquePhone();
    const res = await callRoute(register, "/api/v1/auth/register", {
      body: {
        role: "merchant",
        name: "Ramesh Gupta",
        email: email.toUpperCase(),
        phone: `+91 ${phone}`,
        password: "Kirana123",
        shop: { name: "Gupta General Store", upiId: "gupta@okaxis" },
      },
    });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.user).toMatchObject({ role: "merchant", name: "Ramesh Gupta", email, phone, timeZone: "Asia/Kolkata" });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const mine = await json(await callRoute(me, "/api/v1/me", { token: body.token }));
    expect(mine.user.id).toBe(body.user.id);
    expect(mine.shop).toMatchObject({ name: "Gupta General Store", upiId: "gupta@okaxis" });
  });

  it("creates a customer, who has no shop", async () => {
    const res = await callRoute(register, "/api/v1/auth/register", {
      body: {
        role: "customer",
        name: "Priya",
        email: `api-c-${uniq()}@test.in`,
        phone: uniquePhone(),
        password: "Priya1234",
      },
    });
    expect(res.status).toBe(201);
    const { token, user } = await json(res);
    expect(user.role).toBe("customer");
    expect((await json(await callRoute(me, "/api/v1/me", { token }))).shop).toBeNull();
  });

  it("reports field errors with the web form's message keys, nested for the shop", async () => {
    const res = await callRoute(register, "/api/v1/auth/register", {
      body: {
        role: "merchant",
        name: "R",
        email: "nope",
        phone: "12345",
        password: "short",
        shop: { name: "", gstin: "22AAAAA0000A1Z4" },
      },
    });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toMatchObject({
      name: "name_required",
      email: "email_invalid",
      phone: "phone_invalid",
      password: "password_short",
      "shop.name": "shop_name_required",
      "shop.gstin": "gstin_invalid",
    });
    const noRole = await json(await callRoute(register, "/api/v1/auth/register", { body: { name: "Ramesh" } }));
    expect(noRole.error.fields).toHaveProperty("role");
  });

  it("409 for an email or phone already taken", async () => {
    const { user } = await makeMerchant();
    const res = await callRoute(register, "/api/v1/auth/register", {
      body: { role: "customer", name: "Someone", email: user.email, phone: uniquePhone(), password: "Priya1234" },
    });
    expect(res.status).toBe(409);
    const { error } = await json(res);
    expect(error).toMatchObject({ code: "duplicate", fields: { email: "email_taken" } });
  });
});

describe("POST /api/v1/auth/login, /logout and GET /me", () => {
  it("signs in by email or phone, and a revoked token stops working", async () => {
    const { user, merchant } = await makeMerchant();
    const byEmail = await callRoute(login, "/api/v1/auth/login", {
      body: { login: user.email, password: TEST_PASSWORD },
    });
    expect(byEmail.status).toBe(200);
    const { token, user: u } = await json(byEmail);
    expect(u).toMatchObject({ id: user.id, role: "merchant" });
    const byPhone = await callRoute(login, "/api/v1/auth/login", {
      body: { login: `0${user.phone}`, password: TEST_PASSWORD },
    });
    expect(byPhone.status).toBe(200);

    const mine = await json(await callRoute(me, "/api/v1/me", { token }));
    expect(mine.shop.id).toBe(merchant.id);

    expect((await callRoute(logout, "/api/v1/auth/logout", { method: "POST", token })).status).toBe(204);
    expect((await callRoute(me, "/api/v1/me", { token })).status).toBe(401);
    // The other token is untouched.
    expect((await callRoute(me, "/api/v1/me", { token: (await json(byPhone)).token })).status).toBe(200);
  });

  it("401 on a wrong password, 403 for a disabled account, and /me without credentials is 401", async () => {
    const { user } = await makeMerchant();
    const wrong = await callRoute(login, "/api/v1/auth/login", { body: { login: user.email, password: "Wrong1234" } });
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).error.code).toBe("unauthorized");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(
      (await callRoute(login, "/api/v1/auth/login", { body: { login: user.email, password: TEST_PASSWORD } })).status,
    ).toBe(403);
    expect((await callRoute(me, "/api/v1/me")).status).toBe(401);
  });

  it("429 with Retry-After after repeated failures", async () => {
    const { user } = await makeMerchant();
    const headers = { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
    for (let i = 0; i < 5; i++) {
      expect(
        (await callRoute(login, "/api/v1/auth/login", { body: { login: user.email, password: "Wrong1234" }, headers }))
          .status,
      ).toBe(401);
    }
    const limited = await callRoute(login, "/api/v1/auth/login", {
      body: { login: user.email, password: TEST_PASSWORD },
      headers,
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await json(limited)).error.code).toBe("rate_limited");
  });

  it("/me works with the web session cookie too, and logout by cookie is a no-op write from our origin", async () => {
    const { user } = await makeMerchant();
    const cookie = await sessionCookieFor(user.id);
    expect((await json(await callRoute(me, "/api/v1/me", { cookie }))).user.id).toBe(user.id);
    expect((await callRoute(logout, "/api/v1/auth/logout", { method: "POST", cookie })).status).toBe(403);
    expect(
      (
        await callRoute(logout, "/api/v1/auth/logout", {
          method: "POST",
          cookie,
          headers: { origin: "http://localhost" },
        })
      ).status,
    ).toBe(204);
  });
});

describe("hostile text", () => {
  it("answers a NUL character in any JSON string with 400 and the error shape, never a 500", async () => {
    for (const body of [
      { login: "nul\u0000byte", password: "x" },
      { login: "a@b.in", password: "\u0000" },
      { ["k\u0000"]: 1, login: "a@b.in", password: "x" },
    ]) {
      const res = await callRoute(login, "/api/v1/auth/login", { body });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_input");
    }
    const reg = await callRoute(register, "/api/v1/auth/register", {
      body: {
        role: "customer",
        name: "A\u0000B",
        email: `x-${uniq()}@t.in`,
        phone: uniquePhone(),
        password: TEST_PASSWORD,
      },
    });
    expect(reg.status).toBe(400);
  });
});

describe("deeply nested input", () => {
  it("answers 100,000 levels of nesting with the error shape, not a crash", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const request = new Request("http://localhost/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"login":"a@b.in","password":"x","extra":${deep}}`,
    });
    const res = await login(request as never, { params: Promise.resolve({}) } as never);
    expect(res.status).toBeLessThan(500);
    expect(((await res.json()) as { error?: unknown }).error ?? "ok").toBeTruthy();
  });
});

describe("POST /api/auth/callback/credentials (the web sign-in form)", () => {
  it("refuses a body that is not a URL-encoded form with 415 before next-auth parses it", async () => {
    const { POST: signInForm } = await import("@/app/api/auth/[...nextauth]/route");
    for (const [body, type] of [
      ["{'login': 'x'", "application/json"],
      ['{"login":"x","password":"y"}', "application/json"],
      ["login=x", "text/plain"],
    ] as const) {
      const res = await signInForm(
        new Request("http://localhost/api/auth/callback/credentials", {
          method: "POST",
          body,
          headers: { "content-type": type },
        }),
        {
          params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
        },
      );
      expect(res.status, `${type} ${body}`).toBe(415);
      expect((await json(res)).error.code).toBe("unsupported_media_type");
    }
  });
});
