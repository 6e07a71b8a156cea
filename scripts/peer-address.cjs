// Preloaded into the Next.js server (node --require) by scripts/run.ts and the benchmarks.
// Next hands route handlers only headers, not the socket, and does real work (routing,
// auth, rendering) for every request it accepts. At the socket, before Next:
// - every request is stamped with the TCP peer's address in x-gramin-peer (overwriting
//   anything a client sent under that name): lib/auth/options.ts clientIp() keys on it;
// - TRACE/TRACK (which Next turns into a 500) get 405;
// - load shedding: past EDGE_MAX_INFLIGHT requests in progress (default 64), a request is
//   answered 503 {"error":{"code":"overloaded"}} with Retry-After at once, for almost no CPU,
//   so a burst of 1,000 cannot take the whole machine. /api/health and the live event
//   streams (long-lived by design) are never shed nor counted.
const http = require("node:http");

const PEER = "x-gramin-peer";
const MAX_INFLIGHT = Number(process.env.EDGE_MAX_INFLIGHT) > 0 ? Number(process.env.EDGE_MAX_INFLIGHT) : 64;
const EXEMPT = /^\/api\/(health|v1\/events)(\/|\?|$)/;
const OVERLOADED = JSON.stringify({
  error: { code: "overloaded", message: "The server is busy. Try again in a moment." },
});
let inflight = 0;

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
      inflight++;
      let done = false;
      res.once("close", () => {
        if (!done) inflight--;
        done = true;
      });
    }
  }
  return emit.call(this, event, req, res, ...rest);
};
