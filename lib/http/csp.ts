// The Content-Security-Policy every page gets: scripts only from this origin AND carrying this
// response's nonce (Next reads it from the request's CSP header and stamps its own inline
// bootstrap scripts with it), so an injected <script> never runs. Built fresh per request by
// proxy.ts. Styles allow inline attributes (React style={...}); nothing is framed or framing.
export const NONCE_HEADER = "x-nonce";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': a script the nonce'd bootstrap loads (Next's chunks) may run; 'self' is a
    // fallback for browsers without it. React's dev tools need eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
