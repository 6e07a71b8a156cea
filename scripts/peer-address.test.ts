// The socket-level preload: the peer's address stamped (a forged header overwritten), TRACE
// refused with 405, and past EDGE_MAX_INFLIGHT requests in progress a cheap 503 overloaded
// (health exempt). Runs in its own worker (pool: forks), so the patch stays here.
import { createRequire } from "node:module";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.EDGE_MAX_INFLIGHT = "2";
process.env.EDGE_MAX_SIGNIN_INFLIGHT = "1";
createRequire(import.meta.url)("./peer-address.cjs");

let server: http.Server;
let base: string;
const held: http.ServerResponse[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/hold" || req.url === "/api/v1/auth/login") return void held.push(res); // in progress until released
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ peer: req.headers["x-gramin-peer"] }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const send = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);

describe("peer-address preload", () => {
  it("stamps the socket's address over whatever the client sent", async () => {
    const res = await send("/x", { headers: { "x-gramin-peer": "6.6.6.6", "x-forwarded-for": "7.7.7.7" } });
    expect((await res.json()).peer).toBe("127.0.0.1");
  });

  it("answers TRACE with 405 before the app sees it", async () => {
    const status = await new Promise<number>((resolve) =>
      http.request(`${base}/merchant`, { method: "TRACE" }, (r) => resolve(r.statusCode ?? 0)).end(),
    );
    expect(status).toBe(405);
  });

  it("sheds past the in-flight cap with 503 overloaded + Retry-After; health still passes", async () => {
    const pending = [send("/hold"), send("/hold")];
    await new Promise((r) => setTimeout(r, 200));
    const shed = await send("/api/v1/sales", { method: "POST", body: "{}" });
    expect(shed.status).toBe(503);
    expect(shed.headers.get("retry-after")).toBe("2");
    expect((await shed.json()).error.code).toBe("overloaded");
    expect((await send("/api/health")).status).toBe(200);
    for (const res of held.splice(0)) res.end("done");
    await Promise.all(pending);
    await new Promise((r) => setTimeout(r, 50));
    expect((await send("/x")).status).toBe(200); // the slots came back
  });

  it("refuses a sign-in past the sign-in cap with 429 at once, in the shape each caller reads", async () => {
    const first = send("/api/v1/auth/login", { method: "POST", body: "{}" });
    await new Promise((r) => setTimeout(r, 200));
    const api = await send("/api/v1/auth/login", { method: "POST", body: "{}" });
    expect(api.status).toBe(429);
    expect(api.headers.get("retry-after")).toBe("2");
    expect((await api.json()).error.code).toBe("rate_limited");
    // next-auth's client reads `error` from the url of its JSON answer; the form shows it translated.
    const form = await send("/api/auth/callback/credentials", { method: "POST", body: "login=a" });
    expect(form.status).toBe(429);
    expect(new URL((await form.json()).url).searchParams.get("error")).toBe("rate_limited:2");
    expect((await send("/x")).status).toBe(200); // other routes are not held back
    for (const res of held.splice(0)) res.end("{}");
    await first;
    await new Promise((r) => setTimeout(r, 50));
    expect((await send("/api/auth/callback/credentials", { method: "POST", body: "login=a" })).status).toBe(200);
  });
});
