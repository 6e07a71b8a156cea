// Polls /api/health while a drill runs: every answer's status and time.
import { spawn } from "node:child_process";
import { request } from "./http";
import { summarize } from "./stats";

export function startHealthProbe(baseUrl: string, everyMs = 100) {
  const samples: { status: number; ms: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const r = await request(baseUrl, "/api/health", { timeoutMs: 10_000 });
      samples.push({ status: r.status, ms: r.ms });
      await new Promise((res) => setTimeout(res, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return report(samples);
    },
  };
}

function report(samples: { status: number; ms: number }[]) {
  const ms = summarize(samples.map((s) => s.ms));
  return {
    samples: samples.length,
    non200: samples.filter((s) => s.status !== 200).length,
    p95: ms.p95,
    max: ms.max,
  };
}

// The same probe in a process of its own, as a load balancer's health check is: a drill that
// fires 200 requests from its own event loop would otherwise time health behind its own sends.
const PROBE = `
const http = require("node:http");
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const [url, every] = [process.argv[1], Number(process.argv[2])];
const samples = [];
let running = true;
process.stdin.on("end", () => (running = false)).resume();
const once = () => new Promise((resolve) => {
  const t0 = performance.now();
  const done = (status) => resolve({ status, ms: performance.now() - t0 });
  const req = http.get(url, { agent, timeout: 10000 }, (res) => {
    res.resume();
    res.on("end", () => done(res.statusCode));
  });
  req.on("timeout", () => req.destroy());
  req.on("error", () => done(0));
});
(async () => {
  while (running) {
    samples.push(await once());
    if (samples.length === 1) process.stdout.write("ready\\n");
    await new Promise((r) => setTimeout(r, every));
  }
  process.stdout.write(JSON.stringify(samples));
  process.exit(0);
})();
`;

export function startHealthProbeProcess(baseUrl: string, everyMs = 100) {
  const child = spawn(process.execPath, ["-e", PROBE, new URL("/api/health", baseUrl).href, String(everyMs)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  let onReady = () => {};
  const ready = new Promise<void>((r) => (onReady = r));
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString("utf8");
    if (out.startsWith("ready\n")) onReady();
  });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  return {
    /** Resolves once the first answer is in (the probe is running before the load starts). */
    ready: () => Promise.race([ready, exited]),
    stop: async () => {
      child.stdin.end();
      await exited;
      return report(JSON.parse(out.replace(/^ready\n/, "") || "[]") as { status: number; ms: number }[]);
    },
  };
}
