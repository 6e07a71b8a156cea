// Who is calling an /api/v1 endpoint: a bearer token, else the app's own next-auth cookie.
// A cookie rides along on cross-site requests, so a cookie-authenticated write must come
// from a page of our own origin (CSRF); a bearer token is never sent by a browser on its own.
import { decode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/session";
import { ApiError } from "@/lib/api/errors";
import { verifyToken } from "@/lib/api/tokens";
import { fromOwnOrigin } from "@/lib/http/same-origin";

/** merchantId: known for bearer tokens (read with the token); undefined means "not looked up yet". */
export type ApiAuth =
  | { via: "bearer"; tokenId: string; user: CurrentUser; merchantId: string | null }
  | { via: "cookie"; tokenId: null; user: CurrentUser; merchantId?: undefined };

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function parseCookies(header: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    try {
      out.set(name, decodeURIComponent(part.slice(i + 1).trim()));
    } catch {
      // A malformed cookie is simply not ours.
    }
  }
  return out;
}

/** The session JWT, joined from next-auth's chunks (`name.0`, `name.1`...) when it was split. */
function sessionCookie(cookies: Map<string, string>): string | null {
  for (const name of SESSION_COOKIES) {
    if (cookies.has(name)) return cookies.get(name)!;
    const chunks = [...cookies.keys()]
      .filter((k) => k.startsWith(`${name}.`))
      .sort((a, b) => Number(a.split(".").pop()) - Number(b.split(".").pop()));
    if (chunks.length) return chunks.map((k) => cookies.get(k)).join("");
  }
  return null;
}

async function userFromCookie(request: Request): Promise<CurrentUser | null> {
  const raw = sessionCookie(parseCookies(request.headers.get("cookie")));
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!raw || !secret) return null;
  let payload: Record<string, unknown> | null;
  try {
    payload = (await decode({ token: raw, secret })) as Record<string, unknown> | null;
  } catch {
    return null; // tampered, expired or signed with another secret
  }
  if (typeof payload?.uid !== "string") return null;
  return loadActiveUser(payload.uid, Number(payload.sv ?? -1));
}

/**
 * The caller, or null when no credentials came at all. Bad credentials throw 401; a cookie
 * write from a foreign (or unstated) origin throws 403. A bearer header wins over a cookie.
 */
export async function authenticate(request: Request): Promise<ApiAuth | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const verified = match ? await verifyToken(match[1]!) : null;
    if (!verified)
      throw new ApiError(401, "unauthorized", "The bearer token is missing, malformed, expired or revoked");
    return { via: "bearer", tokenId: verified.tokenId, user: verified.user, merchantId: verified.merchantId };
  }
  const user = await userFromCookie(request);
  if (!user) return null;
  if (WRITE_METHODS.has(request.method.toUpperCase()) && !fromOwnOrigin(request)) {
    throw new ApiError(
      403,
      "forbidden",
      "Cross-site request refused: a write with the session cookie must come from this app's own pages",
    );
  }
  return { via: "cookie", tokenId: null, user };
}
