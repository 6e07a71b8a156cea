import { afterEach, describe, expect, it, vi } from "vitest";
import { signInWithCredentials } from "./sign-in-request";

// The browser's side of next-auth's credentials sign-in, against next-auth's recorded answers.
const ORIGIN = "http://shop.test";
type Call = { url: string; init?: RequestInit };

function answer(status: number, body: unknown) {
  const calls: Call[] = [];
  vi.stubGlobal("window", { location: { href: `${ORIGIN}/login`, origin: ORIGIN } });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      if (url === "/api/auth/csrf") return Response.json({ csrfToken: "tok123" });
      return Response.json(body, { status });
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe("signInWithCredentials", () => {
  it("posts the login, password and CSRF token as next-auth's form, and succeeds on its callback URL", async () => {
    const calls = answer(200, { url: `${ORIGIN}/login` });
    expect(await signInWithCredentials("merchant@graminstore.in", "Demo@1234")).toEqual({ error: null });
    expect(calls.map((c) => c.url)).toEqual(["/api/auth/csrf", "/api/auth/callback/credentials"]);
    const post = calls[1]!.init!;
    expect(post.method).toBe("POST");
    expect(Object.fromEntries(new URLSearchParams(post.body as URLSearchParams))).toEqual({
      login: "merchant@graminstore.in",
      password: "Demo@1234",
      csrfToken: "tok123",
      callbackUrl: `${ORIGIN}/login`,
      json: "true",
    });
  });

  it("returns next-auth's refusal from the answer's URL (rate limit with its seconds, disabled, wrong password)", async () => {
    answer(401, { url: `${ORIGIN}/login?error=rate_limited%3A900` });
    expect(await signInWithCredentials("a", "b")).toEqual({ error: "rate_limited:900" });
    answer(401, { url: `${ORIGIN}/login?error=account_disabled` });
    expect(await signInWithCredentials("a", "b")).toEqual({ error: "account_disabled" });
    answer(401, { url: `${ORIGIN}/login?error=CredentialsSignin` });
    expect(await signInWithCredentials("a", "b")).toEqual({ error: "CredentialsSignin" });
  });

  it("treats an answer without a URL, or a failed one, as invalid credentials, never as signed in", async () => {
    answer(500, {});
    expect(await signInWithCredentials("a", "b")).toEqual({ error: "invalid_credentials" });
    answer(200, "not json at all");
    expect(await signInWithCredentials("a", "b")).toEqual({ error: "invalid_credentials" });
  });
});
