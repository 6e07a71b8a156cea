// Preloaded into the Next.js server (node --require) by scripts/run.ts and the benchmarks.
// Next hands route handlers only headers, not the socket, and does real work (routing,
// auth, rendering) for every request it accepts. At the socket, before Next:
// - every request is stamped with the TCP peer's address in x-gramin-peer (overwriting
//   anything a client sent under that name): lib/auth/options.ts clientIp() keys on it;
// - TRACE/TRACK (which Next turns into a 500) get 405;
// - load shedding: past EDGE_MAX_INFLIGHT requests in progress (default 64), a request is
//   answered 503 {"error":{"code":"overloaded"}} with Retry-After at once, for almost no CPU,
//   so a burst of 1,000 cannot take the whole machine. /api/health and the live event
//   streams (long-lived by design) are never shed nor counted;
// - sign-ins (the API's and the web form's) have a smaller cap of their own,
//   EDGE_MAX_SIGNIN_INFLIGHT (default 8: the password hash behind them runs one or two at a
//   time anyway): past it 429 rate_limited with Retry-After at once. Measured: 200 made-up
//   sign-ins let into Next each cost its routing and parsing (~3.5 ms of the one JS thread),
//   which queued /api/health behind 0.7-1.8 s of them even when the app refused them at once.
const http = require("node:http");

const PEER = "x-gramin-peer";
const MAX_INFLIGHT = Number(process.env.EDGE_MAX_INFLIGHT) > 0 ? Number(process.env.EDGE_MAX_INFLIGHT) : 64;
const EXEMPT = /^\/api\/(health|v1\/events)(\/|\?|$)/;
const OVERLOADED = JSON.stringify({
  error: { code: "overloaded", message: "The server is busy. Try again in a moment." },
});
let inflight = 0;

const SIGN_IN = /^\/api\/(v1\/auth\/login|auth\/callback\/credentials)(\?|$)/;
const MAX_SIGNIN = Number(process.env.EDGE_MAX_SIGNIN_INFLIGHT) > 0 ? Number(process.env.EDGE_MAX_SIGNIN_INFLIGHT) : 8;
const SIGNIN_RETRY_S = 2;
let signIns = 0;

/** 429 in the shape its caller reads: the API's error JSON, or next-auth's `{url}` with `?error=` for the form. */
function refuseSignIn(req, res) {
  const body = req.url.startsWith("/api/auth/")
    ? JSON.stringify({ url: `http://sign-in.invalid/api/auth/error?error=rate_limited%3A${SIGNIN_RETRY_S}` })
    : JSON.stringify({
        error: { code: "rate_limited", message: "Too many sign-ins at once, try again in a moment" },
      });
  res.writeHead(429, {
    "Content-Type": "application/json",
    "Retry-After": String(SIGNIN_RETRY_S),
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
  req.resume();
  return true;
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res, ...rest) {
  if (event === "request" && req && req.headers) {
    req.headers[PEER] = (req.socket && req.socket.remoteAddress) || "";
    if (req.method === "TRACE" || req.method === "TRACK") {
      res.writeHead(405, { Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", "Content-Length": "0" });
      res.end();
      return true;
    }
    if (!EXEMPT.test(req.url || "")) {
      if (inflight >= MAX_INFLIGHT) {
        res.writeHead(503, {
          "Content-Type": "application/json",
          "Retry-After": "2",
          "Cache-Control": "no-store",
          "Content-Length": Buffer.byteLength(OVERLOADED),
        });
        res.end(OVERLOADED);
        req.resume(); // drain what the client sent; nothing reads it
        return true;
      }
      const signIn = req.method === "POST" && SIGN_IN.test(req.url || "");
      if (signIn && signIns >= MAX_SIGNIN) return refuseSignIn(req, res);
      inflight++;
      if (signIn) signIns++;
      let done = false;
      res.once("close", () => {
        if (!done) {
          inflight--;
          if (signIn) signIns--;
        }
        done = true;
      });
    }
  }
  return emit.call(this, event, req, res, ...rest);
};
