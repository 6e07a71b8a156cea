// CSRF guard for cookie-authenticated writes. A browser attaches the session cookie to
// requests from other sites too, so a write that relies on the cookie must come from one of
// our own pages: its Origin header (every browser sends one on POST/PUT/PATCH/DELETE) must
// be an origin this app answers on. Server actions do this check for themselves.

/** The origins this app answers on: the request's own host (as the browser saw it) and NEXTAUTH_URL. */
export function ownOrigins(request: Request): Set<string> {
  const url = new URL(request.url);
  const origins = new Set([url.origin]);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  if (host) origins.add(`${proto}://${host}`);
  if (process.env.NEXTAUTH_URL) {
    try {
      origins.add(new URL(process.env.NEXTAUTH_URL).origin);
    } catch {
      // A malformed NEXTAUTH_URL adds nothing.
    }
  }
  return origins;
}

/** True when the request states an Origin and it is one of ours; a missing Origin is refused. */
export function fromOwnOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return !!origin && ownOrigins(request).has(origin);
}
