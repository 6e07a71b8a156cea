// Preloaded into the Next.js server (node --require) by scripts/run.ts. Next hands route
// handlers only headers, not the socket: this stamps every request with the TCP peer's
// address in x-gramin-peer (overwriting anything a client sent under that name), which
// lib/auth/options.ts clientIp() keys the per-IP limits on. It also answers TRACE/TRACK
// (which Next turns into a 500) with 405 before Next sees them.
const http = require("node:http");

const PEER = "x-gramin-peer";
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res, ...rest) {
  if (event === "request" && req && req.headers) {
    req.headers[PEER] = (req.socket && req.socket.remoteAddress) || "";
    if (req.method === "TRACE" || req.method === "TRACK") {
      res.writeHead(405, { Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", "Content-Length": "0" });
      res.end();
      return true;
    }
  }
  return emit.call(this, event, req, res, ...rest);
};
