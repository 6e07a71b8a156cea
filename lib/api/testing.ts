// Helpers for testing /api/v1 route handlers in Vitest without a server: import the route's
// GET/POST and call it through `callRoute`. Test-only; no route imports this.
//
//   const { token } = await bearerFor(merchantUser.id);
//   const res = await callRoute(POST, "/api/v1/products", { token, body: { name: "Atta" } });
//   expect(res.status).toBe(201);
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { issueToken } from "@/lib/api/tokens";
import type { RouteHandler } from "@/lib/api/handler";

export const TEST_ORIGIN = "http://localhost";

type CallOptions = {
  method?: string;
  /** Bearer token (from bearerFor or the login endpoint). */
  token?: string;
  /** A next-auth session cookie value (from sessionCookieFor). */
  cookie?: string;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Dynamic segments, as Next passes them: { id: "..." }. */
  params?: Record<string, string>;
  signal?: AbortSignal;
};

export function apiRequest(path: string, o: CallOptions = {}): Request {
  const headers = new Headers(o.headers);
  if (o.token) headers.set("authorization", `Bearer ${o.token}`);
  if (o.cookie) headers.set("cookie", `next-auth.session-token=${o.cookie}`);
  let body: string | undefined;
  if (o.body !== undefined) {
    body = typeof o.body === "string" ? o.body : JSON.stringify(o.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  return new Request(`${TEST_ORIGIN}${path}`, {
    method: o.method ?? (body !== undefined ? "POST" : "GET"),
    headers,
    body,
    signal: o.signal,
  });
}

export function callRoute(handler: RouteHandler, path: string, o: CallOptions = {}): Promise<Response> {
  return handler(apiRequest(path, o), { params: Promise.resolve(o.params ?? {}) });
}

/** A live bearer token for an existing user. */
export async function bearerFor(userId: string): Promise<{ token: string; tokenId: string }> {
  return issueToken(userId);
}

/** A valid next-auth session cookie for an existing user (as the web sign-in would set). */
export async function sessionCookieFor(userId: string): Promise<string> {
  process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789abcdef";
  const u = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, role: true, sessionVersion: true, name: true },
  });
  return encode({
    token: { uid: u.id, role: u.role, sv: u.sessionVersion, name: u.name },
    secret: process.env.AUTH_SECRET,
  });
}
