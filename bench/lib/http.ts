// A lean HTTP client for load (node:http with keep-alive: far cheaper per request than fetch
// on a 2-core machine that also runs the server). Every request has a deadline.
import http from "node:http";

export type Reply = {
  status: number; // 0 = no HTTP answer (connection refused / reset / timed out)
  ms: number;
  text: string;
  headers: http.IncomingHttpHeaders;
  error?: string;
  timedOut?: boolean;
};

export type RequestOptions = {
  method?: string;
  token?: string;
  cookie?: string;
  /** A value is sent as JSON; a string or Buffer as is. */
  body?: unknown;
  contentType?: string | null;
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Send the body with chunked transfer encoding (no Content-Length). */
  chunked?: boolean;
  /** Resolve when the headers arrive (event streams never end). */
  headersOnly?: boolean;
  /** For a stream: resolve with whatever arrived within this many ms. */
  streamMs?: number;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

export function request(baseUrl: string, path: string, opts: RequestOptions = {}): Promise<Reply> {
  const url = new URL(path, baseUrl);
  if (!/^(127\.0\.0\.1|localhost)$/.test(url.hostname)) throw new Error(`refusing a non-local target: ${url.host}`);
  const headers: Record<string, string> = { ...opts.headers };
  let payload: Buffer | undefined;
  if (opts.body !== undefined) {
    payload = Buffer.isBuffer(opts.body)
      ? opts.body
      : Buffer.from(typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body));
    if (opts.contentType !== null) headers["content-type"] ??= opts.contentType ?? "application/json";
    if (!opts.chunked) headers["content-length"] = String(payload.length);
  }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.cookie) headers.cookie = opts.cookie;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const t0 = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: Omit<Reply, "ms">) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...r, ms: performance.now() - t0 });
    };
    const req = http.request(url, { method: opts.method ?? (payload ? "POST" : "GET"), headers, agent }, (res) => {
      if (opts.headersOnly) {
        finish({ status: res.statusCode ?? 0, text: "", headers: res.headers });
        res.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      if (opts.streamMs) {
        setTimeout(() => {
          finish({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), headers: res.headers });
          res.destroy();
        }, opts.streamMs);
      }
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        finish({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), headers: res.headers }),
      );
      res.on("error", (e) => finish({ status: 0, text: "", headers: {}, error: e.message }));
    });
    const timer = setTimeout(() => {
      finish({ status: 0, text: "", headers: {}, error: "timeout", timedOut: true });
      req.destroy();
    }, timeoutMs);
    req.on("error", (e: NodeJS.ErrnoException) =>
      finish({ status: 0, text: "", headers: {}, error: e.code ?? e.message }),
    );
    if (opts.chunked && payload) {
      for (let at = 0; at < payload.length; at += 64 * 1024) req.write(payload.subarray(at, at + 64 * 1024));
      req.end();
    } else req.end(payload);
  });
}

export function json<T = unknown>(r: Reply): T | null {
  try {
    return JSON.parse(r.text) as T;
  } catch {
    return null;
  }
}

/** Bearer token for a user (POST /api/v1/auth/login). */
export async function apiLogin(baseUrl: string, login: string, password: string): Promise<string> {
  let r = await request(baseUrl, "/api/v1/auth/login", { body: { login, password } });
  // The password-hashing gate pushes back (429 + Retry-After) when many sign in at once.
  for (let i = 0; i < 30 && r.status === 429 && !/locked|attempts/i.test(r.text); i++) {
    await new Promise((res) => setTimeout(res, 250 + Math.random() * 750));
    r = await request(baseUrl, "/api/v1/auth/login", { body: { login, password } });
  }
  const token = json<{ token?: string }>(r)?.token;
  if (r.status !== 200 || !token) throw new Error(`login ${login} failed: ${r.status} ${r.text.slice(0, 200)}`);
  return token;
}

/** Session cookie from the web sign-in (next-auth credentials), as a Cookie header value. */
export async function webLogin(baseUrl: string, login: string, password: string): Promise<string> {
  const csrf = await request(baseUrl, "/api/auth/csrf");
  const jar = cookiesOf(csrf);
  const csrfToken = json<{ csrfToken: string }>(csrf)?.csrfToken ?? "";
  const form = new URLSearchParams({ csrfToken, login, password, json: "true" }).toString();
  const r = await request(baseUrl, "/api/auth/callback/credentials", {
    body: form,
    contentType: "application/x-www-form-urlencoded",
    cookie: jar,
    headers: { origin: baseUrl },
  });
  const session = cookiesOf(r)
    .split("; ")
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`web sign-in ${login} failed: ${r.status} ${r.text.slice(0, 200)}`);
  return session;
}

/** Set-Cookie headers as one Cookie header value (name=value pairs). */
export function cookiesOf(r: Reply): string {
  const set = r.headers["set-cookie"] ?? [];
  return set.map((c) => c.split(";")[0]).join("; ");
}
