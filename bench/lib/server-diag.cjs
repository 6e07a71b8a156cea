// Diagnosis only, preloaded into the bench server (node --require) when BENCH_DIAG=<file>:
// every 250 ms one JSON line with
// - loopMaxMs / loopP99Ms: event-loop delay since the last line (perf_hooks histogram and a
//   20 ms timer's lateness);
// - poolMs: how long a trivial fs.stat waited for libuv's thread pool (argon2, fs, dns and
//   async crypto share it: a pool full of hashing shows here, not in the loop delay);
// - health: server-side time of each /api/health answered meanwhile (request to finish);
// - rssMb, heapMb: the process's memory.
// It tells where a slow health check waited: the JS thread, the thread pool, or neither
// (then: the database, or the client and the machine).
const fs = require("node:fs");
const http = require("node:http");
const { monitorEventLoopDelay } = require("node:perf_hooks");

const file = process.env.BENCH_DIAG;
// Worker threads (the password hashers) get the preload too: only the JS thread that answers requests reports.
if (file && require("node:worker_threads").isMainThread) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let health = [];
  let poolMs = [];
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, res, ...rest) {
    if (event === "request" && req && /^\/api\/health/.test(req.url || "")) {
      const t0 = performance.now();
      res.once("finish", () => health.push(Math.round(performance.now() - t0)));
    }
    return emit.call(this, event, req, res, ...rest);
  };
  // The histogram misses a stall that spans a whole line; a 20 ms timer's lateness does not.
  let lagMs = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    lagMs = Math.max(lagMs, Math.round(now - last - 20));
    last = now;
  }, 20).unref();
  const probePool = () => {
    const t0 = performance.now();
    fs.stat(__filename, () => poolMs.push(Math.round((performance.now() - t0) * 10) / 10));
  };
  setInterval(probePool, 50).unref();
  setInterval(() => {
    const m = process.memoryUsage();
    const line = {
      t: Date.now(),
      loopMaxMs: Math.max(lagMs, Math.round(loop.max / 1e6)),
      loopP99Ms: Math.round(loop.percentile(99) / 1e6),
      poolMaxMs: poolMs.length ? Math.max(...poolMs) : null,
      health,
      rssMb: Math.round(m.rss / 1048576),
      heapMb: Math.round(m.heapUsed / 1048576),
    };
    loop.reset();
    health = [];
    poolMs = [];
    lagMs = 0;
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 250).unref();
}
